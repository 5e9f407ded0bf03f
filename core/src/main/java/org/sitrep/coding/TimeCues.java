package org.sitrep.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.nlp.SentenceSelection;
import org.sitrep.nlp.Token;

/**
 * Which sentences are worth the time tagger (SUTime, a third of the annotation's cost): those with a number or a
 * word a time expression hangs on — a weekday, a month, "yesterday", "week", "ago" (the pack's {@code TIME_WORDS}
 * and {@code WEEKDAYS}). A sentence without any has no time expression the tagger could find.
 */
final class TimeCues implements SentenceSelection {
    private final Set<String> words;

    private TimeCues(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static TimeCues of(LanguagePack pack) {
        Set<String> words = new HashSet<>(pack.words(WordList.TIME_WORDS));
        words.addAll(pack.words(WordList.WEEKDAYS));
        words.addAll(pack.words(WordList.NUMBER_WORDS));
        return new TimeCues(words);
    }

    @Override
    public Set<Integer> choose(List<List<Token>> sentences) {
        Set<Integer> chosen = new TreeSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).stream().anyMatch(this::cue)) {
                chosen.add(i);
            }
        }
        return chosen;
    }

    private boolean cue(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return token.pos().equals("CD") || word.chars().anyMatch(Character::isDigit) || words.contains(word)
                || words.contains(token.lemma().toLowerCase(Locale.ROOT));
    }
}
