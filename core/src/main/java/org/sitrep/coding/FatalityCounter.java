package org.sitrep.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Reads how many people a sentence says were killed, by ACLED's rules: deaths only ("killing 24 people", "left 84
 * dead", "the death toll rose to 30"), vague figures by the pack's {@code counts.tsv} ("dozens" = 12), the most
 * conservative figure where several are given, none where deaths are reported without a number.
 */
final class FatalityCounter {
    private static final Set<String> NOT_COUNTS = Set.of("DATE", "TIME", "DURATION", "ORDINAL", "PERCENT", "MONEY",
            "SET");
    private final LanguagePack pack;
    private final Map<String, Integer> counts = new HashMap<>();

    FatalityCounter(LanguagePack pack) {
        this.pack = pack;
        List<String> numbers = pack.words(WordList.NUMBER_WORDS);
        for (int i = 0; i < numbers.size(); i++) {
            counts.put(numbers.get(i), i + 1);
        }
        for (String[] row : pack.rows("counts.tsv")) {
            counts.put(row[0].toLowerCase(Locale.ROOT), Integer.parseInt(row[1]));
        }
    }

    /**
     * The deaths the sentence reports, if it gives a figure: the first death word's ("some 865 people killed,
     * including 50 civilians" is 865; the part is not a second report).
     */
    Optional<Integer> count(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (pack.has(WordList.DEATH_WORDS, token.lemma())) {
                Optional<Integer> found = near(sentence, token.index());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A figure on the death word, on its subject or object ("24 people were killed"), or beside it ("left 84
     * dead").
     */
    private Optional<Integer> near(Sentence sentence, int death) {
        Optional<Integer> own = figureOf(sentence, death);
        if (own.isPresent()) {
            return own;
        }
        for (Dependency child : sentence.children(death)) {
            String relation = child.relation();
            if (relation.startsWith("nsubj") || relation.equals("obj") || relation.startsWith("obl")
                    || relation.startsWith("nmod")) {
                Optional<Integer> found = figureOf(sentence, child.dependent());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        Optional<Dependency> head = sentence.head(death);
        if (head.isPresent() && head.get().governor() >= 0) {
            String relation = head.get().relation();
            int governor = head.get().governor();
            if (relation.startsWith("acl") || relation.equals("amod")) {
                return figureOf(sentence, governor); // "24 people killed", "84 dead civilians"
            }
            if (relation.startsWith("nsubj")) {
                // "the death toll rose to 30"
                for (Dependency sibling : sentence.children(governor)) {
                    if (sibling.relation().startsWith("obl") || sibling.relation().equals("obj")) {
                        Optional<Integer> found = figureOf(sentence, sibling.dependent());
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                }
            }
            if (relation.equals("xcomp")) {
                // "left 84 dead": the figure is the object of the verb the death word completes
                for (Dependency sibling : sentence.children(governor)) {
                    if (sibling.relation().equals("obj")) {
                        Optional<Integer> found = figureOf(sentence, sibling.dependent());
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The token itself as a figure, or its number modifier ("24 people", "dozens of civilians"), the nearest where
     * the parse hangs more than one on it ("Get short URL 9427 At least 10 civilians": 10).
     */
    private Optional<Integer> figureOf(Sentence sentence, int index) {
        Optional<Integer> own = value(sentence, sentence.tokens().get(index));
        if (own.isPresent()) {
            return own;
        }
        Optional<Integer> nearest = Optional.empty();
        int distance = Integer.MAX_VALUE;
        for (Dependency child : sentence.children(index)) {
            if (child.relation().equals("nummod") || child.relation().equals("amod")) {
                Optional<Integer> found = value(sentence, sentence.tokens().get(child.dependent()));
                if (found.isPresent() && Math.abs(child.dependent() - index) < distance) {
                    nearest = found;
                    distance = Math.abs(child.dependent() - index);
                }
            }
        }
        return nearest;
    }

    /** A figure, with "seventy-six" read whole whether the tokenizer kept it or split it at the hyphen. */
    private Optional<Integer> value(Sentence sentence, Token token) {
        Optional<Integer> own = value(token);
        List<Token> tokens = sentence.tokens();
        int i = token.index();
        if (own.isPresent() && own.get() < 10 && i >= 2 && tokens.get(i - 1).word().equals("-")) {
            Optional<Integer> tens = value(tokens.get(i - 2));
            if (tens.isPresent() && tens.get() >= 20 && tens.get() % 10 == 0) {
                return Optional.of(tens.get() + own.get());
            }
        }
        return own;
    }

    private Optional<Integer> value(Token token) {
        if (NOT_COUNTS.contains(token.ner())) {
            return Optional.empty();
        }
        String word = token.word().toLowerCase(Locale.ROOT);
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && counts.containsKey(word.substring(0, hyphen))
                && counts.containsKey(word.substring(hyphen + 1))) {
            return Optional.of(counts.get(word.substring(0, hyphen)) + counts.get(word.substring(hyphen + 1)));
        }
        if (word.matches("\\d{1,3}(,\\d{3})*|\\d{1,6}")) {
            return Optional.of(Integer.parseInt(word.replace(",", "")));
        }
        return Optional.ofNullable(counts.get(word));
    }
}
