package org.sitrep.coding.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.testing.SharedModels;

/** Countries a deed's place phrase joins are one place, named as the text joins them, with the first one's id. */
class JoinedCountriesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2015, 9, 21);

    private static List<Event> fights(String text) {
        return SharedModels.ruleEvents(text, PUBLISHED).stream()
                .filter(e -> e.type() == EventType.FIGHT).toList();
    }

    @Test
    void aDeedInTwoJoinedCountriesIsOnePlaceNamedForBothThatKeepsTheFirstCountrysId() {
        String iraq = fights("Jihadist fighters have seized oil fields in Iraq since last summer.").get(0).placeRef()
                .orElseThrow();
        // the first country's id keeps the deed on the map and in a country of the ACLED export
        assertThat(fights("Jihadist fighters have seized oil fields in Iraq and Syria since last summer."))
                .extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("Iraq and Syria", iraq));
    }

    @Test
    void joinedTownsStayAPlaceEachAndACountryAloneKeepsItsId() {
        assertThat(fights("Government jets bombed rebel positions in Aleppo and Homs on Sunday."))
                .extracting(e -> e.place().orElse("")).containsExactlyInAnyOrder("Aleppo", "Homs");
        assertThat(fights("Jihadist fighters have seized oil fields in Iraq since last summer."))
                .extracting(e -> e.place().orElse(""), e -> e.placeRef().isPresent())
                .containsExactly(tuple("Iraq", true));
    }

    @Test
    void partsOfTwoCountriesAreNotJoined() {
        assertThat(fights("Jihadist fighters have seized oil fields in western Iraq and eastern Syria since last "
                + "summer.")).extracting(e -> e.place().orElse("")).containsExactly("western Iraq");
    }

    @Test
    void anAlternativeOrADeniedCountryIsNoPartOfThePlace() {
        assertThat(fights("Jihadist fighters have seized oil fields in Syria but not in Iraq since last summer."))
                .extracting(e -> e.place().orElse("")).containsExactly("Syria");
        assertThat(fights("Jihadist fighters have seized oil fields in Iraq or Syria since last summer."))
                .extracting(e -> e.place().orElse("")).containsExactly("Iraq");
    }
}
