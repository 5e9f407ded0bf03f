package org.sitrep.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * How a deed's victims are named where they are civilians by the pack's nouns ("killing five civilians", "22 people
 * were killed"): marked as civilians (children, residents), or only as people, which does not say of which side the
 * dead of a strike or a battle were.
 */
public final class VictimNouns {
    /** Whether the victims' nouns mark them as civilians or only count people. */
    public enum Naming { MARKED, UNMARKED }

    private final LanguagePack pack;

    VictimNouns(LanguagePack pack) {
        this.pack = pack;
    }

    /**
     * The naming of a deed's civilian victims, its object or, in the passive, its subject: the noun itself, or the
     * noun a quantity counts or is told as ("dozens of civilians", "dozens, mostly women and children"); empty where
     * no civilian noun names them. One marked noun marks them all ("20 people, including 10 civilians").
     */
    public Optional<Naming> of(Sentence sentence, int deed) {
        boolean passive = Clauses.isPassive(sentence, deed);
        for (Dependency child : sentence.children(deed)) {
            boolean victim = child.relation().equals("obj") || (passive && child.relation().startsWith("nsubj"));
            if (!victim) {
                continue;
            }
            List<Token> nouns = new ArrayList<>(List.of(sentence.tokens().get(child.dependent())));
            sentence.children(child.dependent()).stream().filter(d -> d.relation().startsWith("nmod")
                            || d.relation().equals("appos") || d.relation().equals("dep"))
                    .map(d -> sentence.tokens().get(d.dependent())).forEach(nouns::add);
            List<String> civil = nouns.stream().map(n -> n.lemma().toLowerCase(Locale.ROOT))
                    .filter(lemma -> pack.has(WordList.CIVILIAN_NOUNS, lemma)).toList();
            if (!civil.isEmpty()) {
                return Optional.of(civil.stream().allMatch(lemma -> pack.has(WordList.UNMARKED_VICTIM_NOUNS, lemma))
                        ? Naming.UNMARKED : Naming.MARKED);
            }
        }
        return Optional.empty();
    }
}
