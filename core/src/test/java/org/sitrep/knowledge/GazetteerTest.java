package org.sitrep.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @Test
    void newsSpellingsMinedFromTheCorporaLinkToTheirGeoNamesPlace() {
        assertThat(GAZETTEER.resolve("Mayadeen", Optional.of("SY"))).map(Place::geonameId).contains("173480");
        assertThat(GAZETTEER.resolve("Boukamal", Optional.of("SY"))).map(Place::geonameId).contains("174448");
        assertThat(GAZETTEER.resolve("Maaret al-Numan", Optional.of("SY"))).map(Place::geonameId).contains("167611");
        assertThat(GAZETTEER.resolve("Irbil", Optional.of("IQ"))).map(Place::geonameId).contains("95446");
    }

    @Test
    void washingtonAloneIsTheUsCapitalWhoseGeoNamesNameCarriesItsDistrictButANamesakeWhereTheStoryIsSetWins() {
        assertThat(GAZETTEER.resolve("Washington", Optional.of("SY"))).map(Place::geonameId).contains("4140963");
        assertThat(GAZETTEER.resolve("Washington", Optional.empty())).map(Place::geonameId).contains("4140963");
        // a story set in Britain means the British town
        assertThat(GAZETTEER.resolve("Washington", Optional.of("GB"))).map(Place::countryCode).contains("GB");
    }

    @Test
    void aCountrysCapitalIsItsSeatOfGovernmentNotItsLargestCity() {
        assertThat(GAZETTEER.capital("TR")).map(Place::name).contains("Ankara");
        assertThat(GAZETTEER.capital("SY")).map(Place::geonameId).contains("170654");
        assertThat(GAZETTEER.capital("XX")).isEmpty();
    }

    @Test
    void aMinedSpellingFoldsLikeAnyNameSoItsVariantsLinkToo() {
        // "Deir Az-Zour" is listed as "Deir az-Zour": case and hyphens fold away
        assertThat(GAZETTEER.resolve("Deir Az-Zour", Optional.empty())).map(Place::geonameId).contains("170794");
        assertThat(GAZETTEER.resolve("Al-Tabqah", Optional.empty())).map(Place::geonameId).contains("172374");
    }

    @Test
    void aCodeAmongTheAlternateNamesNamesThePlaceOnlyInItsOwnCapitals() {
        // the wrong reading was the word "Dam" of a dam's name linked to Damascus through its code "DAM"
        assertThat(GAZETTEER.candidates("Dam")).extracting(Place::geonameId).doesNotContain("170654");
        assertThat(GAZETTEER.candidates("dam")).extracting(Place::geonameId).doesNotContain("170654");
        assertThat(GAZETTEER.candidates("DAM")).extracting(Place::geonameId).contains("170654");
        assertThat(GAZETTEER.resolve("Damascus", Optional.of("SY"))).map(Place::geonameId).contains("170654");
        assertThat(GAZETTEER.resolve("Damas", Optional.empty())).map(Place::geonameId).contains("170654");
    }

    @Test
    void aCountryNoStateActorSpeaksForIsAPlaceByItsName() {
        // Yemen is listed as a country with no actor: its name had linked to nothing
        assertThat(GAZETTEER.resolve("Yemen", Optional.empty())).map(Place::geonameId).contains("69543");
        assertThat(GAZETTEER.resolve("Yemen", Optional.empty())).map(Place::isCountry).contains(true);
        // a country a state actor speaks for stays the actor's: its name is no gazetteer place
        assertThat(GAZETTEER.candidates("Syria")).extracting(Place::isCountry).doesNotContain(true);
    }

    @Test
    void anotherSpellingOfAnArabicWordOpeningAPlaceNameFindsTheGeoNamesSpelling() {
        assertThat(GAZETTEER.resolve("Tal Tamr", Optional.of("SY"))).map(Place::geonameId).contains("163434");
        assertThat(GAZETTEER.resolve("Tel Tamr", Optional.of("SY"))).map(Place::geonameId).contains("163434");
        assertThat(GAZETTEER.resolve("Kfar Nubl", Optional.of("SY"))).map(Place::geonameId).contains("168661");
        // the word alone names nothing, and a name that finds a place as written keeps it
        assertThat(GAZETTEER.candidates("Tel")).extracting(Place::geonameId).doesNotContain("163434");
        assertThat(GAZETTEER.resolve("Tel Aviv", Optional.empty())).map(Place::countryCode).contains("IL");
    }

    @Test
    void aNamedAreaThatIsNoPopulatedPlaceIsFoundAtItsSeat() {
        assertThat(GAZETTEER.region("Eastern Ghouta")).map(Place::geonameId).contains("170592");
        assertThat(GAZETTEER.region("eastern ghouta")).map(Place::geonameId).contains("170592");
        assertThat(GAZETTEER.region("Anbar")).map(Place::countryCode).contains("IQ");
        // a town is no area, and a name listed nowhere is neither
        assertThat(GAZETTEER.region("Douma")).isEmpty();
        assertThat(GAZETTEER.region("Eastern Ghoutaville")).isEmpty();
    }

    @Test
    void aTownNoRowListsIsAPopulatedPlaceOfItsCountryWithNoIdOfItsOwn() {
        assertThat(GAZETTEER.unlisted("Bab Tarwa", "SY")).hasValueSatisfying(town -> {
            assertThat(town.geonameId()).isEmpty();
            assertThat(town.name()).isEqualTo("Bab Tarwa");
            assertThat(town.countryCode()).isEqualTo("SY");
            assertThat(town.isCountry()).isFalse();
        });
        // a country the gazetteer does not know places nothing
        assertThat(GAZETTEER.unlisted("Bab Tarwa", "QQ")).isEmpty();
    }
}
