package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.ingest.ParsedDocument;
import org.sitrep.model.Span;

/**
 * One article of the annotated gold set ({@code gold/events/}, see {@code docs/annotation-guide.md}): its corpus id,
 * publication date and outlet (the source its boilerplate is learned for), and every event, control claim and direct
 * quote with offsets converted from the files' code points to Java string indices into the corpus text.
 */
public record GoldArticle(String corpus, String id, String split, LocalDate published, String text, String outlet,
                          List<GoldEvent> events, List<GoldControl> control, List<GoldQuote> quotes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The article as ingest would read it: its whole text as the body, with its date and outlet. */
    public ParsedDocument document() {
        return new ParsedDocument(corpus + "/" + id, text, new Span(0, text.length()), Optional.empty(),
                Optional.of(published), Optional.of(outlet), Optional.empty());
    }

    /** An annotated event: its type, every trigger mention, and its arguments (absent values are null). */
    public record GoldEvent(String type, List<Span> mentions, boolean physical, String actor, String target,
                            String place, String placeGeonames, String date, String granularity, String modality,
                            boolean background, Integer fatalities) {
        /** Whether the text asserts it happened (a named source's assertion included). */
        public boolean asserted() {
            return modality.equals("asserted") || modality.equals("reported");
        }
    }

    /** An annotated control claim. */
    public record GoldControl(String place, String placeGeonames, String controller, String status, String asOf,
                              boolean ended, String phraseKind, Span evidence) {
    }

    /** An annotated direct quote and its speaker; {@code speakerSpan} is empty ([0, 0)) where the text names none. */
    public record GoldQuote(Span span, String speaker, String speakerRef, Span speakerSpan) {
    }

    /** Reads every gold file under a folder (recursively) whose split is wanted ("all" for every split). */
    public static List<GoldArticle> read(Path folder, String split, Corpora corpora) {
        try (var files = Files.walk(folder)) {
            List<GoldArticle> articles = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                GoldArticle article = read(file, corpora);
                if (split.equals("all") || article.split().equals(split)) {
                    articles.add(article);
                }
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold folder " + folder, e);
        }
    }

    static GoldArticle read(Path file, Corpora corpora) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        String corpus = root.path("corpus").asText();
        String id = root.path("id").asText();
        Corpora.CorpusArticle article = corpora.article(corpus, id).orElseThrow(() -> new IllegalArgumentException(
                file + ": article " + corpus + "/" + id + " not found in " + corpora.root()));
        String text = article.text();
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            List<Span> mentions = new ArrayList<>();
            e.path("mentions").forEach(m -> mentions.add(span(text, m)));
            events.add(new GoldEvent(e.path("type").asText(), mentions, e.path("physical").asBoolean(),
                    string(e, "actor"), string(e, "target"), string(e, "place"), string(e, "place_geonames"),
                    string(e, "date"), e.path("date_granularity").asText("none"), e.path("modality").asText(),
                    e.path("background").asBoolean(), e.hasNonNull("fatalities") ? e.get("fatalities").asInt() : null));
        }
        List<GoldControl> control = new ArrayList<>();
        for (JsonNode c : root.path("control")) {
            control.add(new GoldControl(string(c, "place"), string(c, "place_geonames"), string(c, "controller"),
                    c.path("status").asText(), string(c, "as_of"), c.path("ended").asBoolean(),
                    c.path("phrase_kind").asText(), span(text, c.path("evidence"))));
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            quotes.add(new GoldQuote(span(text, q.path("span")), q.path("speaker").asText(), string(q, "speaker_ref"),
                    span(text, q.path("speaker_span"))));
        }
        return new GoldArticle(corpus, id, root.path("split").asText(), LocalDate.parse(root.path("published").asText()),
                text, article.outlet(), events, control, quotes);
    }

    private static String string(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** A [start, end) pair of code points as a span of Java string indices. */
    private static Span span(String text, JsonNode pair) {
        if (!pair.isArray() || pair.size() != 2) {
            return new Span(0, 0);
        }
        int start = text.offsetByCodePoints(0, pair.get(0).asInt());
        int end = text.offsetByCodePoints(0, pair.get(1).asInt());
        return new Span(start, end);
    }
}
