package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** Sentences a scraper glued together ("said.The") are split where the full stop is, offsets kept. */
class GluedSentencesTest {
    private static final LocalDate DAY = LocalDate.of(2016, 5, 2);

    private static List<Sentence> sentences(String text) {
        return SharedModels.extractor().annotator().annotate(Samples.news(text, DAY)).sentences();
    }

    @Test
    void aFullStopGluedToTheNextSentenceEndsTheSentence() {
        String text = "The governor said.The army shelled the town on Monday.";
        List<Sentence> sentences = sentences(text);
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).tokens()).extracting(Token::word).containsExactly("The", "governor", "said", ".");
        Token army = sentences.get(1).tokens().get(1);
        assertThat(sentences.get(1).tokens().get(0).word()).isEqualTo("The");
        assertThat(text.substring(army.begin(), army.end())).isEqualTo("army");
        Token said = sentences.get(0).tokens().get(2);
        assertThat(text.substring(said.begin(), said.end())).isEqualTo("said");
        assertThat(said.pos()).startsWith("VB");
    }

    @Test
    void aYearGluedToTheNextSentenceEndsTheSentence() {
        assertThat(sentences("The siege began in 2015.Aid convoys stopped in May.")).hasSize(2);
    }

    @Test
    void aNameWithACapitalInsideGluedToTheStopStartsTheNextSentence() {
        List<Sentence> sentences = sentences("The envoy said.McAllister had left Aleppo by then.");
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(1).tokens().get(0).word()).isEqualTo("McAllister");
    }

    @Test
    void aTitleAbbreviationOrADomainStaysOneWord() {
        List<Sentence> sentences = sentences("Mr.McHaddad wrote on example.com that talks ended.");
        assertThat(sentences).hasSize(1);
        assertThat(sentences.get(0).tokens()).extracting(Token::word).contains("example.com");
    }
}
