package org.sitrep.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;
import org.sitrep.testing.SharedModels;

/**
 * A physical deed against two known actors is one event against each; the sides of one clash and a target's
 * unnamed company stay one event.
 */
class ConjoinedTargetsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 8, 1);

    private static List<Event> physical(String text) {
        return SharedModels.ruleEvents(text, PUBLISHED).stream().filter(e -> e.type().physical()).toList();
    }

    @Test
    void aDeedAgainstTwoKnownActorsIsOneEventAgainstEach() {
        assertThat(physical("Rebel fighters vowed to oust the Islamic State and the Assad regime from Raqqa province."))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""), e -> e.place().orElse(""),
                        Event::modality)
                .containsExactly(tuple("Syrian opposition", "Islamic State", "Raqqa province", Modality.HYPOTHETICAL),
                        tuple("Syrian opposition", "Syrian government", "Raqqa province", Modality.HYPOTHETICAL));
    }

    @Test
    void theTwoSidesOfOneClashStayOneEvent() {
        assertThat(physical("Fierce fighting between government troops and rebels raged in Daraa on Sunday."))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""), e -> e.place().orElse(""))
                .containsExactly(tuple("Syrian government", "Syrian opposition", "Daraa"));
    }

    @Test
    void aTargetWithUnnamedCompanyStaysOneEvent() {
        assertThat(physical("Government troops killed a rebel commander and two of his aides in Daraa on Monday."))
                .extracting(e -> e.actor().orElse(""), e -> e.place().orElse(""))
                .containsExactly(tuple("Syrian government", "Daraa"));
    }
}
