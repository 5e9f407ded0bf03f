package org.sitrep.digest;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** The digest's Pebble templates under {@code digest/}: HTML with every value escaped, plain text as written. */
final class Templates {
    private static final PebbleEngine HTML = new PebbleEngine.Builder().loader(loader()).autoEscaping(true).build();
    // A newline after a tag is kept: the text part's lines are exactly the template's lines.
    private static final PebbleEngine TEXT = new PebbleEngine.Builder().loader(loader()).autoEscaping(false)
            .newLineTrimming(false).build();

    private Templates() {
    }

    private static ClasspathLoader loader() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("digest");
        return loader;
    }

    static String html(String template, Map<String, Object> model) {
        return render(HTML, template, model);
    }

    static String text(String template, Map<String, Object> model) {
        return render(TEXT, template, model);
    }

    private static String render(PebbleEngine engine, String template, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            engine.getTemplate(template).evaluate(out, model);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + template, e);
        }
    }
}
