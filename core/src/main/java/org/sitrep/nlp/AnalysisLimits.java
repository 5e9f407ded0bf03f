package org.sitrep.nlp;

import java.util.Arrays;

/**
 * Bounds the text given to CoreNLP, whose tokenizer, number normalizer and SUTime patterns grow faster than
 * linearly with a sentence's length (a 2 MB run of words without a full stop ran for minutes). Every change
 * keeps the text's length, so every character offset still indexes the article:
 * <ol>
 *   <li>a run without whitespace of more than {@value #MAX_TOKEN_CHARS} characters, or with more than
 *       {@value #MAX_TOKEN_SYMBOLS} characters that are neither letters nor digits, is blanked: no word is that
 *       long, and CoreNLP's lexer is quadratic in runs of quotes, ampersands and most other symbols (measured:
 *       twenty runs of 800 quote characters took 0.8 s, of 3,200 took 19 s; 50,000 quotes ran for minutes);</li>
 *   <li>a run without a line break longer than {@value #MAX_SENTENCE_WORDS} words or {@value #MAX_SENTENCE_CHARS}
 *       characters is split into pseudo-sentences by turning a space into a line break (a line break ends a
 *       sentence for the annotator), preferably a space after a full stop that no lower-case word or figure
 *       follows, so real sentences ("on Aug. 6 the council") stay whole;</li>
 *   <li>words after the first {@value #MAX_ARTICLE_WORDS} of an article are blanked: they are not analysed.</li>
 * </ol>
 * Real news text passes unchanged but for rule 3 on book-length inputs. Stateless and thread-safe.
 */
final class AnalysisLimits {
    static final int MAX_TOKEN_CHARS = 200;
    static final int MAX_TOKEN_SYMBOLS = 16;
    static final int MAX_SENTENCE_WORDS = 150;
    static final int MAX_SENTENCE_CHARS = 1_000;
    static final int MAX_ARTICLE_WORDS = 20_000;

    private AnalysisLimits() {
    }

    /** Applies the three bounds to {@code chars} in place. */
    static void bound(char[] chars) {
        blankLongRuns(chars);
        blankAfterWordLimit(chars);
        splitLongSentences(chars);
    }

    static void blankLongRuns(char[] chars) {
        int runStart = -1;
        int symbols = 0;
        for (int i = 0; i <= chars.length; i++) {
            boolean space = i == chars.length || isSpace(chars[i]);
            if (!space) {
                if (runStart < 0) {
                    runStart = i;
                    symbols = 0;
                }
                if (!Character.isLetterOrDigit(chars[i])) {
                    symbols++;
                }
            } else if (runStart >= 0) {
                if (i - runStart > MAX_TOKEN_CHARS || symbols > MAX_TOKEN_SYMBOLS) {
                    Arrays.fill(chars, runStart, i, ' ');
                }
                runStart = -1;
            }
        }
    }

    static void blankAfterWordLimit(char[] chars) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < chars.length; i++) {
            boolean space = isSpace(chars[i]);
            if (!space && !inWord) {
                words++;
                if (words > MAX_ARTICLE_WORDS) {
                    Arrays.fill(chars, i, chars.length, ' ');
                    return;
                }
            }
            inWord = !space;
        }
    }

    /**
     * Splits runs without a line break that are too long; one pass, constant work per character. A split
     * point is the last space after a sentence end if the run has one, else the last space.
     */
    static void splitLongSentences(char[] chars) {
        int runStart = 0;
        int words = 0;
        boolean inWord = false;
        int lastSpace = -1;
        int wordsAtSpace = 0;
        int lastStop = -1;
        int wordsAtStop = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n') {
                runStart = i + 1;
                words = 0;
                inWord = false;
                lastSpace = -1;
                lastStop = -1;
                continue;
            }
            if (isSpace(c)) {
                if (inWord && endsSentence(chars, i - 1) && !continuesSentence(chars, i + 1)) {
                    lastStop = i;
                    wordsAtStop = words;
                }
                inWord = false;
                lastSpace = i;
                wordsAtSpace = words;
            } else if (!inWord) {
                inWord = true;
                words++;
            }
            if (words > MAX_SENTENCE_WORDS || i - runStart >= MAX_SENTENCE_CHARS) {
                int split;
                int before;
                if (lastStop > runStart) {
                    split = lastStop;
                    before = wordsAtStop;
                } else if (lastSpace > runStart) {
                    split = lastSpace;
                    before = wordsAtSpace;
                } else {
                    continue; // cannot happen after blankLongRuns: a space comes at least every MAX_TOKEN_CHARS
                }
                chars[split] = '\n';
                runStart = split + 1;
                words -= before;
                wordsAtSpace -= before;
                lastStop = -1;
                if (lastSpace <= split) {
                    lastSpace = -1;
                }
            }
        }
    }

    /**
     * The word after a full stop goes on with the sentence: a lower-case word or a figure ("Aug. 6", "10 p.m. on
     * Friday", "U.S. officials") follows an abbreviation, which a split there would cut from its expression.
     */
    private static boolean continuesSentence(char[] chars, int next) {
        return next < chars.length && (Character.isLowerCase(chars[next]) || Character.isDigit(chars[next]));
    }

    /** A word ending at {@code end} closes a sentence: a full stop, question or exclamation mark, maybe quoted. */
    private static boolean endsSentence(char[] chars, int end) {
        int i = end;
        while (i >= 0 && "\"'”’)]".indexOf(chars[i]) >= 0) {
            i--;
        }
        return i >= 0 && (chars[i] == '.' || chars[i] == '!' || chars[i] == '?');
    }

    /**
     * Whitespace as CoreNLP's tokenizer sees it (its lexer's space and newline classes, no more: a character
     * counted as a space here but not there could hide a long token).
     */
    static boolean isSpace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\r', '\u000B', '\u000C', '\u0085', '\u00A0', '\u1680', '\u202F', '\u205F', '\u2028',
                    '\u2029', '\u3000' -> true;
            default -> c >= '\u2002' && c <= '\u200A';
        };
    }
}
