package org.sitrep.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** Names linked to the knowledge base and the gazetteer on short real-news sentences. */
class EntityLinkerTest {
    private static List<Mention> mentions(String text) {
        return SharedModels.extractor().apply(Samples.news(text, LocalDate.of(2016, 12, 13))).entities();
    }

    @Test
    void capitalsActingAsTheirStatesAreTheStatesAndACapitalAsAPlaceIsTheCity() {
        assertThat(mentions("Ankara and Moscow brokered a ceasefire, and the envoys met in Damascus."))
                .extracting(Mention::text, Mention::canonical)
                .contains(tuple("Ankara", "Turkey"), tuple("Moscow", "Russia"), tuple("Damascus", "Damascus"));
    }

    @Test
    void aKnownCityIsAPlaceWithItsGeoNamesId() {
        assertThat(mentions("Fighting continued in Homs on Monday.")).filteredOn(m -> m.text().equals("Homs"))
                .extracting(Mention::type, m -> m.ref().orElse(""))
                .containsExactly(tuple(EntityType.LOCATION, "169577"));
    }

    @Test
    void aTownTheTextCallsATownOfAnotherCountryTheArticleNamesIsTheGazetteersNotAnUnlistedOne() {
        // the wrong reading put Kobani, unlisted, at the centre of Iraq, the country the article is mostly about
        assertThat(mentions("Iraqi troops fought the militants in Mosul, Ramadi and Tikrit on Monday. Air power alone "
                + "will hardly be enough to save the Syrian city of Kobani, officials warned."))
                .filteredOn(m -> m.text().equals("Kobani")).extracting(m -> m.ref().orElse(""))
                .containsExactly("172256");
        // a town the gazetteer lacks is still a place of the article's country
        assertThat(mentions("Iraqi troops fought the militants in Mosul, Ramadi and Tikrit on Monday. Jets struck the "
                + "village of Kafr Zorbaya on Tuesday.")).filteredOn(m -> m.text().equals("Kafr Zorbaya"))
                .extracting(m -> m.ref().isPresent(), m -> m.lat().orElse(0.0))
                .containsExactly(tuple(false, 33.0));
    }

    @Test
    void aCountryNoStateActorSpeaksForIsAPlaceWithItsGeoNamesIdButAPersonsNameIsNot() {
        assertThat(mentions("Coalition jets bombed a rebel camp in Mali on Sunday, and gunmen raided a border post in "
                + "Yemen."))
                .filteredOn(m -> m.type() == EntityType.LOCATION)
                .extracting(Mention::text, m -> m.ref().orElse(""))
                .contains(tuple("Mali", "2453866"), tuple("Yemen", "69543"));
        assertThat(mentions("Chad Morris, a reporter, visited the camp on Sunday."))
                .extracting(Mention::text, m -> m.ref().orElse(""))
                .doesNotContain(tuple("Chad", "2434508"), tuple("Chad Morris", "2434508"));
    }

    @Test
    void aCountryAVerbVisitsIsThePlaceOfTheVisitButACountryPraisedIsOnlyTheState() {
        assertThat(mentions("The president visited Israel on Monday.")).filteredOn(m -> m.text().equals("Israel"))
                .extracting(m -> m.ref().orElse("")).containsExactly("294640");
        assertThat(mentions("The president praised Israel on Monday.")).filteredOn(m -> m.text().equals("Israel"))
                .extracting(m -> m.ref().orElse("")).containsExactly("ISR");
    }

    @Test
    void aCountryInvadedOrOccupiedIsThePlaceOfTheDeedButAStateNamedByItsOfficeIsNot() {
        assertThat(mentions("Foreign troops invaded Jordan in the spring.")).filteredOn(m -> m.text().equals("Jordan"))
                .extracting(m -> m.ref().orElse("")).containsExactly("248816");
        assertThat(mentions("Many clans resisted the occupation of Jordan for years."))
                .filteredOn(m -> m.text().equals("Jordan")).extracting(m -> m.ref().orElse(""))
                .containsExactly("248816");
        assertThat(mentions("Foreign troops thanked Jordan in the spring.")).filteredOn(m -> m.text().equals("Jordan"))
                .extracting(m -> m.ref().orElse("")).containsExactly("JOR");
        assertThat(mentions("The senator spoke twice after entering the White House."))
                .filteredOn(m -> m.text().contains("White House")).extracting(m -> m.ref().orElse(""))
                .containsExactly("USA");
    }

    @Test
    void aDescriptionOfForcesLinksToItsActor() {
        assertThat(mentions("Regime forces advanced toward Hama on Thursday.")).extracting(Mention::canonical)
                .contains("Syrian government", "Hama");
    }

    @Test
    void spellingsTheNewsUsesAndARebelGroupLinkToTheirActors() {
        assertThat(mentions("Jaysh al-Islam fired rockets at Damascus. The Syrian Coalition condemned the attack. A "
                + "rebel group shelled Hama. Government troops advanced."))
                .extracting(Mention::canonical)
                .contains("Jaish al-Islam", "Syrian National Coalition", "Syrian opposition", "Syrian government");
    }

    @Test
    void wordsAroundANameMakeItAPlaceAndTheGazetteerJoinsANameTheTaggerCut() {
        assertThat(mentions("Jets struck the town of al-Bab. Its capital city of Deir ez-Zor is besieged, and Deir Ezzor "
                + "city was shelled."))
                .filteredOn(m -> m.type() == EntityType.LOCATION)
                .extracting(Mention::text, m -> m.ref().orElse(""))
                .contains(tuple("al-Bab", "174018"), tuple("Deir ez-Zor", "170794"), tuple("Deir Ezzor", "170794"));
    }

    @Test
    void aVillageAsTheObjectOfShellingOrAfterInIsAPlaceThoughTheTaggerSawAPersonOrSweptInTheVerb() {
        assertThat(mentions("Fighting continued in Idlib province. Government forces shelled Taftanaz. Rebels shelled "
                + "Binnish on Monday."))
                .filteredOn(m -> m.type() == EntityType.LOCATION)
                .extracting(Mention::text)
                .containsExactly("Idlib province", "Taftanaz", "Binnish");
    }

    @Test
    void aNameOfTwoWordsWhosePossessiveLostItsApostropheIsTheActorNotPartOfAPlace() {
        assertThat(mentions("In Raqqa Islamic States power base in Syria its hold appears to be growing firmer."))
                .extracting(Mention::text, Mention::canonical)
                .contains(tuple("Raqqa", "Raqqa"), tuple("Islamic States", "Islamic State"));
    }

    @Test
    void aNameWhosePossessiveLostItsApostropheIsTheActor() {
        assertThat(mentions("Assads regime and Russia have accused rebels of using toxic gas. Russias military said "
                + "its jets struck Deir el-Zour."))
                .filteredOn(m -> m.text().startsWith("Assads") || m.text().equals("Russias"))
                .extracting(Mention::text, Mention::canonical, Mention::type)
                .containsExactly(tuple("Assads regime", "Syrian government", EntityType.ORGANIZATION),
                        tuple("Russias", "Russia", EntityType.COUNTRY));
    }

    @Test
    void aPlaceWhosePossessiveLostItsApostropheIsThePlaceAtTheWrittenWord() {
        String text = "Government jets pounded Idlibs southern countryside on Friday, and shells hit Aleppos eastern "
                + "districts, Syrian monitors said.";
        assertThat(mentions(text)).filteredOn(m -> m.type() == EntityType.LOCATION)
                .extracting(Mention::text, Mention::canonical, m -> m.ref().orElse(""), Mention::start)
                .contains(tuple("Idlibs", "Idlib", "169389", text.indexOf("Idlibs")),
                        tuple("Aleppos", "Aleppo", "170063", text.indexOf("Aleppos")));
    }

    @Test
    void aPlaceWhoseOwnNameEndsInSStaysItselfAndAPluralBeforeANounIsNoPlace() {
        assertThat(mentions("Army units shelled Homs eastern suburbs on Friday, Syrian monitors said."))
                .filteredOn(m -> m.text().startsWith("Homs"))
                .extracting(Mention::canonical, m -> m.ref().orElse(""))
                .containsExactly(tuple("Homs", "169577"));
        assertThat(mentions("Medics treated wounded civilians in Aleppo, and Volunteers helped Syrian families there."))
                .filteredOn(m -> m.type() == EntityType.LOCATION)
                .extracting(Mention::text).containsExactly("Aleppo");
    }

    @Test
    void aTownBeforeItsCountrysLostPossessiveIsTheTownAndTheCityAfterItRefersBack() {
        assertThat(mentions("The city of Homs Syrias most battered before the truce is split in two. Army shells "
                + "hit the city again on Friday."))
                .filteredOn(m -> m.type() == EntityType.LOCATION)
                .extracting(Mention::text, m -> m.ref().orElse(""))
                .contains(tuple("Homs", "169577"), tuple("city", "169577"))
                .doesNotContain(tuple("Homs Syrias", ""));
    }

    @Test
    void theCityWhosePossessiveLostItsApostropheIsTheTownNamedBefore() {
        assertThat(mentions("Rebels pushed into Idlib on Monday. Shells then fell on the citys northern districts."))
                .filteredOn(m -> m.text().equals("citys"))
                .extracting(Mention::canonical, m -> m.ref().orElse(""))
                .containsExactly(tuple("Idlib", "169389"));
    }

    @Test
    void aSmallTownJoinedToACuedOneIsAPlaceToo() {
        assertThat(mentions("Russian jets struck the towns of Jisr al-Shughur and Binnish, west of Aleppo."))
                .filteredOn(m -> m.type() == EntityType.LOCATION)
                .extracting(Mention::text, m -> m.ref().orElse(""))
                .contains(tuple("Binnish", "171451"));
    }

    @Test
    void aProvinceIsOneMentionWithItsNoun() {
        assertThat(mentions("Jets bombed an outpost in Syria's Idlib province."))
                .filteredOn(m -> m.type() == EntityType.LOCATION && m.canonical().startsWith("Idlib"))
                .extracting(Mention::text, Mention::canonical)
                .containsExactly(tuple("Idlib province", "Idlib province"));
    }

    @Test
    void namesJoinedUnderOnePluralProvinceNounAreEachTheirProvinceNotTheirTown() {
        assertThat(mentions("Army units opened a fresh offensive on Tuesday across the provinces of Idlib "
                + "and Hama."))
                .filteredOn(m -> m.type() == EntityType.LOCATION)
                .extracting(Mention::canonical, m -> m.ref().isPresent())
                .containsExactly(tuple("Idlib province", false), tuple("Hama province", false));
        assertThat(mentions("Army units opened a fresh offensive on Tuesday across Idlib and Hama provinces."))
                .filteredOn(m -> m.type() == EntityType.LOCATION)
                .extracting(Mention::canonical, m -> m.ref().isPresent())
                .containsExactly(tuple("Idlib province", false), tuple("Hama province", false));
        // the wrong reading: a town joined to a province, or two names with no region noun, stay towns
        assertThat(mentions("Government troops shelled the province of Idlib and the town of Binnish on Wednesday."))
                .filteredOn(m -> m.type() == EntityType.LOCATION)
                .extracting(Mention::canonical, m -> m.ref().orElse(""))
                .containsExactly(tuple("Idlib province", ""), tuple("Binnish", "171451"));
        assertThat(mentions("Government troops shelled Idlib and Binnish on Wednesday."))
                .filteredOn(m -> m.type() == EntityType.LOCATION)
                .extracting(Mention::canonical, m -> m.ref().orElse(""))
                .contains(tuple("Idlib", "169389"));
    }

    @Test
    void areasOfANameThatBorderAnotherCountryAreItsProvinceNotItsTown() {
        assertThat(mentions("Rebel fighters hold large parts of Aleppo bordering Turkey."))
                .filteredOn(m -> m.type() == EntityType.LOCATION && m.text().equals("Aleppo"))
                .extracting(Mention::canonical, m -> m.ref().isPresent())
                .containsExactly(tuple("Aleppo province", false));
        // the wrong reading for districts beside a part of the city, or the city itself beside the border
        assertThat(mentions("Rebel fighters hold the districts of Aleppo that border the old city."))
                .filteredOn(m -> m.type() == EntityType.LOCATION && m.text().equals("Aleppo"))
                .extracting(Mention::canonical, m -> m.ref().orElse(""))
                .containsExactly(tuple("Aleppo", "170063"));
        assertThat(mentions("Rebel fighters hold Aleppo, which borders Turkey."))
                .filteredOn(m -> m.type() == EntityType.LOCATION && m.text().equals("Aleppo"))
                .extracting(Mention::canonical, m -> m.ref().orElse(""))
                .containsExactly(tuple("Aleppo", "170063"));
    }

    @Test
    void aBigPlaceOfTheArticlesCountryThatTheTaggerCallsAPersonIsThePlace() {
        // the tagger calls "Deir ez-Zor" a person; the gazetteer knows a city of 240,000 in the article's country
        assertThat(mentions("Troops held the line near Homs and Palmyra as Deir ez-Zor came under fire."))
                .filteredOn(m -> m.text().equals("Deir ez-Zor"))
                .extracting(Mention::type, m -> m.ref().orElse(""))
                .containsExactly(tuple(EntityType.LOCATION, "170794"));
    }

    @Test
    void anArticleNamingNoKnownPlaceIsReadInTheCountryItsAdjectivesName() {
        // no unambiguous place says which country this is; "Syrian" and "regime" do, so the NER's person is the city
        assertThat(mentions("Activists in Deir Ezzor said Syrian regime jets raided the besieged neighborhoods."))
                .filteredOn(m -> m.text().equals("Deir Ezzor"))
                .extracting(Mention::type, m -> m.ref().orElse(""))
                .containsExactly(tuple(EntityType.LOCATION, "170794"));
    }

    @Test
    void aTwoWordBigPlaceTellsTheArticlesCountryWhenItsAdjectivesTie() {
        // one "Russian", one "Syrian": the city's own name, read as one, says which country the article is about
        assertThat(mentions("Activists in Deir Ezzor said that Russian and Syrian jets raided Deir Ezzor on Monday."))
                .filteredOn(m -> m.text().equals("Deir Ezzor"))
                .extracting(Mention::type, m -> m.ref().orElse(""))
                .containsOnly(tuple(EntityType.LOCATION, "170794")).isNotEmpty();
    }

    @Test
    void theProvinceOfTheSameNameIsTheTownsProvinceAndTheProvinceAfterItMeansIt() {
        assertThat(mentions("A bomb exploded in Hasakeh city on Monday. Hasakeh city is the capital of the province of "
                + "the same name. Nearly all of the province is controlled by Kurdish fighters."))
                .filteredOn(m -> m.text().equals("province"))
                .extracting(Mention::canonical, m -> m.ref().isPresent())
                .containsExactly(tuple("Hasakeh province", false), tuple("Hasakeh province", false));
        // the wrong reading: an area with an "of" phrase of another kind is no namesake of the town before it
        assertThat(mentions("Hasakeh city is the capital of the province of the Kurds."))
                .filteredOn(m -> m.text().equals("province")).isEmpty();
    }

    @Test
    void theTownRefersBackToTheLastTownNamed() {
        assertThat(mentions("Ruined buildings stand in Kobani now that Kurdish forces have taken control of the town."))
                .filteredOn(m -> m.text().equals("town"))
                .extracting(Mention::type, Mention::canonical, m -> m.ref().orElse(""))
                .containsExactly(tuple(EntityType.LOCATION, "Kobani", "172256"));
    }

    @Test
    void theTownRefersBackToATownNamedWithWhatHoldsItNotToTheHolder() {
        // "the town of X in Y": Y only says where X lies, and the story is about X
        assertThat(mentions("Militants forced residents out of their homes in the town of Abu Hamam in rural Deir "
                + "Ezzor. They executed 367 people in the town."))
                .filteredOn(m -> m.text().equals("town") && m.start() > 90)
                .extracting(Mention::canonical).containsExactly("Abu Hamam");
        // with no town held in it, the city is still the town meant
        assertThat(mentions("Militants forced residents out of their homes in rural Deir Ezzor. They executed 367 "
                + "people in the town."))
                .filteredOn(m -> m.text().equals("town"))
                .extracting(Mention::canonical).containsExactly("Deir Ezzor");
    }

    @Test
    void aPlaceRunOnIntoTheNextSentencesFirstWordIsThePlace() {
        // a headline run on into the text: the NER sweeps the next sentence's first word into the name
        List<Mention> glued = mentions("Rebels shelled Hama on Monday. At least 57 civilians killed in continued "
                + "terrorist attacks on Aleppo Also snipers opened fire on locals in the city.");
        assertThat(glued).extracting(Mention::text).doesNotContain("Aleppo Also");
        assertThat(glued).filteredOn(m -> m.text().equals("Aleppo")).extracting(m -> m.ref().orElse(""))
                .containsExactly("170063");
        // a name the tagger reads as a name stays whole, and so does a site named after its town
        assertThat(mentions("Rebels shelled Hama on Monday. Jets struck Deir Ezzor on Tuesday."))
                .extracting(Mention::text).contains("Deir Ezzor");
        assertThat(mentions("Kurdish forces fought in Erbil on Monday. They retook the Mosul Dam on Tuesday."))
                .extracting(Mention::text).contains("Mosul Dam").doesNotContain("Mosul");
    }

    @Test
    void theTownRefersBackPastAGovernorateSpelledGovernate() {
        // "governate", a common spelling of "governorate", makes the province no town for "the town" to mean
        assertThat(mentions("Manbij is a market town in the Aleppo governate, where the group flies its flag. The "
                + "militants have controlled the town since January 2014."))
                .filteredOn(m -> m.text().equals("town") && m.start() > 80)
                .extracting(Mention::canonical).containsExactly("Manbij");
    }

    @Test
    void aFaithOrPeopleBeforeATownNounSaysWhoLivesThereAndNamesNoPlace() {
        // the wrong reading made "Sunni" an unlisted town of Syria
        assertThat(mentions("Jets struck Idlib on Monday. If the army cuts the road, the Sunni town will be isolated."))
                .filteredOn(m -> m.text().equals("Sunni")).extracting(Mention::type).doesNotContain(EntityType.LOCATION);
        // a name the gazetteer lacks that the text calls a town is still one
        assertThat(mentions("Jets struck Idlib on Monday. If the army cuts the road, the Hass town will be isolated."))
                .filteredOn(m -> m.text().equals("Hass")).extracting(Mention::type)
                .containsExactly(EntityType.LOCATION);
    }

    @Test
    void theTownAfterAnUnknownNameInAPlaceSlotIsThatPlaceNotATownNamedBefore() {
        // the wrong reading took "the town" for Raqqa, named the sentence before
        assertThat(mentions("Kurdish-led fighters are advancing on Raqqa. Government forces launched an attack on "
                + "Hawijat on Sunday, retaking the town from the Kurdish-led fighters."))
                .filteredOn(m -> m.text().equals("town")).isEmpty();
        // with no other name between them, the town is still the one named before
        assertThat(mentions("Kurdish-led fighters are advancing on Raqqa. Government forces launched an attack on "
                + "Sunday, retaking the town from the Kurdish-led fighters."))
                .filteredOn(m -> m.text().equals("town")).extracting(Mention::canonical).containsExactly("Raqqa");
    }

    @Test
    void sidesDescribedByTheirBackersOrTheirSoldiersAreTheKnowledgeBasesActors() {
        assertThat(mentions("Kurdish forces battled Turkish-backed Syrian fighters near the border on Thursday, and "
                + "government soldiers shelled the town."))
                .extracting(Mention::text, m -> m.ref().orElse(""))
                .contains(tuple("Turkish-backed Syrian fighters", "SNA"), tuple("government soldiers", "SYR"));
    }

    @Test
    void theTownRefersBackToATownTheGazetteerLacksNamedAfterAListedOneButTheProvinceNeverDoes() {
        assertThat(mentions("A resident of Homs said gunmen killed ten men in the town of Bab Tarwa when they stormed "
                + "the town on Monday."))
                .filteredOn(m -> m.text().equals("town"))
                .extracting(Mention::type, Mention::canonical, m -> m.ref().orElse(""))
                .containsExactly(tuple(EntityType.LOCATION, "Bab Tarwa", ""));
        assertThat(mentions("Troops advanced on the town of Bab Tarwa on Monday. More units were sent to the province."))
                .filteredOn(m -> m.text().equals("province")).isEmpty();
    }

    @Test
    void theAreaRefersBackToARegionItsOwnSentenceNamesButTheTownNeverDoes() {
        assertThat(mentions("Rebels in Eastern Ghouta have endured a long regime siege of the area."))
                .filteredOn(m -> m.text().equals("area"))
                .extracting(Mention::type, Mention::canonical, m -> m.ref().isPresent())
                .containsExactly(tuple(EntityType.LOCATION, "Eastern Ghouta", false));
        assertThat(mentions("Troops shelled Eastern Ghouta on Monday before they entered the town."))
                .filteredOn(m -> m.text().equals("town")).isEmpty();
    }

    @Test
    void theAreaAfterATownInARegionIsTheTownTheMostSpecificPlace() {
        // before, "the area" was the region named last, so the town's capture claimed the whole province
        assertThat(mentions("Kurdish fighters marched in Tel Abyad in the Raqqa governorate after they said they had "
                + "taken control of the area in June."))
                .filteredOn(m -> m.text().equals("area"))
                .extracting(Mention::canonical).containsExactly("Tel Abyad");
    }

    @Test
    void theProvinceRefersBackToTheLastProvinceNamedAndTheTownNeverToAProvince() {
        assertThat(mentions("Troops advanced in Hama province on Monday. More units were sent to the province."))
                .filteredOn(m -> m.text().equals("province"))
                .extracting(Mention::type, Mention::canonical, m -> m.ref().isPresent())
                .containsExactly(tuple(EntityType.LOCATION, "Hama province", false));
        assertThat(mentions("Troops advanced in Hama province on Monday. The town was shelled."))
                .filteredOn(m -> m.text().equals("town")).isEmpty();
    }

    @Test
    void aCountryAVerbSendsSomethingToIsAPlaceAndACountryANounGoesToIsNot() {
        assertThat(mentions("The Pentagon sent two hundred more soldiers to Iraq on Tuesday."))
                .filteredOn(m -> m.text().equals("Iraq"))
                .extracting(Mention::canonical, m -> m.lat().isPresent())
                .containsExactly(tuple("Iraq", true));
        assertThat(mentions("The Pentagon announced new aid to Iraq on Tuesday."))
                .filteredOn(m -> m.text().equals("Iraq"))
                .extracting(Mention::canonical, m -> m.lat().isPresent())
                .containsExactly(tuple("Iraq", false));
    }

    @Test
    void aCountryAnAirDeedIsOverIsItsPlaceButACountryATalkIsOverIsNot() {
        assertThat(mentions("Warplanes operating over Syria struck a convoy on Friday."))
                .filteredOn(m -> m.text().equals("Syria"))
                .extracting(Mention::canonical, m -> m.lat().isPresent())
                .containsExactly(tuple("Syria", true));
        assertThat(mentions("The two envoys held talks over Syria on Friday."))
                .filteredOn(m -> m.text().equals("Syria"))
                .extracting(Mention::canonical, m -> m.lat().isPresent())
                .containsExactly(tuple("Syria", false));
    }

    @Test
    void aCapitalOwningASiteWhereSomethingHappensIsTheCityButACapitalOwningAnAllyIsTheState() {
        assertThat(mentions("A car bomb outside Damascus's main bus station killed ten people."))
                .filteredOn(m -> m.text().equals("Damascus"))
                .extracting(Mention::type, m -> m.ref().orElse(""))
                .containsExactly(tuple(EntityType.LOCATION, "170654"));
        assertThat(mentions("Rebels attacked Damascus's allies near the border."))
                .filteredOn(m -> m.text().equals("Damascus"))
                .extracting(Mention::type).containsExactly(EntityType.COUNTRY);
    }

    @Test
    void aLineOfNamesIsNoTitleCaseHeadingAndItsNamesStand() {
        assertThat(mentions("Tiger Woods, Loren Roberts, Steve Stricker"))
                .extracting(Mention::text, Mention::type)
                .containsExactly(tuple("Tiger Woods", EntityType.PERSON), tuple("Loren Roberts", EntityType.PERSON),
                        tuple("Steve Stricker", EntityType.PERSON));
    }

    @Test
    void aTeamNamedAfterACityStaysAnOrganisationOutsideAPlacesContext() {
        // "to Baltimore" is the city; "Baltimore 's Eddie Murray" and "against Detroit" are the teams
        assertThat(mentions("The Orioles flew from Chicago to Baltimore on Friday. Baltimore 's Eddie Murray hit his "
                + "500th home run against Detroit."))
                .extracting(Mention::text, Mention::type)
                .containsExactly(tuple("Orioles", EntityType.ORGANIZATION), tuple("Chicago", EntityType.LOCATION),
                        tuple("Baltimore", EntityType.LOCATION), tuple("Baltimore", EntityType.ORGANIZATION),
                        tuple("Eddie Murray", EntityType.PERSON), tuple("Detroit", EntityType.ORGANIZATION));
    }

    @Test
    void aPersonNamedLikeAPlaceElsewhereInTheArticleStaysThePerson() {
        assertThat(mentions("Wang Donghai was sent to a labour camp in Hangzhou, near the town of Wang . Police told "
                + "Wang 's family."))
                .extracting(Mention::text, Mention::type)
                .containsExactly(tuple("Wang Donghai", EntityType.PERSON), tuple("Hangzhou", EntityType.LOCATION),
                        tuple("Wang", EntityType.LOCATION), tuple("Wang", EntityType.PERSON));
    }

    @Test
    void aSurnameTheTaggerMissedIsThePersonNamedInFullWhereItActs() {
        // the tagger reads the second "Holder" as a noun; the full name before says who acts
        assertThat(mentions("Attorney General Eric Holder spoke in Oslo. Holder urged other countries to copy the law."))
                .filteredOn(m -> m.text().equals("Holder"))
                .extracting(Mention::type, Mention::canonical).containsExactly(tuple(EntityType.PERSON, "Eric Holder"));
        // a surname that does not act, or one inside a longer name, names no one
        assertThat(mentions("Attorney General Eric Holder spoke in Oslo. The Holder family and the court in The Holder "
                + "met. Holder of the record, he said."))
                .filteredOn(m -> m.text().equals("Holder")).isEmpty();
    }

    @Test
    void aFirstNameAloneIsTheOnePersonOfTheArticleSoNamed() {
        assertThat(mentions("Ed Kassig and Paula Kassig spoke to reporters. Ed said their son was brave."))
                .filteredOn(m -> m.text().equals("Ed"))
                .extracting(Mention::canonical).containsExactly("Ed Kassig");
        assertThat(mentions("Peter Hall met Peter Cole on Monday. Peter said the talks went well."))
                .filteredOn(m -> m.text().equals("Peter"))
                .extracting(Mention::canonical).containsExactly("Peter");
    }

    @Test
    void aSurnameWithoutItsJoinedParticleIsThePersonNamedInFull() {
        assertThat(mentions("Prime Minister Nouri al-Maliki spoke on Monday. Maliki said he would stay."))
                .filteredOn(m -> m.text().equals("Maliki"))
                .extracting(Mention::canonical).containsExactly("Nouri al-Maliki");
        assertThat(mentions("Sami Ould-Salem spoke on Monday. Salem said the talks went well."))
                .filteredOn(m -> m.text().equals("Salem"))
                .extracting(Mention::canonical).containsExactly("Salem");
    }

    @Test
    void aStatesNameInsideAPersonsNameIsNoState() {
        assertThat(mentions("Neil Jordan said the film took ten years to make."))
                .extracting(Mention::text, Mention::type)
                .containsExactly(tuple("Neil Jordan", EntityType.PERSON));
    }

    @Test
    void aSurnameEndingALongerSpellingOfAKnownPersonsNameIsThatPersonWholeName() {
        assertThat(mentions("Tillerson will meet Russian Foreign Minister Sergey Lavrov on Tuesday."))
                .filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(Mention::text, Mention::canonical)
                .contains(tuple("Sergey Lavrov", "Sergei Lavrov"));
    }

    @Test
    void aCourtesyTitleBeforeAKnownSurnameIsThatPersonAndAnotherGivenNameIsNot() {
        assertThat(mentions("Last week, Mr. Trump overruled his generals on Syria."))
                .filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(Mention::text, Mention::canonical)
                .containsExactly(tuple("Mr. Trump", "Donald Trump"));
        // a given name of another initial is another person of that surname
        assertThat(mentions("Last week, Ivanka Trump visited the border."))
                .filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(Mention::canonical)
                .doesNotContain("Donald Trump");
    }

    @Test
    void theUnSecretaryGeneralsNameLinksWithOrWithoutItsHyphen() {
        assertThat(mentions("U.N. Secretary-General Ban Ki Moon condemned the attack on Monday."))
                .filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(Mention::canonical)
                .containsExactly("Ban Ki-moon");
    }

    @Test
    void nusrasLaterNameLinksToNusraButTheAllianceItJoinedStaysItself() {
        assertThat(mentions("Fighters of the Fateh al-Sham Front attacked an army post near Idlib on Monday."))
                .extracting(m -> m.ref().orElse(""))
                .contains("NUS");
        // the alliance Nusra joined later is a group of its own
        assertThat(mentions("Fighters of Hayat Tahrir al-Sham attacked an army post near Idlib on Monday."))
                .extracting(m -> m.ref().orElse(""))
                .contains("HTS").doesNotContain("NUS");
        // nor is the Palestinian movement whose name shares a word with it
        assertThat(mentions("Fatah and Hamas signed a reconciliation deal in Cairo on Thursday."))
                .extracting(m -> m.ref().orElse(""))
                .doesNotContain("NUS");
    }

    @Test
    void kurdishForcesInAnArticleAboutIraqAreThePeshmergaUnlessItNamesTheYpg() {
        assertThat(mentions("Kurdish forces retook two villages near Mosul on Sunday, officials in Baghdad said. The "
                + "Kurds had asked Baghdad for heavier weapons."))
                .filteredOn(m -> m.text().equals("Kurdish forces") || m.text().equals("Kurds"))
                .extracting(m -> m.ref().orElse(""))
                .containsOnly("PESH");
        // told of Syria, the same words are the YPG
        assertThat(mentions("Kurdish forces retook two villages near Raqqa on Sunday, officials in Damascus said."))
                .filteredOn(m -> m.text().equals("Kurdish forces") || m.text().equals("Kurds"))
                .extracting(m -> m.ref().orElse(""))
                .containsOnly("YPG");
        // in an article about Iraq, Kurds its words or places put in Syria are the YPG
        assertThat(mentions("Kurdish forces retook two villages near Mosul on Sunday, officials in Baghdad said. "
                + "Syrian Kurds held a rally in Erbil. Kurdish forces also shelled a village near Raqqa."))
                .filteredOn(m -> m.text().equals("Kurdish forces") || m.text().equals("Syrian Kurds"))
                .extracting(m -> m.ref().orElse(""))
                .containsExactly("PESH", "YPG", "YPG");
        // an article about Iraq that names the YPG means it by its descriptions too
        assertThat(mentions("Kurdish forces retook two villages near Mosul on Sunday, officials in Baghdad said. The "
                + "YPG had crossed from Syria a week before."))
                .filteredOn(m -> m.text().equals("Kurdish forces") || m.text().equals("Kurds"))
                .extracting(m -> m.ref().orElse(""))
                .containsOnly("YPG");
    }

    @Test
    void kurdishForcesWhoseSentencePlacesThemInIraqAreThePeshmergaInAnArticleAboutSyria() {
        // the wrong reading kept the YPG: a sentence set in another country than the article's was left as resolved
        assertThat(mentions("Government forces shelled Raqqa and Deir Ezzor on Monday, activists in Damascus said. "
                + "Across the border, Kurdish forces retook two villages near Mosul. Kurdish forces also held Kobani."))
                .filteredOn(m -> m.text().equals("Kurdish forces"))
                .extracting(m -> m.ref().orElse(""))
                .containsExactly("PESH", "YPG");
    }

    @Test
    void thePeshmergaSpelledAsTwoWordsIsThePeshmerga() {
        assertThat(mentions("The pesh merga pushed the militants out of the town near Erbil on Friday."))
                .extracting(m -> m.ref().orElse(""))
                .contains("PESH");
    }

    @Test
    void aStatesInstitutionIsAnOrganisationAndANameTheNerReadsAsOtherStaysOtherWithItsActor() {
        assertThat(mentions("Pentagon spokesman Doug Kennett said civilians were killed in U.S.-led air strikes."))
                .extracting(Mention::text, Mention::type, m -> m.ref().orElse(""))
                .contains(tuple("Pentagon", EntityType.ORGANIZATION, "USA"),
                        tuple("U.S.-led", EntityType.MISC, "COAL"));
    }

    @Test
    void theEndOfAFullNameElsewhereInTheArticleIsThatPersonWhereTheNerSawAPlaceOrAState() {
        assertThat(mentions("Neil Jordan said the film took ten years to make. Jordan said he never lost sleep over it. "
                + "Aung San Suu Kyi told reporters at her Rangoon home that Suu Kyi would not be silenced."))
                .extracting(Mention::text, Mention::type, Mention::canonical)
                .contains(tuple("Jordan", EntityType.PERSON, "Neil Jordan"),
                        tuple("Suu Kyi", EntityType.PERSON, "Aung San Suu Kyi"));
    }

    @Test
    void aStatesOwnNameTheNerCallsAnOrganisationIsTheCountry() {
        assertThat(mentions("UNITED STATES - Prices of U.S. Treasury securities were lower on Friday."))
                .extracting(Mention::text, Mention::type)
                .contains(tuple("UNITED STATES", EntityType.COUNTRY));
    }

    @Test
    void anActorsNameIsTheNameWithoutTheArticleBeforeIt() {
        assertThat(mentions("Turkish jets struck the Kurds near Afrin on Friday."))
                .extracting(Mention::text, Mention::type)
                .contains(tuple("Kurds", EntityType.MISC));
    }

    @Test
    void aDescriptionOfAnActorHoldsTheNameItOpensWith() {
        assertThat(mentions("Iraqi troops shelled Arbil as 2,000 U.S. troops stood by."))
                .extracting(Mention::text, Mention::type)
                .contains(tuple("Iraqi troops", EntityType.ORGANIZATION), tuple("Iraqi", EntityType.NATIONALITY),
                        tuple("U.S. troops", EntityType.ORGANIZATION), tuple("U.S.", EntityType.COUNTRY));
    }

    @Test
    void anActorsNameInACompoundModifierIsTheActorAndTheRestNoName() {
        assertThat(mentions("Kurdish fighters advanced into Islamic State-held villages near Raqqa."))
                .extracting(Mention::text, m -> m.ref().orElse(""))
                .contains(tuple("Islamic State", "ISIS"))
                .noneMatch(m -> m.toList().get(0).toString().contains("held"));
    }

    @Test
    void givenNamesOfAKnownPersonBeforeHisSurnameAreHisAndAnothersAreNot() {
        assertThat(mentions("Turkish President Tayyip Erdogan met Hafez al-Assad ."))
                .extracting(Mention::text, Mention::canonical)
                .contains(tuple("Tayyip Erdogan", "Recep Tayyip Erdoğan"), tuple("Hafez al-Assad", "Hafez al-Assad"));
    }

    @Test
    void namesAfterALabelInCapitalsStandAndATitleCaseHeadingKeepsOnlyWhatTheKnowledgeLinks() {
        assertThat(mentions("PAYING AGENT : Michigan National Bank")).extracting(Mention::text, Mention::type)
                .containsExactly(tuple("Michigan National Bank", EntityType.ORGANIZATION));
        assertThat(mentions("A Turkish Pivot on the Syrian Crisis")).isEmpty();
    }

    @Test
    void aMonthTheTimeFinderTypedIsNoPlaceThoughATownBearsItsName() {
        assertThat(mentions("Shootings in Chicago and Detroit rose in August , police said ."))
                .extracting(Mention::text)
                .containsExactly("Chicago", "Detroit");
    }

    @Test
    void aBylineWithATelephoneNumberIsNoHeadingAndItsNamesStand() {
        assertThat(mentions("-- Harry Milling , New York Energy Desk , +1 212-859-1761"))
                .extracting(Mention::text, Mention::type)
                .contains(tuple("Harry Milling", EntityType.PERSON));
    }

    @Test
    void anOpeningBracketIsNoPartOfTheNameAfterIt() {
        assertThat(mentions("Hizbollah ( Party of God ) gunmen fired rockets ."))
                .extracting(Mention::text)
                .containsExactly("Hizbollah", "Party of God");
    }

    @Test
    void aWordNamingPartOfACountryIsNoNameButTheRestOfALongerPlaceNameIsThePlaces() {
        assertThat(mentions("Northern Iraq has been under Kurdish control . Hong Kong has the largest port on the "
                + "South China coast ."))
                .filteredOn(m -> m.type() == EntityType.LOCATION || m.type() == EntityType.COUNTRY)
                .extracting(Mention::text)
                .containsExactly("Iraq", "Hong Kong", "South China");
    }

    @Test
    void theNameACompanysFullNameOpensWithIsThatCompanyWhateverTheTaggerReadInIt() {
        assertThat(mentions("Magna International Inc agreed to buy the seat maker . It should give Magna the critical "
                + "mass to be a bigger player in that market ."))
                .filteredOn(m -> m.text().equals("Magna"))
                .extracting(Mention::type, Mention::canonical)
                .containsExactly(tuple(EntityType.ORGANIZATION, "Magna International Inc"));
    }

    @Test
    void twoNamesTheTaggerJoinedByAConjunctionAreTwoWhereTheArticleNamesEach() {
        assertThat(mentions("Mercantile Bancorp Inc. and Commerce Bancshares Inc. are seen as targets . \" Now the most "
                + "coveted bank out there is Mercantile , \" Weber said . Mercantile and Commerce did not return phone "
                + "calls seeking comment ."))
                .extracting(Mention::text, Mention::type)
                .contains(tuple("Mercantile", EntityType.ORGANIZATION), tuple("Commerce", EntityType.ORGANIZATION))
                .noneMatch(m -> m.toList().get(0).toString().contains(" and "));
    }

    @Test
    void aRegnalNumberIsPartOfThePersonsName() {
        assertThat(mentions("1930 - Belgian King Baudouin I born . He succeeded to the throne in 1951 ."))
                .extracting(Mention::text, Mention::type)
                .contains(tuple("Baudouin I", EntityType.PERSON));
    }

    @Test
    void aNameTheGazetteerLacksThatTheTextCallsATownIsAPlaceWithNoIdButANeighbourhoodOrACutNameIsNot() {
        assertThat(mentions("Government jets struck a market in the town of Bab Tarwa in rural Idlib on Monday."))
                .filteredOn(m -> m.text().equals("Bab Tarwa"))
                .extracting(Mention::type, m -> m.ref().orElse(""), m -> m.lat().isPresent())
                .containsExactly(tuple(EntityType.LOCATION, "", true));
        // an analyst places a neighbourhood at its city: the name stays unplaced
        assertThat(mentions("Government jets bombed rebel positions in the Zahra neighbourhood of Idlib on Monday."))
                .filteredOn(m -> m.text().equals("Zahra")).allSatisfy(m -> assertThat(m.lat()).isEmpty());
        // the end of a name the recognizer cut ("Urum al Kubra") is no town of its own
        assertThat(mentions("War jets also struck Urum al Kubra town in opposition-held western Aleppo countryside "
                + "where five civilians were killed."))
                .filteredOn(m -> m.text().equals("Kubra")).allSatisfy(m -> assertThat(m.lat()).isEmpty());
    }

    @Test
    void aNamedFacilityTheGazetteerLacksIsAPlaceByItsWholeNameButAnAdjectivesOrAKnownTownsIsNot() {
        // an analyst writes such a site by its own name: a place with no id, not a person a deed is done to
        assertThat(mentions("Rebels shelled the Zaara generating station north of Homs on Monday, and missiles hit "
                + "the Ain al-Asad air base in Iraq."))
                .filteredOn(m -> m.lat().isPresent() && m.ref().isEmpty())
                .extracting(Mention::canonical, Mention::type)
                .contains(tuple("Zaara generating station", EntityType.LOCATION),
                        tuple("Ain al-Asad air base", EntityType.LOCATION));
        // an adjective names no site, and a known town's airport is the town's
        assertThat(mentions("Jets struck a Kurdish camp near Homs, and police raised security at Los Angeles "
                + "International Airport."))
                .filteredOn(m -> m.text().endsWith("camp") || m.text().endsWith("Airport"))
                .allSatisfy(m -> assertThat(m.lat()).isEmpty());
    }
}
