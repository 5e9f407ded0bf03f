package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Facts;
import org.sitrep.situation.Situation;
import org.sitrep.store.Store;
import org.sitrep.testing.TestData;

/**
 * The situation across a corpus of real articles from several days (the seed, FA-KES reports on Manbij in 2016),
 * a re-publication of the seed, and two reports that contradict each other about Saraqib.
 */
class SituationCorpusIT {
    @TempDir
    static Path dir;
    static String db;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void ingestCorpus() throws Exception {
        db = dir.resolve("store").toString();
        Path corpus = TestData.projectRoot().resolve("core/src/test/resources/corpus");
        String republished = Files.readString(TestData.seedArticle()).replace("source: Sunna Files", "source: Mirror")
                .replace("Turkish President Recep", "President Recep");
        Path mirror = Files.writeString(dir.resolve("mirror.txt"), republished);
        Cli first = Cli.run("ingest", "--db", db, TestData.seedArticle().toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Cli rest = Cli.run("ingest", "--db", db, mirror.toString(), corpus.resolve("contradiction").toString(),
                corpus.resolve("fakes-manbij-2016.jsonl").toString());
        assertThat(rest.exitCode()).as(rest.err()).isZero();
        assertThat(rest.out()).contains("near-duplicate " + mirror + ": re-publication of");
    }

    @Test
    void answersWhoHeldTheSeedCitiesOnTheDay() throws Exception {
        JsonNode control = JSON.readTree(Cli.run("control", "--db", db, "--at", "2024-12-07", "--format", "json").out());
        assertThat(find(control, "Aleppo").path("controller").asText()).isEqualTo("Syrian opposition");
        assertThat(find(control, "Aleppo").path("status").asText()).isEqualTo("held");
        assertThat(find(control, "Hama").path("controllerSide").asText()).isEqualTo("opposition");
        assertThat(find(control, "Suwayda").path("status").asText()).isEqualTo("contested");
        assertThat(find(control, "Aleppo").path("evidence").get(0).path("text").asText())
                .startsWith("They have taken control of Aleppo, Idlib, and Hama");
        // a week earlier the seed's claim is not in force: any Aleppo interval then started before it
        JsonNode before = JSON.readTree(Cli.run("control", "--db", db, "--at", "2024-12-01", "--format", "json").out());
        for (JsonNode entry : before) {
            if (entry.path("place").asText().equals("Aleppo")) {
                assertThat(entry.path("from").asText()).isLessThan("2024-12-07");
            }
        }
    }

    @Test
    void aRepublicationIsNotASecondSource() throws Exception {
        JsonNode events = JSON.readTree(Cli.run("timeline", "--db", db, "--place", "Aleppo", "--from", "2024-12-01",
                "--format", "json").out());
        assertThat(events).isNotEmpty();
        events.forEach(event -> assertThat(event.path("sources").asInt()).isEqualTo(1));
    }

    @Test
    void contradictoryReportsLeaveSaraqibContestedWithBothSides() throws Exception {
        JsonNode control = JSON.readTree(Cli.run("control", "--db", db, "--place", "Saraqib", "--format", "json").out());
        assertThat(control).hasSize(1);
        JsonNode interval = control.get(0);
        assertThat(interval.path("status").asText()).isEqualTo("contested");
        assertThat(interval.path("from").asText()).isEqualTo("2025-01-10");
        assertThat(interval.path("evidence").findValuesAsText("source"))
                .containsExactlyInAnyOrder("Example Government Wire", "Example Opposition Media");
    }

    @Test
    void tracksManbijAcrossTheSummerOf2016() throws Exception {
        JsonNode timeline = JSON.readTree(Cli.run("control", "--db", db, "--place", "Manbij", "--format", "json").out());
        assertThat(timeline.size()).isGreaterThanOrEqualTo(2);
        // "SDF fighters make gains in Manbij" (26 June) contests the town the SDF "entered on June 23"; with the same
        // report's other statements of the fight ("pushed into the city", its side unnamed in the clause) the
        // interval names the sides of the contest, the SDF among them
        assertThat(timeline).anySatisfy(interval -> {
            assertThat(interval.path("from").asText()).isEqualTo("2016-06-26");
            assertThat(interval.path("controller").asText()).contains("Syrian Democratic Forces");
            assertThat(interval.path("status").asText()).isEqualTo("contested");
        });
        JsonNode geo = JSON.readTree(Cli.run("control", "--db", db, "--at", "2016-07-01", "--format", "geojson").out());
        assertThat(geo.path("type").asText()).isEqualTo("FeatureCollection");
        JsonNode manbij = null;
        for (JsonNode feature : geo.path("features")) {
            if (feature.path("properties").path("place").asText().equals("Manbij")) {
                manbij = feature;
            }
        }
        assertThat(manbij).as("Manbij among the places of 2016-07-01").isNotNull();
        assertThat(manbij.path("geometry").path("coordinates").get(0).asDouble()).isBetween(37.9, 38.0);
        assertThat(Cli.run("control", "--db", db, "--at", "2016-07-01", "--format", "csv").out())
                .startsWith("location,place_ref,latitude,longitude,admin1,country,actor1").contains("Manbij,167357,36.5");
    }

    @Test
    void ranksControlOfCitiesAboveStatements() {
        Cli timeline = Cli.run("timeline", "--db", db, "--by-importance", "--explain", "--from", "2024-12-01");
        String first = timeline.out().lines().findFirst().orElseThrow();
        assertThat(first).contains("CAMEO 192");
        assertThat(timeline.out()).contains("importance ", "kind 10.0");
    }

    @Test
    void showsTheStanceSeriesWithItsSentences() {
        Cli stance = Cli.run("stance", "--db", db, "Turkey", "Syrian government");
        assertThat(stance.out()).contains("Turkey → Syrian government: +0.50", "▸ Sunna Files");
        Cli erdogan = Cli.run("stance", "--db", db, "Turkey", "Syrian opposition");
        assertThat(erdogan.out()).contains("2024-12-06 Recep Tayyip Erdoğan → Syrian opposition: +0.60");
    }

    @Test
    void findsQuotesAndEventsByText() {
        Cli search = Cli.run("search", "--db", db, "chance to defect");
        assertThat(search.out()).contains("quote", "Military Operations Command");
        assertThat(Cli.run("search", "--db", db, "Saraqib").out()).contains("event", "article");
    }

    @Test
    void shuffledRebuildsGiveTheSamePicture() {
        List<Facts> facts;
        try (Store store = Store.open(db)) {
            facts = store.allFacts();
        }
        Situation reference = Situation.of(facts);
        for (long seed = 1; seed <= 5; seed++) {
            List<Facts> shuffled = new ArrayList<>(facts);
            Collections.shuffle(shuffled, new Random(seed));
            Situation other = Situation.of(shuffled);
            assertThat(other.events()).isEqualTo(reference.events());
            assertThat(other.controlAt(java.time.LocalDate.of(2016, 8, 1)))
                    .isEqualTo(reference.controlAt(java.time.LocalDate.of(2016, 8, 1)));
        }
        assertThat(Cli.run("rebuild", "--db", db).out()).contains("articles →", "merged events");
    }

    private static JsonNode find(JsonNode array, String place) {
        for (JsonNode node : array) {
            if (node.path("place").asText().equals(place)) {
                return node;
            }
        }
        throw new AssertionError("no control entry for " + place + " in " + array);
    }
}
