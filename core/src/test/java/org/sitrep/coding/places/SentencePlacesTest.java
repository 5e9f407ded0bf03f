package org.sitrep.coding.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** The place a fight with no place of its own takes from its sentence, for the control it contests. */
class SentencePlacesTest {
    private static List<ControlChange> control(String text) {
        return SharedModels.extractor().apply(Samples.news(text, LocalDate.of(2018, 12, 27))).control();
    }

    @Test
    void aPlaceInAClauseJoinedToTheFightIsNamedInPassingButOneInTheFightsOwnPhraseIsContested() {
        // the wrong reading was a contest of the capital, which the second clause names only as a goal given up
        assertThat(control("The United States is fighting ISIS alone and has stopped hoping for regime change "
                + "in Damascus.")).extracting(ControlChange::place).doesNotContain("Damascus");
        assertThat(control("Kurdish fighters are battling the Islamic State to hold the town of Kobani and have "
                + "asked for more weapons.")).extracting(ControlChange::place, ControlChange::status)
                .contains(tuple("Kobani", ControlStatus.CONTESTED));
    }
}
