package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Evidence;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.Freshness;
import org.sitrep.situation.Report;

/** A contest's challengers reach every rendering of control: JSON, the ACLED-shaped CSV's actor2, and text. */
class ContestedControlFormatsTest {
    private static final LocalDate DAY = LocalDate.of(2017, 1, 20);

    private static ControlInterval siege(ControlStatus status) {
        Report report = new Report("a1", "Wire A", Optional.empty(), Optional.of(DAY),
                new Evidence("a1", 10, 60, "The besieged garrison held out against the militants."), 0.7);
        return new ControlInterval("Deir ez-Zor", Optional.empty(), "Syrian government", Optional.of("government"),
                status, DAY, Optional.empty(), List.of(report), List.of("Islamic State", "Jaysh al-Islam"));
    }

    @Test
    void aContestNamesItsChallengersInJsonCsvAndText() throws IOException {
        ControlInterval contest = siege(ControlStatus.CONTESTED);
        assertThat(SituationFormats.control(contest, DAY, Freshness.standard()).get("challengers").toString())
                .isEqualTo("[\"Islamic State\",\"Jaysh al-Islam\"]");
        String csv = SituationFormats.csv(List.of(contest), ref -> Optional.empty(), DAY, Freshness.standard());
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            assertThat(rows.next()).containsEntry("actor1", "Syrian government")
                    .containsEntry("actor2", "Islamic State; Jaysh al-Islam").containsEntry("status", "contested");
        }
        assertThat(SituationFormats.text(List.of(contest), DAY, Freshness.standard()))
                .contains("contested Syrian government (government) against Islamic State, Jaysh al-Islam");
    }

    @Test
    void aContestWithNoStatedHolderNamesTheSidesThatFoughtWithoutRoles() {
        Report report = new Report("a2", "Wire B", Optional.empty(), Optional.of(DAY),
                new Evidence("a2", 0, 48, "Fighting raged in the town between two militias."), 0.6);
        ControlInterval unstated = new ControlInterval("Tadef", Optional.empty(), ControlChange.HOLDER_NOT_STATED,
                Optional.empty(), ControlStatus.CONTESTED, DAY, Optional.empty(), List.of(report),
                List.of("Islamic State", "Syrian opposition"));
        assertThat(SituationFormats.control(unstated, DAY, Freshness.standard()).get("holderStated").asBoolean())
                .isFalse();
        assertThat(SituationFormats.control(siege(ControlStatus.CONTESTED), DAY, Freshness.standard())
                .get("holderStated").asBoolean()).isTrue();
        assertThat(SituationFormats.text(List.of(unstated), DAY, Freshness.standard()))
                .contains("contested (holder not stated), fought over by Islamic State, Syrian opposition")
                .doesNotContain("against");
    }

    @Test
    void aHoldHasNoChallengers() {
        ControlInterval hold = siege(ControlStatus.HELD);
        assertThat(hold.challengers()).isEmpty();
        assertThat(SituationFormats.control(hold, DAY, Freshness.standard()).get("challengers").toString())
                .isEqualTo("[]");
    }
}
