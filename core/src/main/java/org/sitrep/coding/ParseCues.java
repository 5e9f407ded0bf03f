package org.sitrep.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.coding.actors.ActorResolver;
import org.sitrep.coding.quotes.QuoteMarks;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.nlp.SentenceSelection;
import org.sitrep.nlp.Token;

/**
 * Which sentences are worth a dependency parse, the costliest step: those holding a word a fact can hang on — an
 * event trigger, a control phrase word, a speech verb or a quote mark, a stance word, or a capital that may stand for
 * its state — and, before a cued sentence with a pronoun, the few sentences whose named subjects the pronoun may
 * refer to (the actor resolver looks back as far). The cues are read from the same language-pack files the coders
 * use, so no sentence a coder could use goes unparsed; the others keep their tokens, tags, lemmas, names and times.
 */
final class ParseCues implements SentenceSelection {
    private final Set<String> cues;
    private final Set<String> pronouns;

    private ParseCues(Set<String> cues, Set<String> pronouns) {
        this.cues = Set.copyOf(cues);
        this.pronouns = Set.copyOf(pronouns);
    }

    /** The cues of one language: every trigger, control word, speech verb and stance word of its pack. */
    static ParseCues of(LanguagePack pack, KnowledgeBase knowledge) {
        Set<String> cues = new HashSet<>();
        for (String[] pattern : pack.rows("event-patterns.tsv")) {
            addWords(cues, pattern[1]);
        }
        for (String[] phrase : pack.rows("control-phrases.tsv")) {
            addWords(cues, phrase[1]);
        }
        for (String[] cue : pack.rows("stance-cues.tsv")) {
            if (cue[0].equals("word")) {
                addWords(cues, cue[1]);
            }
        }
        pack.words(WordList.SPEECH_VERBS).forEach(word -> addWords(cues, word));
        knowledge.metonymCapitals().forEach(capital -> addWords(cues, capital));
        Set<String> pronouns = new HashSet<>(pack.words(WordList.PERSON_PRONOUNS));
        pronouns.addAll(pack.words(WordList.GROUP_PRONOUNS));
        return new ParseCues(cues, pronouns);
    }

    /**
     * Each alternative of a field ("advance|close in") cues by its longest word: a phrase matches only where all its
     * words stand, so one is enough, and its particle ("in", "down") would cue nearly every sentence.
     */
    private static void addWords(Set<String> cues, String field) {
        for (String alternative : field.split("\\|")) {
            java.util.Arrays.stream(alternative.trim().split("\\s+")).filter(w -> !w.isBlank() && !w.equals("-"))
                    .max(java.util.Comparator.comparingInt(String::length))
                    .ifPresent(word -> cues.add(word.toLowerCase(Locale.ROOT)));
        }
    }

    @Override
    public Set<Integer> choose(List<List<Token>> sentences) {
        Set<Integer> chosen = new TreeSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!cued(sentences.get(i))) {
                continue;
            }
            chosen.add(i);
            if (sentences.get(i).stream().anyMatch(t -> pronouns.contains(t.word().toLowerCase(Locale.ROOT)))) {
                for (int before = Math.max(0, i - ActorResolver.LOOKBACK_SENTENCES); before < i; before++) {
                    if (sentences.get(before).stream().anyMatch(Token::isProperNoun)) {
                        chosen.add(before);
                    }
                }
            }
        }
        return chosen;
    }

    /** Whether the sentence holds a cue itself. */
    boolean cued(List<Token> tokens) {
        for (Token token : tokens) {
            String word = token.word().toLowerCase(Locale.ROOT);
            if (cues.contains(word) || cues.contains(token.lemma().toLowerCase(Locale.ROOT))
                    || QuoteMarks.isQuoteMark(word)) {
                return true;
            }
            if (word.indexOf('-') > 0) { // "rebel-held", "IS-controlled"
                for (String part : word.split("-")) {
                    if (cues.contains(part)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
