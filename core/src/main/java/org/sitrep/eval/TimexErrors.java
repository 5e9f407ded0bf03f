package org.sitrep.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Lists a time tagger's errors on one document, for reading a development set's misses: gold expressions it missed
 * (MISS), expressions nobody annotated (SPURIOUS), overlapping ones with other bounds (EXTENT) and overlapping ones
 * with another type or value (VALUE). Each line names the document and shows the words around the expression;
 * where the baseline ran, an error it does not make ends in "baseline right" (the kinds of expression a general
 * tagger covers and sitrep's rules do not).
 */
final class TimexErrors {
    private static final int CONTEXT = 40;

    private TimexErrors() {
    }

    static void print(TimeMlDocument doc, List<TypedSpan> gold, List<TypedSpan> ours,
                      Optional<List<TypedSpan>> baseline, PrintWriter out) {
        for (TypedSpan g : gold) {
            List<TypedSpan> overlapping = ours.stream().filter(g::overlaps).toList();
            Optional<TypedSpan> other = baseline.flatMap(b -> b.stream().filter(g::overlaps).findFirst());
            if (overlapping.isEmpty()) {
                out.printf("MISS\t%s\t%s\t%s%s%n", g.type(), quoted(doc, g), doc.id(),
                        mark(other.isPresent()));
                continue;
            }
            TypedSpan o = overlapping.get(0);
            if (!o.sameSpan(g)) {
                out.printf("EXTENT\tgold %s\tours %s\t%s%s%n", quoted(doc, g), quoted(doc, o), doc.id(),
                        mark(other.filter(g::sameSpan).isPresent()));
            }
            if (!o.type().equals(g.type())) {
                out.printf("VALUE\tgold %s\tours %s\t%s\t%s (DCT %s)%s%n", g.type(), o.type(), quoted(doc, g),
                        doc.id(), doc.creationTime(), mark(other.filter(b -> b.type().equals(g.type())).isPresent()));
            }
        }
        for (TypedSpan o : ours) {
            if (gold.stream().noneMatch(o::overlaps)) {
                out.printf("SPURIOUS\t%s\t%s\t%s%s%n", o.type(), quoted(doc, o), doc.id(),
                        mark(baseline.isPresent() && baseline.get().stream().noneMatch(o::overlaps)));
            }
        }
    }

    private static String mark(boolean baselineRight) {
        return baselineRight ? "\tbaseline right" : "";
    }

    /** The expression in brackets with the words around it, on one line. */
    private static String quoted(TimeMlDocument doc, TypedSpan span) {
        String text = doc.text();
        String before = text.substring(Math.max(0, span.start() - CONTEXT), span.start());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + CONTEXT));
        return (before + "[" + text.substring(span.start(), span.end()) + "]" + after).replaceAll("\\s+", " ");
    }
}
