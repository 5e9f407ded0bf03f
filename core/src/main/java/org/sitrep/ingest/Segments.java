package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * Cuts a body into the units whose recurrence marks boilerplate: its lines and, inside a line, its sentences (a
 * scraped page flattened to one line still has its captions and promos as sentences of their own).
 */
final class Segments {
    /**
     * A sentence end: . ! or ? (a closing quote or bracket may follow), then space and a capital, a digit or an opening quote.
     * The word before it must hold no inner dot and not be a capitalised word of up to four letters, so that "U.S.",
     * "Mr." and "Gen." never end a sentence; a missed end only makes a longer segment, which is the safe side.
     */
    private static final Pattern END = Pattern.compile(
            "(?<![\\p{L}\\p{N}]\\.\\p{L}{1,3})(?<!(?:^|\\s)\\p{Lu}\\p{Ll}{0,3})[.!?]"
                    + "[\"'”’)\\]]?(?=\\s+[\\p{Lu}\\p{N}\"“‘(\\[])");

    private Segments() {
    }

    /** The segments of {@code body} in {@code text}, stripped, non-empty, in order. */
    static List<Span> of(String text, Span body) {
        List<Span> segments = new ArrayList<>();
        for (Span line : BoilerplateDetector.paragraphs(text, body)) {
            Matcher end = END.matcher(text).region(line.start(), line.end());
            end.useTransparentBounds(true);
            int start = line.start();
            while (end.find()) {
                add(segments, new Span(start, end.end()).strip(text));
                start = end.end();
            }
            add(segments, new Span(start, line.end()).strip(text));
        }
        return segments;
    }

    private static void add(List<Span> segments, Span segment) {
        if (segment.length() > 0) {
            segments.add(segment);
        }
    }
}
