package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Span;

/**
 * JSON articles: one object, an array of objects, or (for {@code .jsonl}) one object per line, with the fields
 * title, text (or content/body), published (or date), url and source.
 *
 * <p>Reading streams: an array's elements and a dump's lines are read one at a time, each article keeping only
 * the fields above (other values are skipped unread), so memory does not grow with the file. Limits, each one
 * clear error: nesting deeper than {@value #MAX_DEPTH} levels, a string longer than {@value #MAX_STRING_CHARS}
 * characters, a JSON line longer than {@value #MAX_LINE_BYTES} bytes. Thread-safe.
 */
public final class JsonFormat implements StreamingFormat {
    /** Articles are flat objects; anything nested this deep is hostile. */
    public static final int MAX_DEPTH = 100;
    /** The longest string value read: one article's text, the size of the default file limit. */
    public static final int MAX_STRING_CHARS = 5 * 1024 * 1024;
    /** The longest line of a JSON Lines file read; longer lines are reported and skipped. */
    public static final int MAX_LINE_BYTES = 32 * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS).build())
            .build();
    private static final Set<String> FIELDS = Set.of("text", "content", "body", "title", "headline", "published",
            "date", "published_at", "datePublished", "source", "publisher", "url", "link");

    private final boolean linePerArticle;

    private JsonFormat(boolean linePerArticle) {
        this.linePerArticle = linePerArticle;
    }

    /** A reader for a file holding one JSON object or an array of them. */
    public static JsonFormat document() {
        return new JsonFormat(false);
    }

    /** A reader for JSON Lines: each line one article, a bad line reported without losing the others. */
    public static JsonFormat lines() {
        return new JsonFormat(true);
    }

    @Override
    public Parsed parse(String origin, String text) {
        return stream(origin, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).collect();
    }

    @Override
    public ParsedStream stream(String origin, InputStream in) {
        return linePerArticle ? new Lines(origin, in) : new Document(origin, in);
    }

    /** One object, or an array of objects read element by element. */
    private static final class Document extends ParsedStream {
        private final String origin;
        private final InputStream in;
        private JsonParser parser;
        private boolean array;
        private boolean ended;
        private int index;

        Document(String origin, InputStream in) {
            this.origin = origin;
            this.in = in;
        }

        @Override
        protected ParsedItem advance() {
            if (ended) {
                return null;
            }
            try {
                if (parser == null) {
                    parser = FACTORY.createParser(in);
                    JsonToken first = parser.nextToken();
                    if (first == null) {
                        return fatal(new BadInputException(origin, "empty file (only whitespace)"));
                    }
                    if (first != JsonToken.START_ARRAY) {
                        ended = true;
                        return item(origin, parser, true);
                    }
                    array = true;
                }
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    ended = true;
                    return index > 0 ? null
                            : new ParsedItem.Problem(new BadInputException(origin, "empty JSON array: no article"), true);
                }
                if (token == null) {
                    return fatal(truncated(origin, parser.currentLocation()));
                }
                index++;
                return item(origin + "#" + index, parser, false);
            } catch (IOException e) {
                return fatal(problem(origin, parser, e));
            }
        }

        private ParsedItem fatal(BadInputException problem) {
            ended = true;
            return new ParsedItem.Problem(problem, true);
        }

        @Override
        public void close() {
            closeQuietly(parser, in);
        }
    }

    /** JSON Lines: each non-blank line parsed alone, so a bad line costs only itself. */
    private static final class Lines extends ParsedStream {
        private final String origin;
        private final InputStream in;
        private final LineReader lines;
        private boolean sawLine;
        private boolean ended;

        Lines(String origin, InputStream in) {
            this.origin = origin;
            this.in = in;
            this.lines = new LineReader(in, MAX_LINE_BYTES);
        }

        @Override
        protected ParsedItem advance() {
            while (!ended) {
                LineReader.Line line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    ended = true;
                    String lineOrigin = origin + ":" + (lines.lineNumber() + 1);
                    return new ParsedItem.Problem(new BadInputException(lineOrigin, LimitedInputStream.oversized(e)
                            .map(p -> p + "; the rest of the file is not read")
                            .orElse("cannot read: " + e.getMessage()), e), true);
                }
                if (line == null) {
                    ended = true;
                    return sawLine ? null : new ParsedItem.Problem(new BadInputException(origin, sawAnyByte()
                            ? "empty file (only whitespace)" : "no JSON lines"), true);
                }
                String lineOrigin = origin + ":" + line.number();
                if (line.oversized()) {
                    sawLine = true;
                    return new ParsedItem.Problem(new BadInputException(lineOrigin, "oversized: a line longer than "
                            + MAX_LINE_BYTES + " bytes"), false);
                }
                if (line.isBlank()) {
                    continue;
                }
                sawLine = true;
                return parseLine(lineOrigin, line);
            }
            return null;
        }

        private boolean sawAnyByte() {
            return lines.bytesRead() > 0;
        }

        private static ParsedItem parseLine(String lineOrigin, LineReader.Line line) {
            JsonParser parser = null;
            try {
                parser = FACTORY.createParser(line.bytes(), 0, line.length());
                if (parser.nextToken() == null) {
                    return new ParsedItem.Problem(new BadInputException(lineOrigin, "empty JSON"), false);
                }
                ParsedItem item = item(lineOrigin, parser, false);
                return item;
            } catch (IOException e) {
                return new ParsedItem.Problem(problem(lineOrigin, parser, e), false);
            } catch (RuntimeException e) {
                // A bug of ours or the parser's must cost this line only; the fuzz tests look for this message.
                return new ParsedItem.Problem(new BadInputException(lineOrigin, "internal error reading this line: "
                        + e, e), false);
            } finally {
                closeQuietly(parser, null);
            }
        }

        @Override
        public void close() {
            closeQuietly(null, in);
        }
    }

    /**
     * The article of the value the parser stands on (its first token read), the value consumed. {@code whole}:
     * the value is the whole input, so a problem with it is fatal.
     */
    private static ParsedItem item(String origin, JsonParser parser, boolean whole) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return new ParsedItem.Problem(new BadInputException(origin,
                    "expected a JSON object with a \"text\" field, found " + nodeType(token)), whole);
        }
        Map<String, String> fields = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_STRING && FIELDS.contains(name)) {
                String text = parser.getText();
                if (!text.isBlank()) {
                    fields.put(name, text);
                }
            } else {
                parser.skipChildren();
            }
        }
        Optional<String> text = field(fields, "text", "content", "body");
        if (text.isEmpty()) {
            return new ParsedItem.Problem(new BadInputException(origin,
                    "JSON object without a non-empty \"text\" field"), whole);
        }
        return new ParsedItem.Document(new ParsedDocument(origin, text.get(), new Span(0, text.get().length()),
                field(fields, "title", "headline"),
                field(fields, "published", "date", "published_at", "datePublished").flatMap(Dates::parse),
                field(fields, "source", "publisher"), field(fields, "url", "link")));
    }

    private static Optional<String> field(Map<String, String> fields, String... names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The name the tree model gives such a value, as earlier messages said. */
    private static String nodeType(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "ARRAY";
            case VALUE_STRING -> "STRING";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "NUMBER";
            case VALUE_TRUE, VALUE_FALSE -> "BOOLEAN";
            case VALUE_NULL -> "NULL";
            default -> token.name();
        };
    }

    private static BadInputException problem(String origin, JsonParser parser, IOException e) {
        Optional<String> oversized = LimitedInputStream.oversized(e);
        if (oversized.isPresent()) {
            return new BadInputException(origin, oversized.get() + "; the rest of the file is not read", e);
        }
        JsonLocation location = e instanceof JsonProcessingException json && json.getLocation() != null
                ? json.getLocation() : parser == null ? null : parser.currentLocation();
        String at = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        if (e instanceof JsonEOFException) {
            return truncated(origin, location);
        }
        if (e instanceof StreamConstraintsException limit) {
            String message = String.valueOf(limit.getOriginalMessage());
            if (message.contains("nesting depth")) {
                return new BadInputException(origin, "JSON nested deeper than " + MAX_DEPTH + " levels" + at, e);
            }
            if (message.startsWith("String value length")) {
                return new BadInputException(origin, "a JSON string longer than " + MAX_STRING_CHARS + " characters"
                        + at, e);
            }
            return new BadInputException(origin, "JSON beyond a reading limit" + at + ": " + message, e);
        }
        if (e instanceof JsonProcessingException json) {
            return new BadInputException(origin, "malformed JSON" + at + ": " + json.getOriginalMessage(), e);
        }
        return new BadInputException(origin, "cannot read: " + e.getMessage(), e);
    }

    private static BadInputException truncated(String origin, JsonLocation location) {
        return new BadInputException(origin, "truncated JSON: input ends" + (location == null ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr()));
    }

    private static void closeQuietly(JsonParser parser, InputStream in) {
        try {
            if (parser != null) {
                parser.close();
            }
            if (in != null) {
                in.close();
            }
        } catch (IOException ignored) {
            // nothing was written; a failed close loses nothing
        }
    }
}
