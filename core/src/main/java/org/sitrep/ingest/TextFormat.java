package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Span;

/**
 * Plain text: an optional header block ({@code published:}, {@code source:}, {@code url:}, {@code title:}
 * lines), then an optional title line, then the body. Reading is linear in the text: the header is read line by
 * line without regular expressions (a backtracking pattern took minutes on a 6 KB hostile header line).
 */
public final class TextFormat implements DocumentFormat {
    private static final Set<String> HEADER_NAMES = Set.of("published", "date", "source", "url", "title");
    /** The longest header name plus its colon: a colon further into the line does not open a header. */
    private static final int MAX_NAME = "published".length();
    private static final int MAX_TITLE_LENGTH = 200;

    @Override
    public Parsed parse(String origin, String text) {
        Optional<LocalDate> published = Optional.empty();
        Optional<String> source = Optional.empty();
        Optional<String> url = Optional.empty();
        Optional<String> title = Optional.empty();
        int position = 0;
        while (position < text.length()) {
            int lineEnd = lineEnd(text, position);
            Optional<String> name = headerName(text, position, lineEnd);
            if (name.isEmpty()) {
                break;
            }
            String value = text.substring(position + name.get().length() + 1, lineEnd).strip();
            Optional<String> given = value.isEmpty() ? Optional.empty() : Optional.of(value);
            switch (name.get()) {
                case "published", "date" -> published = Dates.parse(value);
                case "source" -> source = given;
                case "url" -> url = given;
                default -> title = given;
            }
            position = next(text, lineEnd);
        }
        position = skipBlankLines(text, position);
        if (title.isEmpty()) {
            int lineEnd = lineEnd(text, position);
            String firstLine = text.substring(position, lineEnd).strip();
            int after = skipBlankLines(text, next(text, lineEnd));
            if (looksLikeTitle(firstLine) && after < text.length()) {
                title = Optional.of(firstLine);
                position = after;
            }
        }
        Span body = new Span(position, text.length());
        if (body.of(text).isBlank()) {
            throw new BadInputException(origin, "no article text after the header");
        }
        return Parsed.of(new ParsedDocument(origin, text, body, title, published, source, url));
    }

    /**
     * The header name (lower case) that opens the line {@code [start, end)} of {@code text}: one of
     * {@link #HEADER_NAMES} in any ASCII case, directly followed by a colon.
     */
    private static Optional<String> headerName(String text, int start, int end) {
        int colon = start;
        while (colon < end && colon - start <= MAX_NAME && isAsciiLetter(text.charAt(colon))) {
            colon++;
        }
        if (colon == end || text.charAt(colon) != ':') {
            return Optional.empty();
        }
        String lower = text.substring(start, colon).toLowerCase(Locale.ROOT);
        return HEADER_NAMES.contains(lower) ? Optional.of(lower) : Optional.empty();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A title is one short line that does not end like a sentence. */
    private static boolean looksLikeTitle(String line) {
        if (line.isEmpty() || line.length() > MAX_TITLE_LENGTH) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?\"”’:;,".indexOf(last) < 0;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }

    private static int skipBlankLines(String text, int position) {
        int cursor = position;
        while (cursor < text.length()) {
            int end = lineEnd(text, cursor);
            if (!text.substring(cursor, end).isBlank()) {
                return cursor;
            }
            cursor = next(text, end);
        }
        return cursor;
    }
}
