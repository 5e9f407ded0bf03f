package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sitrep.fuzz.Generators;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.testing.TestData;

class AnalysisLimitsTest {
    private static final Duration LINEAR = Duration.ofSeconds(5);

    @Test
    void leavesANewsArticleUnchanged() throws Exception {
        String seed = Files.readString(TestData.seedArticle());
        char[] chars = seed.toCharArray();
        AnalysisLimits.bound(chars);
        assertThat(new String(chars)).isEqualTo(seed);
    }

    @Test
    void splitsTwoMegabytesWithoutAFullStopIntoBoundedPseudoSentences() {
        String text = "fighters took control of the town ".repeat(60_000);
        char[] chars = text.toCharArray();
        assertTimeoutPreemptively(LINEAR, () -> AnalysisLimits.splitLongSentences(chars));
        String bounded = new String(chars);
        assertThat(bounded).hasSameSizeAs(text);
        List<String> lines = bounded.lines().toList();
        // 150 words of 6 per phrase: a split after every 25th phrase, at the space before the 151st word.
        assertThat(lines.get(0)).isEqualTo("fighters took control of the town ".repeat(25).strip());
        assertThat(lines).hasSize(60_000 * 6 / 150);
        assertThat(lines).allSatisfy(line -> assertThat(line.split(" ")).hasSize(150));
        assertThat(bounded.replace('\n', ' ')).isEqualTo(text);
    }

    @Test
    void splitsAfterAFullStopWhenTheRunHasOne() {
        String sentence = "Rebels said they took the town. ";
        String text = sentence.repeat(40) + "x ".repeat(10);
        char[] chars = text.toCharArray();
        AnalysisLimits.splitLongSentences(chars);
        String bounded = new String(chars);
        // The 151st word falls in the 26th sentence: the split goes after the 25th, where a sentence ends.
        assertThat(bounded.indexOf('\n')).isEqualTo(sentence.length() * 25 - 1);
        assertThat(bounded.lines().findFirst()).contains(sentence.repeat(25).strip());
    }

    @Test
    void doesNotSplitAfterAnAbbreviationThatTheSentenceGoesOnFrom() {
        String sentence = "Rebels said they took the town. ";
        String dated = "The council met on Aug. 6 and voted. ";
        String text = sentence.repeat(24) + dated + "x ".repeat(20);
        char[] chars = text.toCharArray();
        AnalysisLimits.splitLongSentences(chars);
        String bounded = new String(chars);
        // The 151st word falls after "Aug. 6": the split goes after the sentence before, not after "Aug."
        assertThat(bounded.indexOf('\n')).isEqualTo(sentence.length() * 24 - 1);
        assertThat(bounded).contains("Aug. 6");
    }

    @Test
    void splitsARunOfLongWordsByCharacters() {
        String word = "w".repeat(99) + " ";
        char[] chars = word.repeat(30).toCharArray();
        AnalysisLimits.splitLongSentences(chars);
        assertThat(new String(chars).lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(1_000))
                .first().isEqualTo(word.repeat(10).strip());
    }

    @Test
    void blanksRunsOfQuotesAndDigitsLongerThanAnyWord() {
        String text = "Rebels said \"" + "\"".repeat(50_000) + " and " + "7".repeat(201) + " then 1234 of "
                + "9".repeat(200) + " .";
        char[] chars = text.toCharArray();
        AnalysisLimits.blankLongRuns(chars);
        assertThat(new String(chars)).isEqualTo("Rebels said " + " ".repeat(50_001) + " and " + " ".repeat(201)
                + " then 1234 of " + "9".repeat(200) + " .");
    }

    @Test
    void blanksShortRunsDenseInSymbolsWhichTheLexerReadsInQuadraticTime() {
        String dense = "a\"".repeat(17);
        String text = "rock'n'roll 1,234,567.89 " + dense + " \"Yes,\" he said.";
        char[] chars = text.toCharArray();
        AnalysisLimits.blankLongRuns(chars);
        assertThat(new String(chars)).isEqualTo("rock'n'roll 1,234,567.89 " + " ".repeat(34) + " \"Yes,\" he said.");
    }

    @Test
    void blanksEveryWordAfterTheArticleLimit() {
        String text = "word ".repeat(AnalysisLimits.MAX_ARTICLE_WORDS) + "beyond the limit";
        char[] chars = text.toCharArray();
        AnalysisLimits.blankAfterWordLimit(chars);
        assertThat(new String(chars)).isEqualTo("word ".repeat(AnalysisLimits.MAX_ARTICLE_WORDS) + " ".repeat(16));
    }

    @Test
    void contentMaskIsLinearInBoilerplateSpansAndHeaderLines() {
        // Before: every blanked character looked at every boilerplate span and copied its whole line.
        String header = "source: " + "x".repeat(2_000_000) + "\n\n";
        String pitch = "Subscribe to our newsletter\n";
        String text = header + pitch.repeat(50_000) + "Rebels entered Hama.\n";
        List<Span> boilerplate = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            int start = header.length() + i * pitch.length();
            boilerplate.add(new Span(start, start + pitch.length() - 1));
        }
        Article article = new Article("id", "s", Optional.empty(), "t", Optional.empty(), "en", text,
                new Span(header.length(), text.length()), boilerplate, "o");
        String analysed = assertTimeoutPreemptively(LINEAR, () -> Annotator.analysedText(article));
        assertThat(analysed.strip()).isEqualTo("Rebels entered Hama.");
        assertThat(analysed).hasSameSizeAs(text);
    }

    @Test
    void keepsAPlainTextHeadlineAndBlanksTheHeader() {
        String text = "published: 2024-12-07\n\nRebels enter Hama\n\nFighters entered Hama.\n";
        Article article = new Article("id", "s", Optional.empty(), "Rebels enter Hama", Optional.empty(), "en", text,
                new Span(text.indexOf("Fighters"), text.length()), List.of(), "o");
        assertThat(Annotator.analysedText(article)).isEqualTo(" ".repeat(21) + "\n\nRebels enter Hama\n\n"
                + "Fighters entered Hama.\n");
    }

    @Property(tries = 300)
    void boundsAnyTextKeepingItsLengthAndOffsets(@ForAll("texts") String text) {
        AnalysisLimitsProbe.check(text);
    }

    @Provide
    Arbitrary<String> texts() {
        return Generators.analysedTexts();
    }
}
