package org.sitrep.coding.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Mends one parse the neural parser gets wrong: a gerund of an event verb right after a verb or a preposition and
 * right before its object noun ("began supplying arms", "joins France in arming rebels") comes out as an adjective of
 * that noun ("supplying" amod "arms"), so the act loses its object and its clause. The gerund is made the clause it
 * is: an open complement of the verb, or a clause the preposition marks, with the noun as its object. Only event
 * verbs are mended: "visited neighbouring Turkey", "sent remaining troops" are adjectives.
 */
final class GerundObjects {
    private GerundObjects() {
    }

    /** The sentence with each such gerund of a verb {@code act} accepts mended; the sentence itself where none. */
    static Sentence mend(Sentence sentence, Predicate<Token> act) {
        List<Dependency> mended = mend(sentence.tokens(), sentence.dependencies(), act);
        return mended.equals(sentence.dependencies()) ? sentence : new Sentence(sentence.index(), sentence.begin(),
                sentence.end(), sentence.text(), sentence.tokens(), mended, sentence.timexes());
    }

    private static List<Dependency> mend(List<Token> tokens, List<Dependency> dependencies, Predicate<Token> act) {
        List<Dependency> mended = new ArrayList<>(dependencies);
        for (Dependency adjective : dependencies) {
            int gerund = adjective.dependent();
            int noun = adjective.governor();
            if (!adjective.relation().equals("amod") || noun != gerund + 1 || gerund == 0
                    || !tokens.get(gerund).pos().equals("VBG") || !tokens.get(noun).isNoun()
                    || !act.test(tokens.get(gerund))) {
                continue;
            }
            int before = gerund - 1;
            Optional<Dependency> nounHead = headOf(mended, noun);
            if (nounHead.isEmpty() || nounHead.get().governor() < 0) {
                continue;
            }
            Token previous = tokens.get(before);
            Dependency head = nounHead.get();
            if (previous.isVerb() && !previous.lemma().equalsIgnoreCase("be") && head.governor() == before
                    && head.relation().equals("obj")) {
                // "began supplying arms": the verb's object was the gerund's
                replace(mended, adjective, new Dependency(before, gerund, "xcomp"));
                replace(mended, head, new Dependency(gerund, noun, "obj"));
            } else if (previous.pos().equals("IN") && head.relation().startsWith("obl")
                    && tokens.get(head.governor()).isVerb() && mended.contains(new Dependency(noun, before, "case"))) {
                // "joins France in supplying arms": the preposition marks the gerund's clause, not the noun ("a
                // phrase for killing people", under a noun, is left alone)
                replace(mended, adjective, new Dependency(head.governor(), gerund, "advcl"));
                replace(mended, head, new Dependency(gerund, noun, "obj"));
                replace(mended, new Dependency(noun, before, "case"), new Dependency(gerund, before, "mark"));
            }
        }
        if (!mended.equals(dependencies)) {
            mended.sort(Comparator.comparingInt(Dependency::dependent)); // children in sentence order
        }
        return mended;
    }

    private static Optional<Dependency> headOf(List<Dependency> dependencies, int token) {
        return dependencies.stream().filter(d -> d.dependent() == token).findFirst();
    }

    private static void replace(List<Dependency> dependencies, Dependency old, Dependency replacement) {
        dependencies.set(dependencies.indexOf(old), replacement);
    }
}
