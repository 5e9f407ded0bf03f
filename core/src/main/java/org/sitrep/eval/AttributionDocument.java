package org.sitrep.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PolNeAR article and its gold direct quotes: attribution contents that stand inside double quotation marks,
 * with the source (speaker) span where the annotators marked one.
 */
public record AttributionDocument(String id, String text, List<GoldQuote> quotes) {

    /** A gold direct quote: the span of its words (without the marks) and its source's text, if annotated. */
    public record GoldQuote(int start, int end, Optional<String> speaker) {
    }

    public static AttributionDocument read(Path textFile, Path annotationFile) {
        try {
            return parse(textFile.getFileName().toString(), Files.readString(textFile),
                    Files.readAllLines(annotationFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + textFile, e);
        }
    }

    static AttributionDocument parse(String id, String text, List<String> annotation) {
        Map<String, int[]> spans = new HashMap<>();
        List<String[]> relations = new ArrayList<>();
        for (String line : annotation) {
            String[] fields = line.split("\t");
            if (line.startsWith("T") && fields.length >= 2) {
                String[] header = fields[1].split(" ");
                if (header.length == 3) { // discontinuous spans ("0 5;9 12") are not direct quotes
                    spans.put(fields[0], new int[] {Integer.parseInt(header[1]), Integer.parseInt(header[2])});
                }
            } else if (line.startsWith("E") && fields.length >= 2) {
                relations.add(fields[1].split(" "));
            }
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (String[] relation : relations) {
            int[] content = null;
            int[] source = null;
            for (String part : relation) {
                String[] kv = part.split(":");
                if (kv[0].startsWith("Content")) {
                    content = spans.get(kv[1]);
                } else if (kv[0].startsWith("Source")) {
                    source = spans.get(kv[1]);
                }
            }
            if (content == null) {
                continue;
            }
            Optional<int[]> inner = quoted(text, content[0], content[1]);
            if (inner.isPresent()) {
                int[] s = source;
                quotes.add(new GoldQuote(inner.get()[0], inner.get()[1],
                        s == null ? Optional.empty() : Optional.of(text.substring(s[0], s[1]))));
            }
        }
        quotes.sort(java.util.Comparator.comparingInt(GoldQuote::start));
        return new AttributionDocument(id, text, quotes);
    }

    /** The words inside double quotes that make up a content span, if the span is (or is inside) a quotation. */
    private static Optional<int[]> quoted(String text, int start, int end) {
        org.sitrep.model.Span stripped = new org.sitrep.model.Span(start, end).strip(text);
        int s = stripped.start();
        int e = stripped.end();
        if (s < e && isQuote(text.charAt(s))) {
            s++;
        } else if (s == 0 || !isQuote(text.charAt(s - 1))) {
            return Optional.empty();
        }
        if (e > s && isQuote(text.charAt(e - 1))) {
            e--;
        } else if (e >= text.length() || !isQuote(text.charAt(e)) && !(e + 1 < text.length()
                && ",.".indexOf(text.charAt(e)) >= 0 && isQuote(text.charAt(e + 1)))) {
            return Optional.empty();
        }
        return s < e ? Optional.of(new int[] {s, e}) : Optional.empty();
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”';
    }
}
