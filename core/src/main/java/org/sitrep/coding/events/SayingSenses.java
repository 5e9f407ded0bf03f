package org.sitrep.coding.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** What the complement of a verb of agreeing tells: a view shared rather than an arrangement made. */
final class SayingSenses {
    private final Set<String> viewNouns;

    SayingSenses(Set<String> viewNouns) {
        this.viewNouns = Set.copyOf(viewNouns);
    }

    /** The senses with the pack's list of view nouns. */
    static SayingSenses of(LanguagePack pack) {
        return new SayingSenses(Set.copyOf(pack.words(WordList.VIEW_NOUNS)));
    }

    /**
     * "scholars agree on this point", "the envoy agrees the tactics worked": agreeing with a view or that something is
     * so shares an opinion, no arrangement between parties; "agreed to a truce", "agreed to release the prisoners",
     * "agreed that the truce would begin on Friday" (a clause with a modal: what is to be done) make one.
     */
    boolean opinion(Sentence sentence, Token verb) {
        List<String> relations = sentence.children(verb.index()).stream().map(d -> d.relation()).toList();
        if (relations.contains("obj") || relations.contains("xcomp")) {
            return false;
        }
        boolean factClause = sentence.children(verb.index(), "ccomp").stream()
                .anyMatch(clause -> clause.isVerb() && !sentence.hasModal(clause.index())
                        && !clause.pos().equals("VB"));
        boolean viewTopic = sentence.children(verb.index()).stream()
                .filter(d -> d.relation().startsWith("obl"))
                .map(d -> sentence.tokens().get(d.dependent()))
                .anyMatch(noun -> viewNouns.contains(noun.lemma().toLowerCase(Locale.ROOT))
                        && !ofAThing(sentence, noun));
        return factClause || viewTopic;
    }

    /** "the details of the handover", "the main points of a ceasefire": the of-phrase names what is arranged. */
    private static boolean ofAThing(Sentence sentence, Token view) {
        return sentence.children(view.index()).stream().filter(d -> d.relation().startsWith("nmod"))
                .map(d -> sentence.tokens().get(d.dependent())).anyMatch(Token::isNoun);
    }
}
