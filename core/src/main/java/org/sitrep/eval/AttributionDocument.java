package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Span;

/**
 * A PolNeAR article and its gold direct quotes: attribution contents that stand inside double quotation marks,
 * with the source (speaker) span where the annotators marked one. A content split by its attribution ("'We will
 * win,' he said, 'big.'") is one quote of several parts.
 */
public record AttributionDocument(String id, String text, List<GoldQuote> quotes) {

    /**
     * A gold direct quote: the quoted parts of its words (without the marks), whether the annotators marked its
     * content in several pieces, and its source's text and span, if annotated.
     */
    public record GoldQuote(List<Span> parts, boolean split, Optional<String> speaker, Optional<Span> source) {
        public GoldQuote {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a quote has at least one part");
            }
        }

        public int start() {
            return parts.get(0).start();
        }

        public int end() {
            return parts.get(parts.size() - 1).end();
        }

        /** Whether the quote's content is one stretch of text, not split by its attribution. */
        public boolean contiguous() {
            return !split;
        }

        /** Whether a span overlaps one of the quote's parts. */
        public boolean overlaps(int from, int to) {
            return parts.stream().anyMatch(part -> part.start() < to && from < part.end());
        }
    }

    /** The quotes that are one stretch of quoted words (the count earlier evaluations reported). */
    public List<GoldQuote> contiguousQuotes() {
        return quotes.stream().filter(GoldQuote::contiguous).toList();
    }

    public static AttributionDocument read(Path textFile, Path annotationFile) {
        return parse(textFile.getFileName().toString(), EvalFiles.text(textFile), EvalFiles.lines(annotationFile));
    }

    static AttributionDocument parse(String id, String text, List<String> annotation) {
        Map<String, List<int[]>> spans = new HashMap<>();
        List<String[]> relations = new ArrayList<>();
        for (String line : annotation) {
            String[] fields = line.split("\t");
            if (line.startsWith("T") && fields.length >= 2) {
                int firstOffset = fields[1].indexOf(' ');
                if (firstOffset > 0) { // "Content 0 5" or, split, "Content 0 5;9 12"
                    List<int[]> fragments = new ArrayList<>();
                    for (String fragment : fields[1].substring(firstOffset + 1).split(";")) {
                        String[] offsets = fragment.trim().split(" ");
                        fragments.add(new int[] {Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1])});
                    }
                    spans.put(fields[0], fragments);
                }
            } else if (line.startsWith("E") && fields.length >= 2) {
                relations.add(fields[1].split(" "));
            }
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (String[] relation : relations) {
            List<int[]> content = null;
            List<int[]> source = null;
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
            List<Span> parts = new ArrayList<>();
            for (int[] fragment : content) {
                quoted(text, fragment[0], fragment[1]).ifPresent(inner -> parts.add(new Span(inner[0], inner[1])));
            }
            if (!parts.isEmpty()) {
                Optional<Span> sourceSpan = source == null ? Optional.empty()
                        : Optional.of(new Span(source.get(0)[0], source.get(source.size() - 1)[1]));
                quotes.add(new GoldQuote(parts, content.size() > 1, sourceSpan.map(s -> s.of(text)), sourceSpan));
            }
        }
        quotes.sort(java.util.Comparator.comparingInt(GoldQuote::start));
        return new AttributionDocument(id, text, quotes);
    }

    /** The words inside double quotes that make up a content span, if the span is (or is inside) a quotation. */
    private static Optional<int[]> quoted(String text, int start, int end) {
        Span stripped = new Span(start, end).strip(text);
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
