package org.sitrep.knowledge;

import java.util.Locale;
import java.util.Optional;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** Whether a name stands for a place where it is used (by its preposition and its place in the parse). */
final class LocativeUse {
    private final LanguagePack pack;

    LocativeUse(LanguagePack pack) {
        this.pack = pack;
    }

    /** Whether a capital is used as a place here ("in Ankara", "the capital, Damascus") rather than as its state. */
    boolean isLocative(Sentence sentence, int token) {
        int current = token;
        for (int depth = 0; depth < 6; depth++) {
            for (Token marker : sentence.children(current, "case")) {
                String word = marker.word().toLowerCase(Locale.ROOT);
                if (pack.has(WordList.LOCATIVE_PREPOSITIONS, word)) {
                    return true;
                }
                if (pack.has(WordList.NON_LOCATIVE_PREPOSITIONS, word)) {
                    return false;
                }
            }
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                return false;
            }
            String relation = head.get().relation();
            Token governor = sentence.tokens().get(head.get().governor());
            if (relation.equals("appos") || relation.startsWith("compound")) {
                return true;
            }
            if (relation.startsWith("nsubj")) {
                boolean copula = !sentence.children(governor.index(), "cop").isEmpty();
                return copula || pack.has(WordList.PLACE_PREDICATES, governor.lemma());
            }
            if (relation.startsWith("nmod") && !relation.equals("nmod:poss")
                    && pack.has(WordList.PLACE_HEAD_NOUNS, governor.word())) {
                return true;
            }
            // "outside Ankara's train station": the owner of a site is the town it lies in, where the site is a place
            boolean site = relation.equals("nmod:poss") && pack.has(WordList.SITE_NOUNS,
                    governor.lemma().toLowerCase(Locale.ROOT));
            if (!relation.equals("conj") && !site) {
                return false;
            }
            current = governor.index();
        }
        return false;
    }
}
