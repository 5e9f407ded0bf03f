package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A time-expression gold kept as offsets only (for a corpus whose text may not be copied): a TSV of article id,
 * start, end, TIMEX3 type and value ({@code #} lines are comments), read against a JSONL corpus whose rows carry
 * {@code id}, {@code text} and {@code date}; each article becomes a {@link TimeMlDocument} over its text field.
 */
public final class TimexOffsetsGold {
    private TimexOffsetsGold() {
    }

    /** The annotated articles, in the order the offsets file first names them. */
    public static List<TimeMlDocument> read(Path offsets, Path articles) {
        Map<String, List<TimeMlDocument.Timex>> byId = new LinkedHashMap<>();
        for (String line : EvalFiles.text(offsets).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 5) {
                throw new IllegalArgumentException(offsets + ": five columns expected in: " + line);
            }
            byId.computeIfAbsent(cells[0], id -> new ArrayList<>()).add(new TimeMlDocument.Timex(
                    Integer.parseInt(cells[1]), Integer.parseInt(cells[2]), cells[3], cells[4].strip()));
        }
        Map<String, TimeMlDocument> documents = new LinkedHashMap<>();
        byId.keySet().forEach(id -> documents.put(id, null));
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader lines = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode row = json.readTree(line);
                String id = row.path("id").asText();
                if (byId.containsKey(id)) {
                    documents.put(id, document(id, row, byId.get(id)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        documents.forEach((id, doc) -> {
            if (doc == null) {
                throw new IllegalArgumentException(articles + ": no article " + id);
            }
        });
        return List.copyOf(documents.values());
    }

    private static TimeMlDocument document(String id, JsonNode row, List<TimeMlDocument.Timex> timexes) {
        String text = row.path("text").asText();
        for (TimeMlDocument.Timex t : timexes) {
            if (t.start() < 0 || t.end() > text.length() || t.start() >= t.end()) {
                throw new IllegalArgumentException(id + ": offsets " + t.start() + "-" + t.end() + " outside the text");
            }
        }
        return new TimeMlDocument(id, LocalDate.parse(row.path("date").asText().substring(0, 10)), text,
                List.copyOf(timexes));
    }
}
