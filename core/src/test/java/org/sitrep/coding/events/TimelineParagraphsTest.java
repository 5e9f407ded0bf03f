package org.sitrep.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** A paragraph a timeline entry dated after the page opens is a later update: no control claim as of the page. */
class TimelineParagraphsTest {
    private static List<ControlChange> control(String text) {
        return SharedModels.extractor().apply(Samples.news(text, LocalDate.of(2016, 10, 8))).control();
    }

    private static final String FIGHT = "Donors pledge aid at a meeting in Paris. But the meeting is overshadowed "
            + "by a fierce government offensive on the city of Aleppo.";

    @Test
    void aParagraphAnEntryDatedAfterThePageOpensClaimsNothingAsOfThePage() {
        // the wrong reading was a contest of Aleppo as of the page's day, from an update appended months later
        assertThat(control("Rebels still hold the town of Binnish.\n\nMarch 3, 2017: " + FIGHT))
                .extracting(ControlChange::place, ControlChange::controller)
                .containsExactly(tuple("Binnish", "Syrian opposition"));
        assertThat(control("Rebels still hold the town of Binnish.\n\n" + FIGHT))
                .extracting(ControlChange::place, ControlChange::status,
                        c -> c.asOf().map(Object::toString).orElse(""))
                .contains(tuple("Aleppo", ControlStatus.CONTESTED, "2016-10-08"));
    }

    @Test
    void aLaterEntrysParagraphEndsAtTheNextParagraph() {
        assertThat(control("March 3, 2017: Donors meet in Paris. Rebels hold the town of Saraqib.\n\n"
                + "Rebels hold the town of Kafranbel."))
                .extracting(ControlChange::place, c -> c.asOf().map(Object::toString).orElse(""))
                .containsExactly(tuple("Kafranbel", "2016-10-08"));
        assertThat(control("June 2016: Donors meet in Paris. Rebels hold the town of Saraqib."))
                .extracting(ControlChange::place)
                .containsExactly("Saraqib");
    }
}
