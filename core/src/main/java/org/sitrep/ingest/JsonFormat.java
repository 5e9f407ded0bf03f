package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Span;

/**
 * JSON articles: one object, an array of objects, or (for {@code .jsonl}) one object per line, with the fields
 * title, text (or content/body), published (or date), url and source.
 */
public final class JsonFormat implements DocumentFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
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
        if (!linePerArticle) {
            JsonNode root = read(origin, text);
            List<ParsedDocument> documents = new ArrayList<>();
            if (root.isArray()) {
                for (int i = 0; i < root.size(); i++) {
                    documents.add(article(origin + "#" + (i + 1), root.get(i)));
                }
            } else {
                documents.add(article(origin, root));
            }
            return new Parsed(documents, List.of());
        }
        List<ParsedDocument> documents = new ArrayList<>();
        List<BadInputException> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String lineOrigin = origin + ":" + (i + 1);
            try {
                documents.add(article(lineOrigin, read(lineOrigin, lines[i])));
            } catch (BadInputException e) {
                problems.add(e);
            }
        }
        if (documents.isEmpty() && problems.isEmpty()) {
            throw new BadInputException(origin, "no JSON lines");
        }
        return new Parsed(documents, problems);
    }

    private static JsonNode read(String origin, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new BadInputException(origin, "empty JSON");
            }
            return node;
        } catch (JsonEOFException e) {
            throw new BadInputException(origin, "truncated JSON: input ends at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(origin, "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static ParsedDocument article(String origin, JsonNode node) {
        if (!node.isObject()) {
            throw new BadInputException(origin, "expected a JSON object with a \"text\" field, found " + node.getNodeType());
        }
        String text = field(node, "text", "content", "body")
                .orElseThrow(() -> new BadInputException(origin, "JSON object without a non-empty \"text\" field"));
        return new ParsedDocument(origin, text, new Span(0, text.length()), field(node, "title", "headline"),
                field(node, "published", "date", "published_at", "datePublished").flatMap(Dates::parse),
                field(node, "source", "publisher"), field(node, "url", "link"));
    }

    private static Optional<String> field(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }
}
