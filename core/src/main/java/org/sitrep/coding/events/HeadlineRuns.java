package org.sitrep.coding.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds runs of headlines glued into a body sentence ("Related Kobani in Ruins After Anti-IS Airstrikes Syrian
 * Government Airstrikes Against IS Kill 36 Civilians …", as one-line pages print their link lists): long stretches
 * in title case whose capitalised words include common nouns and verbs, which a reported sentence never has. Their
 * words tell no event of the article.
 */
final class HeadlineRuns {
    /** Capitalised words a run needs: a headline or two of names alone is shorter. */
    private static final int MIN_CAPITALISED = 10;
    /** Capitalised common nouns and verbs a run needs: names in a row ("Angela Merkel, John Kerry") have none. */
    private static final int MIN_COMMON = 3;
    private final LanguagePack pack;

    HeadlineRuns(LanguagePack pack) {
        this.pack = pack;
    }

    /** The token ranges [first, last] of the sentence that are headline runs; none in the opening sentence. */
    List<int[]> find(Sentence sentence) {
        List<int[]> runs = new ArrayList<>();
        if (!pack.namesCapitalised() || sentence.index() == 0) {
            return runs;
        }
        List<Token> tokens = sentence.tokens();
        int start = 0;
        int capitalised = 0;
        int common = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            Token token = i < tokens.size() ? tokens.get(i) : null;
            boolean fits = token != null && fitsTitle(token);
            if (fits) {
                if (Character.isUpperCase(token.word().charAt(0))) {
                    capitalised++;
                    if (i > start && (token.pos().startsWith("NN") && !token.isProperNoun() || token.isVerb())) {
                        common++;
                    }
                }
                continue;
            }
            if (capitalised >= MIN_CAPITALISED && common >= MIN_COMMON) {
                runs.add(new int[] {start, i - 1});
            }
            start = i + 1;
            capitalised = 0;
            common = 0;
        }
        return runs;
    }

    /** Whether the token may stand in a title-case line: a capitalised word, a title's function word, a figure. */
    private boolean fitsTitle(Token token) {
        String word = token.word();
        char first = word.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || word.equals("-") || word.equals("(")
                || word.equals(")") || pack.has(WordList.TITLE_FUNCTION_WORDS, word);
    }

    /** Whether the token lies inside one of the runs. */
    static boolean inside(List<int[]> runs, Token token) {
        return runs.stream().anyMatch(r -> token.index() >= r[0] && token.index() <= r[1]);
    }
}
