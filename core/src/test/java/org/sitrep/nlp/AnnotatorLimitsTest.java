package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.fuzz.PathologicalInputs;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.testing.SharedModels;

/**
 * The inputs that ran CoreNLP for minutes (issue 12) reach it bounded: pseudo-sentences of at most 150 words,
 * no run of quotes, every token still at its place in the article text.
 */
class AnnotatorLimitsTest {
    /** Generous for a loaded two-core machine; before the limits these took minutes. */
    private static final Duration BOUNDED = Duration.ofSeconds(60);

    @Test
    void unpunctuatedRunIsAnnotatedAsBoundedSentencesWithTokensInPlace() {
        String text = "Rebels advanced\n\n" + PathologicalInputs.words(6_000) + "\n";
        int words = text.strip().split("\\s+").length;
        Annotated annotated = annotate(text);
        // The headline, then at least one pseudo-sentence per 150 words of the run.
        assertThat(annotated.sentences().size()).isGreaterThanOrEqualTo(1 + (words - 2 + 149) / 150);
        assertThat(annotated.sentences()).allSatisfy(sentence -> {
            assertThat(sentence.tokens()).hasSizeLessThanOrEqualTo(AnalysisLimits.MAX_SENTENCE_WORDS);
            assertThat(sentence.text()).isEqualTo(text.substring(sentence.begin(), sentence.end()));
        });
        List<Token> tokens = annotated.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
        assertThat(tokens).allSatisfy(token -> assertThat(token.word()).isEqualTo(text.substring(token.begin(), token.end())));
        assertThat(tokens).hasSize(words);
    }

    @Test
    void runOfFiftyThousandQuotesIsSkippedAndTheTextAroundItAnalysed() {
        String text = "Rebels said \"" + "\"".repeat(50_000) + " they advanced on Hama.\n";
        Annotated annotated = annotate(text);
        List<String> words = annotated.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::word).toList();
        assertThat(words).containsExactly("Rebels", "said", "they", "advanced", "on", "Hama", ".");
        Token hama = annotated.sentences().get(annotated.sentences().size() - 1).tokens().get(3);
        assertThat(text.substring(hama.begin(), hama.end())).isEqualTo("Hama");
    }

    private static Annotated annotate(String text) {
        Article article = new Article("id", "s", Optional.empty(), "t", Optional.of(LocalDate.of(2024, 12, 7)), "en",
                text, new Span(0, text.length()), List.of(), "o");
        Annotator annotator = SharedModels.extractor().annotator();
        return assertTimeoutPreemptively(BOUNDED, () -> annotator.annotate(article));
    }
}
