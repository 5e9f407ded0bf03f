package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The article texts that gold files point to, read from the benchmark folder (never committed): AllSides
 * ({@code allsides-syria-en/articles.jsonl}, field {@code text}), FA-KES ({@code fakes-syria/FA-KES-Dataset.csv},
 * column {@code article_content}) and SaudiNewsNet ({@code saudinewsnet-syria-ar/articles.jsonl}, field {@code text};
 * it has no ids, so an article is named by the first 16 hex digits of the SHA-1 of its URL).
 */
public final class Corpora {
    private final Path root;
    private final Map<String, Map<String, CorpusArticle>> texts = new HashMap<>();

    /** One article of a corpus: its text and the outlet that published it (FA-KES and AllSides name one). */
    public record CorpusArticle(String text, String outlet) {
    }

    public Corpora(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The text of an article by corpus and id, if the corpus is present. */
    public synchronized Optional<String> text(String corpus, String id) {
        return article(corpus, id).map(CorpusArticle::text);
    }

    /** An article by corpus and id, if the corpus is present. */
    public synchronized Optional<CorpusArticle> article(String corpus, String id) {
        return Optional.ofNullable(texts.computeIfAbsent(corpus, this::load).get(id));
    }

    /** Every article of a corpus, each id once, in id order (the corpus a batch ingest would read). */
    public synchronized List<CorpusArticle> articles(String corpus) {
        return new TreeMap<>(texts.computeIfAbsent(corpus, this::load)).values().stream().toList();
    }

    private Map<String, CorpusArticle> load(String corpus) {
        Map<String, CorpusArticle> byId = new HashMap<>();
        try {
            switch (corpus) {
                case "allsides-syria-en" -> {
                    ObjectMapper json = new ObjectMapper();
                    try (BufferedReader lines = Files.newBufferedReader(root.resolve("allsides-syria-en/articles.jsonl"),
                            StandardCharsets.UTF_8)) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            JsonNode row = json.readTree(line);
                            byId.put(row.path("id").asText(), article(row));
                        }
                    }
                }
                case "saudinewsnet-syria-ar" -> {
                    ObjectMapper json = new ObjectMapper();
                    try (BufferedReader lines = Files.newBufferedReader(
                            root.resolve("saudinewsnet-syria-ar/articles.jsonl"), StandardCharsets.UTF_8)) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            JsonNode row = json.readTree(line);
                            byId.put(urlId(row.path("url").asText()), article(row));
                        }
                    }
                }
                case "fakes-syria" -> {
                    CsvSchema header = CsvSchema.emptySchema().withHeader();
                    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(header)
                            .readValues(root.resolve("fakes-syria/FA-KES-Dataset.csv").toFile())) {
                        while (rows.hasNext()) {
                            Map<String, String> row = rows.next();
                            byId.putIfAbsent(row.get("unit_id"),
                                    new CorpusArticle(row.get("article_content"), row.getOrDefault("source", corpus)));
                        }
                    }
                }
                default -> throw new IllegalArgumentException("unknown corpus " + corpus);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + corpus + " under " + root, e);
        }
        return byId;
    }

    private static CorpusArticle article(JsonNode row) {
        return new CorpusArticle(row.path("text").asText(), row.path("source").asText(""));
    }

    /** The id of an article known by its URL only: 16 hex digits of the URL's SHA-1. */
    static String urlId(String url) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-1").digest(url.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
    }
}
