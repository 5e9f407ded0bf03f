package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.Store;
import org.sitrep.testing.TestData;

class ExtractCommandIT {
    @TempDir
    Path dir;

    @Test
    void printsEveryFactClassAsJsonWithEvidence() throws Exception {
        Cli run = Cli.run("extract", "--published", "2024-12-07", TestData.seedArticle().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("article").path("published").asText()).isEqualTo("2024-12-07");
        assertThat(root.path("article").path("boilerplate")).hasSize(2);
        for (String field : List.of("entities", "times", "quotes", "events", "control", "stances")) {
            assertThat(root.path(field).size()).as(field).isPositive();
        }
        JsonNode event = root.path("events").get(0);
        for (String field : List.of("id", "type", "acled", "cameo", "actor", "actorSide", "target", "targetSide",
                "place", "lat", "lon", "date", "modality", "confidence", "evidence")) {
            assertThat(event.has(field)).as(field).isTrue();
        }
        assertThat(root.path("control").get(0).path("evidence").path("text").asText()).isNotBlank();
    }

    @Test
    void printsAReadableReportWithEvidenceSentences() {
        Cli run = Cli.run("extract", "--format", "text", TestData.seedArticle().toString());
        assertThat(run.out()).contains("Control (", "Aleppo: held by", "▸ [", "Recep Tayyip Erdoğan: “");
    }

    @Test
    void ingestStoresTheFactsAndShowPrintsThem() {
        String db = dir.resolve("store").toString();
        Cli ingest = Cli.run("ingest", "--db", db, TestData.seedArticle().toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        try (Store store = Store.open(db)) {
            ArticleSummary summary = store.articles().get(0);
            assertThat(summary.entities()).isGreaterThan(50);
            assertThat(summary.quotes()).isEqualTo(5);
            assertThat(summary.control()).isGreaterThanOrEqualTo(5);
            assertThat(summary.events()).isGreaterThan(10);
            assertThat(summary.stances()).isPositive();
        }
        Cli show = Cli.run("show", ingest.out().substring(7, 23), "--db", db);
        assertThat(show.out()).contains("Hama: held by Syrian opposition", "Mahmoud Alloush: “We are witnessing");
    }

    @Test
    void namesTheFileWhenItCannotBeRead() {
        Cli run = Cli.run("extract", dir.resolve("missing.txt").toString());
        assertThat(run.exitCode()).isEqualTo(SitrepCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("missing.txt: no such file");
    }
}
