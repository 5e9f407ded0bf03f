package org.sitrep.coding.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** A contest's since-date is the start its sentence tells, never the day of one fight in it. */
class ContestStartsTest {
    private static List<ControlChange> control(String text) {
        return SharedModels.extractor().apply(Samples.news(text, LocalDate.of(2014, 10, 8))).control();
    }

    @Test
    void aFightOnADayShowsThePlaceFoughtOverThenWithoutSayingTheContestBeganThen() {
        // the wrong reading was a siege weeks old said to have begun on the day of one push into the town
        assertThat(control("Islamic State fighters fought their way into the eastern districts of Kobani on Monday."))
                .extracting(ControlChange::place, ControlChange::status,
                        c -> c.since().map(Object::toString).orElse(""),
                        c -> c.asOf().map(Object::toString).orElse(""))
                .containsExactly(tuple("Kobani", ControlStatus.CONTESTED, "", "2014-10-06"));
    }

    @Test
    void aSiegeLaidOnADayStartsTheContestThatDayAndACaptureKeepsItsDay() {
        assertThat(control("Islamic State fighters besieged Kobani on Monday."))
                .extracting(ControlChange::place, ControlChange::status,
                        c -> c.since().map(Object::toString).orElse(""))
                .containsExactly(tuple("Kobani", ControlStatus.CONTESTED, "2014-10-06"));
        assertThat(control("Islamic State fighters overran Tikrit on Monday."))
                .extracting(ControlChange::place, ControlChange::status,
                        c -> c.since().map(Object::toString).orElse(""))
                .containsExactly(tuple("Tikrit", ControlStatus.HELD, "2014-10-06"));
    }
}
