package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * Plain text: an optional header block ({@code published:}, {@code source:}, {@code url:}, {@code title:}
 * lines), then an optional title line, then the body.
 */
public final class TextFormat implements DocumentFormat {
    private static final Pattern HEADER = Pattern.compile("(?i)^(published|date|source|url|title):\\s*(.*?)\\s*$");
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
            Matcher header = HEADER.matcher(text.substring(position, lineEnd));
            if (!header.matches()) {
                break;
            }
            String value = header.group(2);
            switch (header.group(1).toLowerCase(Locale.ROOT)) {
                case "published", "date" -> published = Dates.parse(value);
                case "source" -> source = Optional.of(value);
                case "url" -> url = Optional.of(value);
                default -> title = Optional.of(value);
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
