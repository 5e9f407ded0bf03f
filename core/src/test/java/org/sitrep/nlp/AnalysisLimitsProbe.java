package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

/** The promises of {@link AnalysisLimits} over any text, checkable from the fuzz campaign's package. */
public final class AnalysisLimitsProbe {
    private AnalysisLimitsProbe() {
    }

    /**
     * Bounds {@code text} and checks the result: same length, characters only blanked or made line breaks, no
     * run longer or denser in symbols than allowed, no line longer in words or characters than allowed.
     */
    public static void check(String text) {
        char[] chars = text.toCharArray();
        AnalysisLimits.bound(chars);
        assertThat(chars).hasSize(text.length());
        int words = 0;
        int lineStart = 0;
        int lineWords = 0;
        int run = 0;
        int symbols = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c != text.charAt(i)) {
                // Characters are only ever blanked or made line breaks (a blanked run may take the break).
                assertThat(c == ' ' || c == '\n').as("change at %d", i).isTrue();
            }
            if (c == '\n') {
                lineStart = i + 1;
                lineWords = 0;
            }
            boolean space = AnalysisLimits.isSpace(c);
            if (!space && (i == 0 || AnalysisLimits.isSpace(chars[i - 1]))) {
                words++;
                lineWords++;
            }
            run = space ? 0 : run + 1;
            symbols = space ? 0 : Character.isLetterOrDigit(c) ? symbols : symbols + 1;
            assertThat(run).isLessThanOrEqualTo(AnalysisLimits.MAX_TOKEN_CHARS);
            assertThat(symbols).isLessThanOrEqualTo(AnalysisLimits.MAX_TOKEN_SYMBOLS);
            assertThat(lineWords).isLessThanOrEqualTo(AnalysisLimits.MAX_SENTENCE_WORDS);
            assertThat(i - lineStart).isLessThan(AnalysisLimits.MAX_SENTENCE_CHARS);
        }
        assertThat(words).isLessThanOrEqualTo(AnalysisLimits.MAX_ARTICLE_WORDS);
    }
}
