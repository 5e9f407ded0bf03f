package org.sitrep.coding.syntax;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * What a sentence's dependency parse says of a clause, as every coder reads it: whether a verb is passive or a reduced
 * relative, the clause a noun belongs to, a verb's subject, and the preposition that marks a phrase.
 */
public final class Clauses {
    private Clauses() {
    }

    public static boolean isPassive(Sentence sentence, int verb) {
        return !sentence.children(verb, "aux:pass").isEmpty() || !sentence.children(verb, "nsubj:pass").isEmpty();
    }

    /** "the town seized by Hezbollah": a past participle after the noun it describes, which is its patient. */
    public static boolean reducedRelative(Sentence sentence, int verb) {
        return sentence.tokens().get(verb).pos().equals("VBN") && sentence.head(verb)
                .filter(h -> h.relation().equals("acl") && h.governor() >= 0 && h.governor() < verb).isPresent();
    }

    /** The verb whose argument a noun trigger is ("launched a campaign" → launched). */
    public static int clauseOf(Sentence sentence, int noun) {
        Optional<Dependency> head = sentence.head(noun);
        if (head.isPresent() && head.get().governor() >= 0 && sentence.tokens().get(head.get().governor()).isVerb()) {
            return head.get().governor();
        }
        for (Dependency child : sentence.children(noun)) {
            if (child.relation().startsWith("acl") && sentence.tokens().get(child.dependent()).isVerb()) {
                return child.dependent();
            }
        }
        return noun;
    }

    public static int subjectToken(Sentence sentence, int verb) {
        for (Dependency child : sentence.children(verb)) {
            if (child.relation().startsWith("nsubj")) {
                return child.dependent();
            }
        }
        return verb;
    }

    public static boolean hasCase(Sentence sentence, int token, String preposition) {
        for (Token marker : sentence.children(token, "case")) {
            if (marker.word().equalsIgnoreCase(preposition)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an adverb that {@code negator} accepts, by lemma or word, modifies the token: "not", "never", "n't". */
    public static boolean negated(Sentence sentence, int token, Predicate<String> negator) {
        return sentence.children(token, "advmod").stream()
                .anyMatch(a -> negator.test(a.lemma().toLowerCase(Locale.ROOT))
                        || negator.test(a.word().toLowerCase(Locale.ROOT)));
    }

    /** Whether a phrase is marked by one of a list's prepositions ("against X", "by X"): its case child. */
    public static boolean markedBy(LanguagePack pack, Sentence sentence, int token, WordList prepositions) {
        for (Token marker : sentence.children(token, "case")) {
            if (pack.has(prepositions, marker.word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first relation, climbing from a token up its heads, that {@code stop} accepts ("the subject whose phrase a
     * place stands in"), or empty where the climb reaches the root first.
     */
    public static Optional<Dependency> firstHeadAbove(Sentence sentence, int token, Predicate<Dependency> stop) {
        int at = token;
        for (int steps = 0; steps <= sentence.tokens().size(); steps++) {
            Optional<Dependency> head = sentence.head(at);
            if (head.isEmpty() || head.get().governor() < 0) {
                return Optional.empty();
            }
            if (stop.test(head.get())) {
                return head;
            }
            at = head.get().governor();
        }
        return Optional.empty();
    }

    /**
     * Whether climbing from a token up its heads reaches the target, each step up along a relation {@code step}
     * allows ("the deed's clause, not a clause a speaker reports": no step through a clausal complement).
     */
    public static boolean reaches(Sentence sentence, int token, int target, Predicate<Dependency> step) {
        int at = token;
        for (int steps = 0; steps <= sentence.tokens().size(); steps++) {
            if (at == target) {
                return true;
            }
            Optional<Dependency> head = sentence.head(at);
            if (head.isEmpty() || head.get().governor() < 0 || !step.test(head.get())) {
                return false;
            }
            at = head.get().governor();
        }
        return false;
    }
}
