package org.sitrep.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.EventType;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** The trigger matcher: what a token reads, and what it keeps once another trigger tells the same deed. */
class TriggerMatcherTest {
    private static final LanguagePack EN = LanguagePack.load("en");
    private static final TriggerMatcher MATCHER = new TriggerMatcher(EventPattern.load(EN),
            Set.copyOf(EN.words(WordList.TOLL_VERBS)), EventCoder.countWords(EN),
            Set.copyOf(EN.words(WordList.DEATH_WORDS)), Set.copyOf(EN.words(WordList.NEGATORS)), SayingSenses.of(EN),
            Set.copyOf(EN.words(WordList.NOUN_OBJECT_PREPOSITIONS)));

    private static Sentence parsed(String text) {
        return SharedModels.extractor().annotateParsingAll(Samples.news(text, LocalDate.of(2016, 12, 13)))
                .sentences().get(0);
    }

    private static Token word(Sentence sentence, String word) {
        return sentence.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void aVerbThatTellsItsNounSubjectsStrikeAgainReadsARowButMatchesNone() {
        Sentence sentence = parsed("Coalition air strikes targeted the depot near Raqqa.");
        Token targeted = word(sentence, "targeted");
        assertThat(MATCHER.read(sentence, targeted)).map(EventPattern::plover).contains(EventType.FIGHT);
        assertThat(MATCHER.match(sentence, targeted)).isEmpty();
        assertThat(MATCHER.match(sentence, word(sentence, "strikes"))).map(EventPattern::plover)
                .contains(EventType.FIGHT);
    }

    @Test
    void aVerbWithNoEventForSubjectMatchesWhatItReads() {
        Sentence sentence = parsed("Rebel fighters targeted the depot near Raqqa.");
        Token targeted = word(sentence, "targeted");
        assertThat(MATCHER.match(sentence, targeted)).isPresent().isEqualTo(MATCHER.read(sentence, targeted));
    }

    @Test
    void aWordWhoseRowsConditionFailsIsRejectedWithTheConditionAndWhatTheParseGave() {
        Sentence sentence = parsed("The ministry launched a website on Monday.");
        Token launched = word(sentence, "launched");
        assertThat(MATCHER.read(sentence, launched)).isEmpty();
        TriggerMatcher.Rejection rejection = MATCHER.rejection(sentence, launched).orElseThrow();
        assertThat(rejection.reason()).isEqualTo(TriggerMatcher.Rejection.Reason.CONDITION);
        assertThat(rejection.detail()).contains("obj=assault|attack|campaign|")
                .endsWith("| parse <-root nsubj:ministry obj:website obl:Monday");
    }

    @Test
    void aWordThatReadsARowOrHasNoRowIsNotRejected() {
        Sentence sentence = parsed("The army launched an offensive on the website's town.");
        assertThat(MATCHER.rejection(sentence, word(sentence, "launched"))).isEmpty();
        assertThat(MATCHER.rejection(sentence, word(sentence, "army"))).isEmpty();
    }

    @Test
    void aHyphenatedNounTheTokenizerSplitsReadsItsRowAtItsLastPart() {
        Sentence truce = parsed("Both armies declared a cease-fire in the north on Monday.");
        assertThat(MATCHER.match(truce, word(truce, "fire"))).map(EventPattern::plover).contains(EventType.RETREAT);
        Sentence troops = parsed("The build-up of tanks near the border alarmed Ankara.");
        assertThat(MATCHER.match(troops, word(troops, "up"))).map(EventPattern::plover)
                .contains(EventType.MOBILIZE);
        Sentence gunfire = parsed("Heavy gun-fire was heard across the valley.");
        assertThat(MATCHER.match(gunfire, word(gunfire, "fire"))).isEmpty();
    }

    @Test
    void aNounRowNamedInThePluralReadsThePluralWordOnceItsConditionHolds() {
        Sentence resumed = parsed("Peace talks resumed in Geneva on Monday.");
        assertThat(MATCHER.match(resumed, word(resumed, "talks"))).map(EventPattern::plover)
                .contains(EventType.CONSULT);
        Sentence stalled = parsed("Peace talks stalled in Geneva on Monday.");
        assertThat(MATCHER.match(stalled, word(stalled, "talks"))).isEmpty();
        Sentence held = parsed("The two envoys held talks in Geneva on Monday.");
        assertThat(MATCHER.match(held, word(held, "talks"))).isEmpty();
        assertThat(MATCHER.match(held, word(held, "held"))).map(EventPattern::plover).contains(EventType.CONSULT);
    }

    @Test
    void aRelativePronounObjectStandsForTheNounItsClauseDescribes() {
        Sentence town = parsed("The town which the army evacuated on Monday lay in ruins.");
        assertThat(MATCHER.match(town, word(town, "evacuated"))).map(EventPattern::plover)
                .contains(EventType.RETREAT);
        Sentence school = parsed("The school which the army evacuated on Monday lay in ruins.");
        assertThat(MATCHER.match(school, word(school, "evacuated"))).isEmpty();
    }

    @Test
    void aPassiveParticipleWithNoDoerActsOnTheNounItDescribesButOneWithItsDoerNamesTheNoun() {
        Sentence deal = parsed("The two leaders met on Thursday to build on a wider agreement struck in May.");
        assertThat(MATCHER.match(deal, word(deal, "struck"))).map(EventPattern::plover).contains(EventType.AGREE);
        Sentence market = parsed("The two leaders visited a market struck in May.");
        assertThat(MATCHER.match(market, word(market, "struck"))).map(EventPattern::plover)
                .contains(EventType.FIGHT);
        Sentence backed = parsed("Rebel groups backed by Russia entered the town on Monday.");
        assertThat(MATCHER.match(backed, word(backed, "backed"))).isEmpty();
    }

    @Test
    void toShootPeopleIsAnAttackToShootAFilmIsNoDeed() {
        Sentence guards = parsed("Masked gunmen shot two guards at the gate of the prison.");
        assertThat(MATCHER.match(guards, word(guards, "shot"))).map(EventPattern::plover)
                .contains(EventType.ASSAULT);
        Sentence film = parsed("The crew shot a video in the old town.");
        assertThat(MATCHER.match(film, word(film, "shot"))).isEmpty();
    }

    @Test
    void aParticleParsedAsAnAdverbRightAfterTheVerbMeetsAnObjectCondition() {
        Sentence jet = parsed("It was not clear whether the jet was shot down.");
        assertThat(MATCHER.match(jet, word(jet, "shot"))).map(EventPattern::plover).contains(EventType.FIGHT);
        Sentence later = parsed("It was not clear whether the jet was shot and then came down.");
        assertThat(MATCHER.match(later, word(later, "shot"))).map(EventPattern::plover)
                .contains(EventType.ASSAULT);
    }

    @Test
    void aCountsOfPhraseNamesWhatTheVerbActsOnButACountOfTaxesIsNoFoe() {
        Sentence total = parsed("A total of 40 militants were eliminated near Palmyra on Monday.");
        assertThat(MATCHER.match(total, word(total, "eliminated"))).map(EventPattern::plover)
                .contains(EventType.FIGHT);
        Sentence dozens = parsed("Army units eliminated dozens of militants near Palmyra.");
        assertThat(MATCHER.match(dozens, word(dozens, "eliminated"))).map(EventPattern::plover)
                .contains(EventType.FIGHT);
        Sentence taxes = parsed("The new cabinet eliminated dozens of taxes on Monday.");
        assertThat(MATCHER.match(taxes, word(taxes, "eliminated"))).isEmpty();
    }

    @Test
    void anAdjectiveTagWithADeterminerAndNoNounToDescribeReadsANounRowButOneDescribingANounDoesNot() {
        Sentence offensive = parsed("The raids followed an offensive by Islamist fighters against government "
                + "villages near Hama.");
        Token noun = word(offensive, "offensive");
        assertThat(noun.pos()).isEqualTo("JJ");
        assertThat(MATCHER.match(offensive, noun)).map(EventPattern::plover).contains(EventType.FIGHT);
        Sentence remark = parsed("The minister called the remark an offensive joke on Monday.");
        assertThat(MATCHER.match(remark, word(remark, "offensive"))).isEmpty();
    }

    @Test
    void aNounRowsPrepositionIsAPhraseTheNounGovernsSoAFightAgainstAFoeMatchesAndOneForANominationDoesNot() {
        Sentence foe = parsed("The fight against the Islamic State went on near Raqqa on Monday.");
        assertThat(MATCHER.match(foe, word(foe, "fight"))).map(EventPattern::plover).contains(EventType.FIGHT);
        Sentence nomination = parsed("The senator lost the fight for the nomination in Ohio on Monday.");
        assertThat(MATCHER.match(nomination, word(nomination, "fight"))).isEmpty();
    }

    @Test
    void aGerundAfterAPrepositionMisreadAsAModifierActsOnItsNounButAParticipleDescribingANounDoesNot() {
        Sentence gas = parsed("The government accused the rebels of using toxic gas in Aleppo.");
        Token using = word(gas, "using");
        assertThat(TriggerMatcher.gerundAfterPreposition(gas, using)).isTrue();
        assertThat(MATCHER.match(gas, using)).map(EventPattern::plover).contains(EventType.ASSAULT);
        Sentence troops = parsed("The advancing troops reached the outskirts of Aleppo on Monday.");
        assertThat(MATCHER.match(troops, word(troops, "advancing"))).isEmpty();
    }

    @Test
    void sayingANamedOtherIsResponsibleAccusesButAClaimOrADenialDoesNot() {
        Sentence accused = parsed("Western governments say the regime was responsible for the gas attacks.");
        assertThat(MATCHER.match(accused, word(accused, "say"))).map(EventPattern::plover)
                .contains(EventType.DISAPPROVE);
        Sentence asserted = parsed("Officials asserted that the army was responsible for the attack on the market.");
        assertThat(MATCHER.match(asserted, word(asserted, "asserted"))).map(EventPattern::plover)
                .contains(EventType.DISAPPROVE);
        Sentence claimed = parsed("The group said it was responsible for the bombing in Ankara.");
        assertThat(MATCHER.match(claimed, word(claimed, "said"))).isEmpty();
        Sentence denied = parsed("Moscow says the government was not responsible for the strike.");
        assertThat(MATCHER.match(denied, word(denied, "says"))).isEmpty();
        Sentence told = parsed("The minister said the talks were crucial for the region.");
        assertThat(MATCHER.match(told, word(told, "said"))).isEmpty();
        Sentence duty = parsed("Officials said the army was responsible for the security of the border region.");
        assertThat(MATCHER.match(duty, word(duty, "said"))).isEmpty();
        Sentence deaths = parsed("Activists said the militia was responsible for the deaths of six farmers.");
        assertThat(MATCHER.match(deaths, word(deaths, "said"))).map(EventPattern::plover)
                .contains(EventType.DISAPPROVE);
    }

    @Test
    void aBlameNamedAsASecondObjectOrABareNounDisapprovesButAPraiseOrARestatedCondemnationDoesNot() {
        Sentence moment = parsed("Senator Smith called it a \"very dark moment\" for the country.");
        assertThat(MATCHER.match(moment, word(moment, "called"))).map(EventPattern::plover)
                .contains(EventType.DISAPPROVE);
        Sentence stab = parsed("The president called the downing of the jet a \"stab in the back\" by their allies.");
        assertThat(MATCHER.match(stab, word(stab, "called"))).map(EventPattern::plover)
                .contains(EventType.DISAPPROVE);
        Sentence condemned = parsed("The council condemned the bombing, calling it a \"heinous and barbaric\" attack.");
        assertThat(MATCHER.match(condemned, word(condemned, "calling"))).isEmpty();
        assertThat(MATCHER.match(condemned, word(condemned, "condemned"))).map(EventPattern::plover)
                .contains(EventType.DISAPPROVE);
        Sentence praise = parsed("Senator Smith called it a \"very good moment\" for the country.");
        assertThat(MATCHER.match(praise, word(praise, "called"))).map(EventPattern::plover)
                .contains(EventType.CONSULT);
    }

    @Test
    void agreeingWithAViewSharesAnOpinionButAgreeingToADealOrOnItsTermsAgrees() {
        Sentence point = parsed("Few military historians agree on this point.");
        assertThat(MATCHER.match(point, word(point, "agree"))).isEmpty();
        Sentence fact = parsed("The envoy agrees the new tactics accelerated the pace of the campaign.");
        assertThat(MATCHER.match(fact, word(fact, "agrees"))).isEmpty();
        Sentence truce = parsed("Russia and Turkey agreed on a ceasefire in Idlib on Monday.");
        assertThat(MATCHER.match(truce, word(truce, "agreed"))).map(EventPattern::plover).contains(EventType.AGREE);
        Sentence terms = parsed("The two sides agreed that the truce would begin on Friday.");
        assertThat(MATCHER.match(terms, word(terms, "agreed"))).map(EventPattern::plover).contains(EventType.AGREE);
        Sentence release = parsed("Iran agreed to release the prisoners.");
        assertThat(MATCHER.match(release, word(release, "agreed"))).map(EventPattern::plover)
                .contains(EventType.AGREE);
        Sentence details = parsed("Kurdish and Syrian officials agreed on the details of the handover.");
        assertThat(MATCHER.match(details, word(details, "agreed"))).map(EventPattern::plover)
                .contains(EventType.AGREE);
    }
}
