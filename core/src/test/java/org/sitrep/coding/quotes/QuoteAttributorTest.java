package org.sitrep.coding.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** Direct quotes and their speakers on short real-news paragraphs. */
class QuoteAttributorTest {
    private static List<Quote> quotes(String text) {
        return SharedModels.extractor().apply(Samples.news(text, LocalDate.of(2016, 12, 13))).quotes();
    }

    @Test
    void aSpeechVerbAfterTheQuoteNamesItsSpeaker() {
        assertThat(quotes("“We will not leave Aleppo to the terrorists,” Bashar al-Assad said on Monday."))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("We will not leave Aleppo to the terrorists,", "Bashar al-Assad"));
    }

    @Test
    void anArticleWithoutDoubleMarksQuotesWithSingleOnes() {
        assertThat(quotes("'It was unconventional what I did. I said they're going to have to fight a little while,' "
                + "Trump said. The Kurds' positions near the border were shelled, the Turkish army said."))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("It was unconventional what I did. I said they're going to have to fight a "
                        + "little while,", "Donald Trump"));
    }

    @Test
    void singleMarksInAnArticleWithDoubleOnesAreNoQuotes() {
        assertThat(quotes("\"We will not leave Aleppo,\" Bashar al-Assad said. Rebels called the offer 'a trap set "
                + "for our fighters' on Monday."))
                .extracting(Quote::text).containsExactly("We will not leave Aleppo,");
    }

    @Test
    void doubleMarksWrittenAsTwoSingleOnesAreNoSingleMarkQuotes() {
        assertThat(quotes("Such income ''is highly concentrated among the top earners,'' said Lily Batchelder, a law "
                + "professor. She said 'reform' would come.")).isEmpty();
    }

    @Test
    void aCurlyOpeningMarkClosedByAStraightOneEndsTheQuoteThere() {
        assertThat(quotes("Ahmed Mohammed lives in Fallujah. “Life here is very hard,\" Mohammed said. "
                + "“Families visit the market only on quiet days without shelling.”"))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("Life here is very hard,", "Ahmed Mohammed"),
                        tuple("Families visit the market only on quiet days without shelling.", "Ahmed Mohammed"));
    }

    @Test
    void thePersonInsideATitledSubjectSpeaksNotTheBodyThatTitlesThem() {
        assertThat(quotes("The US-led coalition commander Lt. Gen. Stephen Townsend said that \"we probably had a "
                + "role\" in high casualties in Mosul."))
                .extracting(Quote::speaker).containsExactly("Stephen Townsend");
    }

    @Test
    void theSpeechVerbTheQuoteHangsOnBeatsANearerOne() {
        assertThat(quotes("The Kurdish SDF said Sunday that the Turkish assault held up the raid “by over a "
                + "month,” yet aided by Kurdish spies, the United States confirmed where he hid."))
                .extracting(Quote::speaker).containsExactly("Syrian Democratic Forces");
    }

    @Test
    void aSayingInsideAnEarlierQuoteDoesNotMakeItsSubjectTheRunningSpeaker() {
        assertThat(quotes("John Kerry spoke to reporters in Geneva on Monday. Kerry said: “Sergei Lavrov told me "
                + "that the talks would go on.” He said “the ceasefire must hold across the whole country.”"))
                .extracting(Quote::speaker).containsExactly("John Kerry", "John Kerry");
    }

    @Test
    void aPronounSpeakerIsResolvedToThePersonNamedBefore() {
        assertThat(quotes("Turkish President Recep Tayyip Erdoğan spoke in Istanbul. “Damascus is the final "
                + "destination,” he said.")).extracting(Quote::speaker).containsExactly("Recep Tayyip Erdoğan");
    }

    @Test
    void eachQuoteKeepsTheWordsThatNameItsSpeakerAtItsAttribution() {
        String text = "Turkish President Recep Tayyip Erdoğan spoke in Istanbul. “Damascus is the final "
                + "destination,” he said. “We are ready,” said Ibrahim Kalin, his spokesman. "
                + "“The talks will go on,” a senior official said.";
        assertThat(quotes(text)).extracting(Quote::speaker, q -> q.speakerWords().orElseThrow().of(text))
                .containsExactly(tuple("Recep Tayyip Erdoğan", "he"), tuple("Ibrahim Kalin", "Ibrahim Kalin"),
                        tuple("a senior official", "a senior official"));
    }

    @Test
    void aLastNameAloneIsThePersonNamedInFullBefore() {
        assertThat(quotes("Senator Marco Rubio spoke on Tuesday. \"I have said it many times: there are real steps "
                + "we must take right now,\" Rubio said."))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("I have said it many times: there are real steps we must take right now,",
                        "Marco Rubio"));
    }

    @Test
    void anOfficeWithTheArticleIsThePersonTitledWithItBefore() {
        assertThat(quotes("President Barack Obama met Turkish Prime Minister Ahmet Davutoglu on Sunday. Both men "
                + "spoke about Syria.\n\"We will not be deterred by those who want to kill the innocent,\" the "
                + "president said."))
                .extracting(Quote::speaker).containsExactly("Barack Obama");
    }

    @Test
    void aQuotedNameIsNoQuote() {
        assertThat(quotes("The rebels formed the “Southern Operations Room” in Daraa on Friday.")).isEmpty();
    }

    @Test
    void aTitledNameAfterAnInvertedSpeechVerbSpeaksNotACountryInTheQuote() {
        assertThat(quotes("The offensive went on in Iraq on Monday.\n“It kept growing until the militants fled "
                + "in Iraq, and then in Syria, where we hunted what was left of them in Syria,” said Col. Mark "
                + "Haller, a spokesman for the coalition."))
                .extracting(Quote::speaker).containsExactly("Mark Haller");
    }

    @Test
    void aSubjectInsideTheQuoteNeverSpeaksIt() {
        assertThat(quotes("Many states in the region \"see a use in keeping ISIS alive and feel no hurry to end it\" "
                + "since it harms their rivals, Professor Daniel Webb notes."))
                .extracting(Quote::speaker).containsExactly("Daniel Webb");
    }

    @Test
    void anAnswerIsSpokenByWhoAnswersNotByWhoAsked() {
        assertThat(quotes("On May 3, when Senator Tom Harlan asked whether the army was “watching the border,” "
                + "General Victor Price answered, “Not every mile of it.”"))
                .extracting(Quote::text, Quote::speaker)
                .contains(tuple("Not every mile of it.", "Victor Price"));
    }

    @Test
    void theAddresseeAfterAVerbWithASubjectOfItsOwnDoesNotSpeak() {
        assertThat(quotes("\"The minister was speaking of every ally who came to the meeting in Rome,\" the aide told "
                + "Reuters.")).extracting(Quote::speaker).doesNotContain("Reuters");
    }

    @Test
    void aSpeakingPronounIsTheRunningSpeakerNotAPersonMentionedSince() {
        assertThat(quotes("Senator Tom Holt spoke in Ohio on Monday.\n\nHolt also said Governor Mark Dunn \"deserves "
                + "credit for what the schools did.\"\n\nHe said the teachers \"did a stunning job, a truly "
                + "extraordinary job.\""))
                .extracting(Quote::speaker).containsExactly("Tom Holt", "Tom Holt");
    }

    @Test
    void aSpeakingPronounAfterADescribedSpeakerIsTheOneNamedSpeakingBefore() {
        assertThat(quotes("Higher taxes will hurt the farms, Sen. Tom Holt says. In his letter, the Ohio Republican, "
                + "a budget committee member, says Governor Mark Dunn did well to trim spending. \"Yet that "
                + "cannot be the only aim,\" he wrote."))
                .extracting(Quote::speaker).containsExactly("Tom Holt");
    }

    @Test
    void anOfficeOwnedByAPersonSpeaksForThem() {
        assertThat(quotes("French troops reached Erbil on Friday. A statement from President Emmanuel Macron's office "
                + "said the deployment \"answers a pressing request from the Kurdish regional government\"."))
                .extracting(Quote::speaker).containsExactly("Emmanuel Macron's office");
    }

    @Test
    void theFormerHolderOfAnOfficeIsThePersonTitledFormerNotTheOneInOffice() {
        assertThat(quotes("Former President Bill Clinton said Friday that the policy was sound. He had said earlier "
                + "that President Barack Obama should act.\n\nThe former president also said the reporting on his "
                + "words left him \"quite frankly astonished.\""))
                .extracting(Quote::speaker).containsExactly("Bill Clinton");
    }

    @Test
    void aSourceTheTextOnlyDescribesSpeaksAsDescribedForTheBodyItNames() {
        assertThat(quotes("A senior State Department official said on Monday that \"the talks will go on next week\"."))
                .extracting(Quote::speaker, q -> q.speakerRef().orElse("none"))
                .containsExactly(tuple("a senior State Department official", "USA"));
        assertThat(quotes("The report stated: \"The bombers had prepared the strike for ten days.\""))
                .extracting(Quote::speaker, q -> q.speakerRef().orElse("none"))
                .containsExactly(tuple("the report", "none"));
    }

    @Test
    void theOneQuotedAsSayingSpeaksNotTheNewspaperQuotingThem() {
        assertThat(quotes("The newspaper also quoted General Mike Jackson as saying: “We have a moral duty to help the "
                + "refugees.”"))
                .extracting(Quote::speaker).containsExactly("Mike Jackson");
    }

    @Test
    void theNearestVerbAQuoteHangsOnSpeaksItWhereOneClauseReportsAnother() {
        assertThat(quotes("The book said James Mattis told Trump he would “take care of it” the following day."))
                .extracting(Quote::speaker).containsExactly("James Mattis");
    }

    @Test
    void aSubjectInsideAnEarlierQuoteNeverSpeaksTheNextOne() {
        assertThat(quotes("UN relief chief Valerie Amos stressed that \"aid agencies continue to work in dangerous "
                + "places\" adding that \"sixty workers have been killed since the war began\"."))
                .extracting(Quote::speaker).containsExactly("Valerie Amos", "Valerie Amos");
    }

    @Test
    void whatASpeechVerbsClauseSaysIsNoDescribedSpeaker() {
        assertThat(quotes("Obama said Wednesday that diplomacy could still end the crisis, but added that every "
                + "nation \"must choose its own path from here\"."))
                .extracting(Quote::speaker).containsExactly("Barack Obama");
    }

    @Test
    void whoReportsSpeaksWhatTheyReport() {
        assertThat(quotes("\"The plot was stopped before anyone was hurt in the city,\" reports NBC News. "
                + "Correspondent Jane Doe reports: \"The prime minister says he will take the president to court.\""))
                .extracting(Quote::speaker).containsExactly("NBC News", "Jane Doe");
    }
    @Test
    void threeQuotedWordsASpeechVerbGovernsAreAQuote() {
        assertThat(quotes("Senator Jane Holloway said the ceasefire was \"a fragile beginning\" for the valley."))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("a fragile beginning", "Jane Holloway"));
    }

    @Test
    void twoQuotedWordsAreAScareQuoteNotAQuote() {
        assertThat(quotes("Senator Jane Holloway said the \"moderate rebels\" had left the valley.")).isEmpty();
    }

    @Test
    void aSpeakingParticipleSpeaksForTheSubjectOfTheMainVerb() {
        assertThat(quotes("Foreign Minister Adel Haddad rejected the plan on Monday, saying “no country will "
                + "decide our borders for us.”"))
                .extracting(Quote::speaker).containsExactly("Adel Haddad");
    }

    @Test
    void aParticipleDescribingAThingSpeaksForNoOneInTheMainClause() {
        assertThat(quotes("Protesters in the square burned a banner saying “the old regime must fall now.”"))
                .isEmpty();
    }

    @Test
    void aPersonNamedRightAfterTheQuoteSpeaksWhereTheVerbLostItsSubject() {
        assertThat(quotes("“The talks failed because nobody trusted anyone,” Maria Lindqvist, a researcher at a "
                + "Stockholm institute that studies the region, said by phone."))
                .extracting(Quote::speaker).containsExactly("Maria Lindqvist");
    }

    @Test
    void aPersonAfterTheQuoteDoesNotSpeakWhereTheVerbHasASubject() {
        assertThat(quotes("“Aid trucks entered the town at dawn,” residents told Leila Haddad, a reporter."))
                .extracting(Quote::speaker).containsExactly("residents");
    }

    @Test
    void anAttributionPhraseNamesTheSourceWhereNoSpeechVerbDoes() {
        assertThat(quotes("“The shelling lasted the whole night,” according to Karim Mansour, who runs the "
                + "clinic in the town."))
                .extracting(Quote::speaker).containsExactly("Karim Mansour");
    }

    @Test
    void anAttributionPhraseInsideTheQuoteIsTheQuotesOwn() {
        assertThat(quotes("Aid worker Nadia Saleh said: “According to the families, the water ran out on "
                + "Sunday.”"))
                .extracting(Quote::speaker).containsExactly("Nadia Saleh");
    }

    @Test
    void aSpeakingPronounWithNoAntecedentNearbyIsTheLastPersonQuoted() {
        assertThat(quotes("Ambassador Clara Weiss spoke at the council on Tuesday. “We cannot wait for another "
                + "report,” Weiss said. The council later voted on a motion about aid. Members debated the "
                + "wording for hours. The vote was close. Diplomats met again in the evening. The draft was "
                + "revised twice. “The answer must come this week,” she said."))
                .extracting(Quote::speaker).containsExactly("Clara Weiss", "Clara Weiss");
    }

    @Test
    void aSpeakingPronounWithNoOneQuotedBeforeHasNoSpeaker() {
        assertThat(quotes("“Nobody came to help us in those days,” she said.")).isEmpty();
    }
    @Test
    void twoQuotedWordsWithTheFullStopInsideAreStillAScareQuote() {
        assertThat(quotes("General Omar Bakri said the new tactics had been \"very effective.\"")).isEmpty();
    }

    @Test
    void twoQuotedWordsAfterACommaAreAReply() {
        assertThat(quotes("The senator asked whether the convoy had been searched. Colonel Ruth Adler answered, "
                + "“No, sir.”"))
                .extracting(Quote::text, Quote::speaker).containsExactly(tuple("No, sir.", "Ruth Adler"));
    }

    @Test
    void aPersonsStatementThatReadsSpeaksAsThePerson() {
        assertThat(quotes("“We will rebuild every school in the province,” Governor Lena Marsh’s statement read."))
                .extracting(Quote::speaker).containsExactly("Lena Marsh");
    }

    @Test
    void aTextWithNoPersonOwningItSpeaksAsDescribed() {
        assertThat(quotes("“The countdown for all of you has started,” the anonymous message read."))
                .extracting(Quote::speaker).containsExactly("the anonymous message");
    }
    @Test
    void anUnclosedQuoteDoesNotRunIntoTheNextParagraph() {
        assertThat(quotes("Mayor Hana Yusuf said the “town would hold out until help came.\n\nResidents fled on "
                + "Sunday. “We have had no water for a week,” Ali Hassan said."))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("We have had no water for a week,", "Ali Hassan"));
    }

    @Test
    void aQuoteWhoseNextParagraphReopensTheMarkRunsOnAsOneQuotePerParagraph() {
        assertThat(quotes("Ali Hassan spoke to reporters in the camp. “The first convoy never arrived.\n\n“The "
                + "second one was turned back at the bridge,” Hassan said."))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("The first convoy never arrived.", "Ali Hassan"),
                        tuple("The second one was turned back at the bridge,", "Ali Hassan"));
    }

    @Test
    void aStraightQuoteRunningOverParagraphsKeepsItsSpeakerInTheNextParagraph() {
        assertThat(quotes("Defence Minister Laura Stein said on Monday: \"The ceasefire has held in the south for a "
                + "week.\n\n\"We expect the talks to resume in Geneva next month.\""))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("The ceasefire has held in the south for a week.", "Laura Stein"),
                        tuple("We expect the talks to resume in Geneva next month.", "Laura Stein"));
    }

    @Test
    void aStraightQuoteLeftOpenWhereTheNextParagraphDoesNotReopenItIsNoQuote() {
        assertThat(quotes("Defence Minister Laura Stein said on Monday: \"The ceasefire has held in the south for a "
                + "week.\n\nThe talks resume in Geneva next month."))
                .isEmpty();
    }
    @Test
    void aQuoteAColonIntroducesIsSaidByTheSubjectBeforeTheColon() {
        assertThat(quotes("Governor Samir Attar made a blunt announcement about the dam on Monday: “The water "
                + "will run again by spring.”"))
                .extracting(Quote::speaker).containsExactly("Samir Attar");
    }

    @Test
    void aColonAfterAClauseWithNoVerbNamesNoSpeaker() {
        assertThat(quotes("The demands of the families were simple: “open the crossing and release the prisoners "
                + "now.”")).isEmpty();
    }
    @Test
    void aVerbThatVoicesTheQuotedWordsItGovernsNamesTheirSpeaker() {
        assertThat(quotes("Senator Omar Reyes praised the rescue teams for \"working through the night without "
                + "rest.\""))
                .extracting(Quote::speaker).containsExactly("Omar Reyes");
    }

    @Test
    void aVoicingVerbInAnotherSentenceNamesNoSpeaker() {
        assertThat(quotes("Senator Omar Reyes praised the volunteers. The “convoy of trucks and buses” left the "
                + "city on Friday.")).isEmpty();
    }

    @Test
    void anOutletThatRelaysTheWordsIsNoSpeakerOfTheNextQuote() {
        assertThat(quotes("“The talks have to go on,” Foreign Minister Omar Reyes told reporters in Rome on "
                + "Tuesday, Reuters reported. “Nobody gains from walking away.”"))
                .extracting(Quote::speaker).containsExactly("Omar Reyes", "Omar Reyes");
    }

    @Test
    void anOutletWhoseVerbCarriesTheQuoteStillSpeaksIt() {
        assertThat(quotes("Reuters reported that the convoy had been “turned back at the last checkpoint.”"))
                .extracting(Quote::speaker).containsExactly("Reuters");
    }

    @Test
    void aPersonNamedAfterTheQuoteBeatsTheDescriptionTheParserTookForTheSubject() {
        assertThat(quotes("“The pullout came far too early,” Col. Mark Hensley, author of a book about the war, "
                + "tells the magazine. “Nobody had planned for the day after.”"))
                .extracting(Quote::speaker).containsExactly("Mark Hensley", "Mark Hensley");
    }

    @Test
    void aDescribedSpeakerAfterTheQuoteStaysDescribedWhereNoNameComesFirst() {
        assertThat(quotes("“The pullout came far too early,” a retired colonel who wrote a book about the war "
                + "tells the magazine."))
                .extracting(Quote::speaker).containsExactly("a retired colonel");
    }

    @Test
    void aVerbOfDismissingVoicesTheWordsItGoverns() {
        assertThat(quotes("Defense Secretary Jim Mattis dismissed the memoir as “a work of pure fiction”."))
                .extracting(Quote::speaker).containsExactly("Jim Mattis");
    }

    @Test
    void aDismissalWithNoSubjectNamesNoSpeaker() {
        assertThat(quotes("The memoir was dismissed as “a work of pure fiction” by many readers.")).isEmpty();
    }

    @Test
    void aSpeakingPronounAfterASourceDescribedAsAPersonIsThatSource() {
        assertThat(quotes("A military source told the agency that the assault was large. “They are firing rockets "
                + "from three sides,” he said."))
                .extracting(Quote::speaker).containsExactly("a military source");
    }

    @Test
    void aSpeakingPronounAfterADoctorWhoSpokeIsTheDoctorNotAPlaceNamedSince() {
        assertThat(quotes("Bashar al-Assad visited the ward on Monday. The doctor said the hospital in Zabadani was "
                + "shelled twice. “We have no fuel for the generators,” he said."))
                .extracting(Quote::speaker).containsExactly("the doctor");
    }

    @Test
    void aSpeakingPronounIsNotASourceDescribedAsAThing() {
        assertThat(quotes("Omar Reyes visited the camp on Monday. The report said the camp was full. “They are "
                + "sleeping in the open,” he said."))
                .extracting(Quote::speaker).containsExactly("Omar Reyes");
    }

    @Test
    void aQuoteStandingAloneAfterAPersonsDeedIsThatPersons() {
        assertThat(quotes("President Omar Reyes ordered two strikes on the airfield. “We are ready to strike again "
                + "if the shelling goes on.”"))
                .extracting(Quote::speaker).containsExactly("Omar Reyes");
    }

    @Test
    void aQuoteStandingAloneAfterADeedOfNoPersonHasNoSpeaker() {
        assertThat(quotes("The army ordered two strikes on the airfield. “We are ready to strike again if the "
                + "shelling goes on.”")).isEmpty();
    }

    @Test
    void aQuoteStandingAloneInTheNextParagraphIsNotTheActingPersons() {
        assertThat(quotes("President Omar Reyes ordered two strikes on the airfield.\n\n“We are ready to strike "
                + "again if the shelling goes on.”")).isEmpty();
    }

    @Test
    void aStatesAgencySpeaksUnderItsOwnNameForTheState() {
        assertThat(quotes("Central Command told reporters on Friday that “its jets destroyed four tanks near the "
                + "dam.”"))
                .extracting(Quote::speaker, q -> q.speakerRef().orElse("-"))
                .containsExactly(tuple("Central Command", "USA"));
    }

    @Test
    void aStateNamedByItsOwnNameSpeaksAsTheState() {
        assertThat(quotes("The United States told reporters on Friday that “its jets destroyed four tanks near the "
                + "dam.”"))
                .extracting(Quote::speaker, q -> q.speakerRef().orElse("-"))
                .containsExactly(tuple("United States", "USA"));
    }

    @Test
    void aQuoteAColonIntroducesAfterFromAndANameIsThatSources() {
        assertThat(quotes("From The Daily Courier: “Rebels shelled the airport road for a third day on Sunday.”"))
                .extracting(Quote::speaker).containsExactly("Daily Courier");
    }

    @Test
    void aQuoteAColonIntroducesAfterFromAndAPlaceNamesNoSource() {
        assertThat(quotes("From the roof: “We saw the smoke over the river all night.”")).isEmpty();
    }

    @Test
    void aQuoteAfterALabelNamingAPersonAndAColonIsThatPersons() {
        assertThat(quotes("Senator Margaret Olsen: “We cannot send more troops without a vote in Congress.”"))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("We cannot send more troops without a vote in Congress.", "Margaret Olsen"));
    }

    @Test
    void aLabelOnALineOfItsOwnNamesTheWriterInBracketsBeforeTheOutlet() {
        assertThat(quotes("Editorials were divided on Friday.\n\nThe Washington Post (Daniel Burke):\n\n"
                + "\"The president has chosen a long war with no clear end in sight.\""))
                .extracting(Quote::speaker).containsExactly("Daniel Burke");
    }

    @Test
    void aLabelNamingAPlaceIntroducesNoSpeaker() {
        assertThat(quotes("Aleppo: “The bakeries have been closed for a week now.”")).isEmpty();
    }

    @Test
    void aStraightMarkOpeningAWordAfterASentenceEndStartsTheNextQuoteOfATranscript() {
        assertThat(quotes("Reporter Jane Alvarez reports from Beirut:\n\n\"The army says the bridge was retaken "
                + "at dawn. \"Local fighters say they lost six men in the battle.\""))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("The army says the bridge was retaken at dawn.", "Jane Alvarez"),
                        tuple("Local fighters say they lost six men in the battle.", "Jane Alvarez"));
    }

    @Test
    void aStraightMarkGluedToASentenceEndStillClosesTheQuote() {
        assertThat(quotes("Jane Alvarez said: \"The army says the bridge was retaken at dawn.\"Local fighters "
                + "say they lost six men."))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("The army says the bridge was retaken at dawn.", "Jane Alvarez"));
    }

    @Test
    void theOnesAQuotingVerbNamesAsSayingSpeakEvenUnnamed() {
        assertThat(quotes("The Syrian Observatory for Human Rights quoted residents as saying that jets dropped "
                + "\"barrels packed with explosives\" on the market."))
                .extracting(Quote::speaker).containsExactly("residents");
    }

    @Test
    void theOneAnOutletQuotesWhileSayingSpeaks() {
        assertThat(quotes("\"The attack was staged by the rebels,\" the state news agency said, quoting an unnamed "
                + "military official."))
                .extracting(Quote::speaker).containsExactly("an unnamed military official");
    }

    @Test
    void anOutletThatReportsCitingASourceSpeaksItself() {
        assertThat(quotes("\"Six villages were emptied by the shelling overnight,\" the state news agency "
                + "reported, citing local residents."))
                .extracting(Quote::speaker).containsExactly("the state news agency");
    }

    @Test
    void anOutletThatSaysWithoutQuotingAnyoneSpeaksItself() {
        assertThat(quotes("\"The attack was staged by the rebels,\" the state news agency said on Tuesday."))
                .extracting(Quote::speaker).containsExactly("the state news agency");
    }

    @Test
    void aWhoSayingInARelativeClauseIsThePersonItDescribes() {
        assertThat(quotes("Cairo sent two envoys to meet Interior Minister Nadia Farouk, who said on Monday that "
                + "she would \"never reopen the crossings on the border.\""))
                .extracting(Quote::speaker).containsExactly("Nadia Farouk");
    }

    @Test
    void aRelativeClauseWithASubjectOfItsOwnSpeaksForThatSubject() {
        assertThat(quotes("Reporters questioned Interior Minister Nadia Farouk, whom Senator Paul Wade said he "
                + "would \"gladly meet again after the vote.\""))
                .extracting(Quote::speaker).containsExactly("Paul Wade");
    }

    @Test
    void anOfficialDescribedRightAfterASpeechVerbThatFollowsTheQuoteSpeaks() {
        assertThat(quotes("The governor dropped the plan on Thursday.\n\n“The cost was only one reason among many for "
                + "the change,” admitted a senior aide to the governor."))
                .extracting(Quote::speaker).containsExactly("a senior aide to the governor");
    }

    @Test
    void aThingNamedRightAfterASpeechVerbThatFollowsTheQuoteIsNoSpeaker() {
        assertThat(quotes("The governor dropped the plan on Thursday.\n\n“The cost was only one reason among many for "
                + "the change,” read the final page of the report."))
                .extracting(Quote::speaker).doesNotContain("the final page of the report");
    }
}
