package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Place;
import org.sitrep.review.Corrections;
import org.sitrep.review.Review;
import org.sitrep.review.TargetKind;
import org.sitrep.review.Verdict;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.Freshness;
import org.sitrep.situation.MergedEvent;
import org.sitrep.situation.Situation;
import org.sitrep.testing.Samples;

/** Every export marks reviewed rows: ACLED's tags, the control CSV's review columns, and the JSON and GeoJSON. */
class ReviewedExportsTest {
    private static final Instant AT = Instant.parse("2025-01-02T10:00:00Z");
    /** The day of the claim: a reviewed claim too fades as it ages unconfirmed (a review checks the report, not today). */
    private static final LocalDate DAY = LocalDate.of(2024, 12, 5);
    private static final Place HAMA = new Place("170017", "Hama", List.of(), Optional.empty(), 35.13, 36.76, "SY",
            "PPLA", 700_000);

    private static List<Map<String, String>> rows(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }

    private static Review review(TargetKind kind, String id, Verdict verdict, Corrections corrections) {
        return Review.draft(kind, id, verdict, corrections, "Ana Analyst", verdict == Verdict.ACCEPT ? "" : "checked",
                AT).withId(7);
    }

    @Test
    void aReviewedEventIsTaggedInTheAcledExportAndMarkedInItsJson() throws IOException {
        Situation situation = Situation.of(List.of(Samples.factsOfEveryKind()));
        MergedEvent machine = situation.events().get(0);
        assertThat(SituationFormats.event(machine, Optional.empty()).get("reviewed").isNull()).isTrue();
        situation.review(review(TargetKind.EVENT, machine.id(), Verdict.CORRECT,
                Corrections.of(TargetKind.EVENT, Map.of("actor", "Hayat Tahrir al-Sham"))));
        String csv = new AcledExport(KnowledgeBase.load(), Gazetteer.load()::byId).csv(situation.events());
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", AcledExport.header()));
        assertThat(rows(csv).get(0)).containsEntry("actor1", "Hayat Tahrir al-Sham").containsEntry("tags",
                "sitrep modality: asserted; sitrep review: corrected by Ana Analyst on 2025-01-02T10:00:00Z")
                .containsEntry("reviewed", "true").containsEntry("review_verdict", "correct")
                .containsEntry("reviewer", "Ana Analyst");
        JsonNode json = SituationFormats.event(situation.events().get(0), Optional.empty());
        assertThat(json.path("actor").asText()).isEqualTo("Hayat Tahrir al-Sham");
        assertThat(json.path("confidence").asDouble()).isEqualTo(1.0);
        assertThat(json.path("reviewed").path("verdict").asText()).isEqualTo("correct");
        assertThat(json.path("reviewed").path("corrections").path("actor").asText()).isEqualTo("Hayat Tahrir al-Sham");
        assertThat(json.path("reviewed").path("reviewer").asText()).isEqualTo("Ana Analyst");
        assertThat(json.path("reviewed").path("at").asText()).isEqualTo("2025-01-02T10:00:00Z");
        assertThat(json.path("reviewed").path("reason").asText()).isEqualTo("checked");
    }

    @Test
    void aRejectedEventLeavesTheAcledExport() throws IOException {
        Situation situation = Situation.of(List.of(Samples.factsOfEveryKind()));
        situation.review(review(TargetKind.EVENT, situation.events().get(0).id(), Verdict.REJECT, Corrections.NONE));
        assertThat(rows(new AcledExport(KnowledgeBase.load(), id -> Optional.empty()).csv(situation.events()))).isEmpty();
    }

    @Test
    void controlRowsNameTheirClaimsAndCarryTheirReviewInCsvJsonAndGeoJson() throws IOException {
        Situation situation = Situation.of(List.of(Samples.factsOfEveryKind()));
        Freshness freshness = Freshness.standard();
        ControlInterval machine = situation.controlAt(DAY, "Hama").orElseThrow();
        String claimId = machine.claimId(machine.evidence().get(0));
        assertThat(rows(SituationFormats.csv(List.of(machine), id -> Optional.of(HAMA), DAY, freshness)).get(0))
                .containsEntry("reviewed", "false").containsEntry("review_verdict", "").containsEntry("reviewer", "");
        situation.review(review(TargetKind.CONTROL, claimId, Verdict.ACCEPT, Corrections.NONE));
        List<ControlInterval> reviewed = situation.controlAt(DAY);
        assertThat(rows(SituationFormats.csv(reviewed, id -> Optional.of(HAMA), DAY, freshness)).get(0))
                .containsEntry("reviewed", "true").containsEntry("review_verdict", "accept")
                .containsEntry("reviewer", "Ana Analyst").containsEntry("confidence", "1.000");
        JsonNode json = SituationFormats.control(reviewed.get(0), DAY, freshness);
        assertThat(json.path("reviewed").path("verdict").asText()).isEqualTo("accept");
        assertThat(json.path("evidence").get(0).path("claimId").asText()).isEqualTo(claimId);
        assertThat(json.path("evidence").get(0).path("reviewed").path("targetId").asText()).isEqualTo(claimId);
        JsonNode geojson = new ObjectMapper().readTree(SituationFormats.geojson(reviewed, id -> Optional.of(HAMA), DAY,
                freshness));
        assertThat(geojson.path("features").get(0).path("properties").path("reviewed").path("reviewer").asText())
                .isEqualTo("Ana Analyst");
        assertThat(SituationFormats.text(reviewed, DAY, freshness)).contains("(accepted by Ana Analyst on 2025-01-02");
    }
}
