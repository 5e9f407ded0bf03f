package org.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * Finds publisher boilerplate (newsletter pitches, subscribe lines, share and cookie banners) paragraph by
 * paragraph, from weighted cues kept in {@code boilerplate-cues.tsv}. Immutable and thread-safe.
 */
public final class BoilerplateDetector {
    private static final int THRESHOLD = 2;
    /** A pitch is short; a long paragraph that merely mentions "latest news" is reporting. */
    private static final int MAX_PARAGRAPH = 600;
    /** A run cue this often in one paragraph is a run of furniture (a photo gallery, caption after caption). */
    private static final int REPEATS = 3;

    private final List<Cue> cues;

    private BoilerplateDetector(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    /** The detector with the bundled cue list. */
    public static BoilerplateDetector standard() {
        try (InputStream in = BoilerplateDetector.class.getResourceAsStream("boilerplate-cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("boilerplate-cues.tsv missing from the classpath");
            }
            List<Cue> cues = new ArrayList<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                boolean run = fields.length > 2 && fields[2].equals("run");
                cues.add(new Cue(Integer.parseInt(fields[0]), Pattern.compile(fields[1],
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), run));
            }
            return new BoilerplateDetector(cues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The boilerplate paragraphs (one line each) inside {@code body} of {@code text}, in order. */
    public List<Span> detect(String text, Span body) {
        List<Span> paragraphs = paragraphs(text, body);
        boolean[] boiler = new boolean[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            Span paragraph = paragraphs.get(i);
            boiler[i] = paragraph.length() <= MAX_PARAGRAPH ? score(paragraph.of(text)) >= THRESHOLD
                    : repeated(paragraph.of(text));
        }
        // A weak cue in a paragraph that touches a detected block at the end belongs to that block. One pass from
        // the end, and the cues with .* only ever run on short paragraphs: linear in the text.
        boolean tail = paragraphs.size() > 0 && boiler[paragraphs.size() - 1];
        for (int i = paragraphs.size() - 2; i >= 0 && tail; i--) {
            if (!boiler[i]) {
                boiler[i] = paragraphs.get(i).length() <= MAX_PARAGRAPH && score(paragraphs.get(i).of(text)) >= 1;
                tail = boiler[i];
            }
        }
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (boiler[i]) {
                spans.add(paragraphs.get(i));
            }
        }
        return spans;
    }

    private int score(String paragraph) {
        int total = 0;
        for (Cue cue : cues) {
            if (cue.pattern().matcher(paragraph).find()) {
                total += cue.weight();
            }
        }
        return total;
    }

    /**
     * Whether a cue of a repeated unit (a caption's "Hide Caption 3 of 40") matches {@link #REPEATS} times or more:
     * a long paragraph of captions is furniture whatever its length. Other cues may stand thrice in a whole article
     * the page gives as one paragraph ("subscribe" in its menus), so only the cues the list marks "run" count here.
     */
    private boolean repeated(String paragraph) {
        for (Cue cue : cues) {
            if (cue.run()) {
                java.util.regex.Matcher matcher = cue.pattern().matcher(paragraph);
                int found = 0;
                while (found < REPEATS && matcher.find()) {
                    found++;
                }
                if (found == REPEATS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Non-blank lines of the body, trimmed of surrounding whitespace. */
    static List<Span> paragraphs(String text, Span body) {
        List<Span> paragraphs = new ArrayList<>();
        int start = body.start();
        while (start < body.end()) {
            int end = text.indexOf('\n', start);
            if (end < 0 || end > body.end()) {
                end = body.end();
            }
            Span paragraph = new Span(start, end).strip(text);
            if (paragraph.length() > 0) {
                paragraphs.add(paragraph);
            }
            start = end + 1;
        }
        return paragraphs;
    }

    /** A weighted cue; a "run" cue marks one of a run of units (captions) and is read in long paragraphs too. */
    private record Cue(int weight, Pattern pattern, boolean run) {
    }
}
