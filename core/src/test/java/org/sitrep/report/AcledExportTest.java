package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.situation.Situation;
import org.sitrep.testing.Samples;

class AcledExportTest {

    private static List<Map<String, String>> rows(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }

    @Test
    void anEventLoadsInAcledsColumnsWithItsEvidenceInTheNotes() throws IOException {
        Situation situation = Situation.of(List.of(Samples.factsOfEveryKind()));
        String csv = new AcledExport(KnowledgeBase.load(), Gazetteer.load()::byId).csv(situation.events());
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", AcledExport.header()));
        assertThat(AcledExport.header()).startsWith(AcledExport.COLUMNS.toArray(String[]::new));
        Map<String, String> row = rows(csv).get(0);
        assertThat(row).containsEntry("event_date", "2024-12-05").containsEntry("year", "2024")
                .containsEntry("time_precision", "1").containsEntry("disorder_type", "Political violence")
                .containsEntry("event_type", "Battles").containsEntry("sub_event_type", "Non-state actor overtakes territory")
                .containsEntry("actor1", "Syrian opposition").containsEntry("inter1", "2")
                .containsEntry("actor2", "Syrian government").containsEntry("inter2", "1")
                .containsEntry("interaction", "21").containsEntry("country", "Syria")
                .containsEntry("location", "Hama").containsEntry("geo_precision", "1").containsEntry("fatalities", "2")
                .containsEntry("source", "Example Wire").containsEntry("admin1", "Hama").containsEntry("iso", "760")
                .containsEntry("region", "Middle East").containsEntry("modality", "asserted")
                .containsEntry("article_id", Samples.articleOfEveryKind().id());
        assertThat(Integer.parseInt(row.get("evidence_end"))).isGreaterThan(Integer.parseInt(row.get("evidence_start")));
        assertThat(row.get("latitude")).startsWith("35.13");
        assertThat(row.get("notes")).startsWith("Rebels took control of Hama on Thursday")
                .contains("[sitrep: article " + Samples.articleOfEveryKind().id());
    }

    @Test
    void anEventPlacedOnlyInACountryHasCountryPrecisionAndNoGovernorate() throws IOException {
        var facts = org.sitrep.testing.SharedModels.extractor().apply(Samples.news(
                "The US-led coalition bombed Islamic State positions in Syria on Monday.",
                java.time.LocalDate.of(2016, 7, 21)));
        String csv = new AcledExport(KnowledgeBase.load(), Gazetteer.load()::byId)
                .csv(Situation.of(List.of(facts)).events());
        assertThat(rows(csv)).extracting(r -> r.get("location"), r -> r.get("geo_precision"), r -> r.get("admin1"),
                        r -> r.get("country"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Syria", "3", "", "Syria"));
    }

    @Test
    void anEventWithCoordinatesIsAGeoJsonPointCarryingItsAcledRow() throws IOException {
        Situation situation = Situation.of(List.of(Samples.factsOfEveryKind()));
        var collection = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new AcledExport(KnowledgeBase.load(), Gazetteer.load()::byId).geojson(situation.events()));
        var feature = collection.get("features").get(0);
        assertThat(feature.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(feature.at("/geometry/coordinates/1").asDouble()).isBetween(35.1, 35.2); // Hama's latitude
        assertThat(feature.at("/properties/sub_event_type").asText()).isEqualTo("Non-state actor overtakes territory");
        assertThat(feature.at("/properties/admin1").asText()).isEqualTo("Hama");
    }

    @Property
    void aCellReadsBackAsItsTextAndAFormulaNeverRunsInASpreadsheet(@ForAll String text) throws IOException {
        String line = "x\n" + Csv.cell(text) + "\n";
        List<Map<String, String>> read = rows(line);
        String back = read.isEmpty() ? "" : read.get(0).getOrDefault("x", "");
        if (text.isEmpty() || text.isBlank() && text.indexOf('\t') < 0 && text.indexOf('\r') < 0) {
            return; // a blank line is no row in CSV
        }
        boolean formula = "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?");
        assertThat(back).isEqualTo(formula ? "'" + text : text);
    }
}
