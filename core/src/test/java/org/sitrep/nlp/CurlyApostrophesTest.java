package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;
import org.sitrep.model.Quote;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/**
 * Curly apostrophes reach the tagger and parser as ASCII ones, so a contraction keeps its clause's verb and subject,
 * while the quotation marks, the offsets and the text stay as written.
 */
class CurlyApostrophesTest {
    private static final LocalDate DAY = LocalDate.of(2017, 3, 14);

    private static Sentence parsed(String text) {
        return SharedModels.extractor().annotator().annotate(Samples.news(text, DAY)).sentences().get(0);
    }

    private static Token token(Sentence sentence, String word) {
        return sentence.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void aCurlyContractionIsTheModalAndItsVerbKeepsTheSubject() {
        String text = "The militia said they’ll storm the airport before the rains.";
        Sentence sentence = parsed(text);
        Token will = token(sentence, "'ll");
        Token storm = token(sentence, "storm");
        assertThat(will.pos()).isEqualTo("MD");
        assertThat(text.substring(will.begin(), will.end())).isEqualTo("’ll");
        assertThat(storm.pos()).isEqualTo("VB");
        assertThat(sentence.children(storm.index(), "nsubj")).extracting(Token::word).containsExactly("they");
        assertThat(sentence.children(storm.index(), "aux")).extracting(Token::word).containsExactly("'ll");
    }

    @Test
    void aCurlyNegationIsNotAndItsVerbIsTheClausesHead() {
        Sentence sentence = parsed("Officials in the capital don’t expect the convoy to arrive.");
        Token not = token(sentence, "n't");
        Token expect = token(sentence, "expect");
        assertThat(not.lemma()).isEqualTo("not");
        assertThat(sentence.root()).contains(expect.index());
        assertThat(sentence.children(expect.index(), "nsubj")).extracting(Token::word).containsExactly("Officials");
    }

    @Test
    void quotationMarksAndALonePossessiveMarkStayAsWritten() {
        String text = "The guards’ commander said “nobody will cross” on Friday.";
        Sentence sentence = parsed(text);
        assertThat(sentence.tokens()).extracting(Token::word)
                .containsExactly("The", "guards", "’", "commander", "said", "“", "nobody", "will", "cross", "”", "on",
                        "Friday", ".");
        assertThat(sentence.tokens()).allSatisfy(
                t -> assertThat(Apostrophes.forModels(t.word()))
                        .isEqualTo(Apostrophes.forModels(text.substring(t.begin(), t.end()))));
        assertThat(token(sentence, "’").pos()).isEqualTo("POS");
    }

    @Test
    void aQuoteInCurlyMarksWithACurlyContractionKeepsItsTextAndSpeaker() {
        List<Quote> quotes = SharedModels.extractor()
                .apply(Samples.news("“We won’t leave the valley while the shelling goes on,” commander Yusuf Karam "
                        + "said on Tuesday.", DAY)).quotes();
        assertThat(quotes).extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("We won’t leave the valley while the shelling goes on,", "Yusuf Karam"));
    }

    @Test
    void aDeedWithACurlyNegationIsNegatedAsWithAStraightOne() {
        List<Event> curly = events("Government jets didn’t bomb the market in Saraqib on Monday.");
        assertThat(curly).extracting(Event::modality).containsExactly(Modality.NEGATED);
        assertThat(events("Government jets didn't bomb the market in Saraqib on Monday."))
                .extracting(Event::type, Event::modality, Event::actor)
                .containsExactly(tuple(curly.get(0).type(), Modality.NEGATED, curly.get(0).actor()));
    }

    private static List<Event> events(String text) {
        return SharedModels.extractor().apply(Samples.news(text, DAY)).events();
    }

    @Test
    void aWordWithoutACurlyApostropheIsUnchangedAndAMarkAloneStaysForTheStages() {
        assertThat(Apostrophes.forModels("we'll")).isEqualTo("we'll");
        assertThat(Apostrophes.forModels("O’Neill")).isEqualTo("O'Neill");
        assertThat(Apostrophes.forStages("’s")).isEqualTo("'s");
        assertThat(Apostrophes.forStages("’")).isEqualTo("’");
        assertThat(Apostrophes.forStages("”")).isEqualTo("”");
    }
}
