package org.sitrep.coding.places;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Of the places found for one deed, those that only say where another of them lies ("the village of X, part of
 * the city of Y"): the event is at the most specific.
 */
public final class NestedPlaces {
    private final LanguagePack pack;

    public NestedPlaces(LanguagePack pack) {
        this.pack = pack;
    }

    /**
     * "the village of Tokhar, part of the city of Manbij in the governorate of Aleppo": a place the parse hangs,
     * through "of"/"in" phrases, on the same phrase as a place named before it only says where that one lies; the
     * event is at the first, the most specific. Coordinated places ("in Aleppo and Idlib") each stay.
     */
    public boolean insideAnother(Sentence sentence, LinkedMention place, Set<LinkedMention> all) {
        Set<Integer> chain = nominalChain(sentence, place.lastToken());
        // they meet at the other place or at a place noun of its phrase ("the village of Tokhar"), not at a noun both
        // are arguments of ("control over Daraa and the security branches in Suwayda")
        return all.stream().anyMatch(other -> other != place && other.lastToken() < place.firstToken()
                && nominalChain(sentence, other.lastToken()).stream().filter(chain::contains)
                .anyMatch(t -> (t >= other.firstToken() && t <= other.lastToken())
                        || placeNoun(sentence.tokens().get(t))) || inRightAfter(sentence, other, chain));
    }

    /**
     * "struck a depot in Kafr Batna town in the Ghouta area of Damascus countryside", where the parse hangs the second
     * "in" phrase on the verb: a place whose "in" phrase opens right after another place's name (or its class noun)
     * says where that place lies, as {@link PlaceContainment} reads it.
     */
    private boolean inRightAfter(Sentence sentence, LinkedMention other, Set<Integer> chain) {
        List<Token> tokens = sentence.tokens();
        int last = other.lastToken();
        // "Kafr Batna town in ...": the "in" may follow the name's class noun
        boolean classNoun = last + 1 < tokens.size() && pack.has(WordList.SETTLEMENT_NOUNS, tokens.get(last + 1)
                .word().toLowerCase(Locale.ROOT))
                && sentence.head(last).filter(h -> h.governor() == last + 1).isPresent();
        int preposition = classNoun ? last + 2 : last + 1;
        return preposition < tokens.size() && pack.has(WordList.PARTIAL_PREPOSITIONS,
                tokens.get(preposition).word().toLowerCase(Locale.ROOT)) && sentence.head(preposition)
                .filter(h -> h.relation().equals("case") && chain.contains(h.governor())).isPresent();
    }

    /** "village", "city", "part", "area": a noun that names where something lies. */
    private boolean placeNoun(Token token) {
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        return pack.has(WordList.PLACE_CLASS_NOUNS, lemma) || pack.has(WordList.PART_NOUNS, lemma);
    }

    /** The token and the nouns above it through modifier phrases, up to the first other relation. */
    private static Set<Integer> nominalChain(Sentence sentence, int token) {
        Set<Integer> chain = new HashSet<>(List.of(token));
        int current = token;
        for (int depth = 0; depth < 5; depth++) {
            Optional<Dependency> head = sentence.head(current);
            // "Kafr Batna town in X": a name is its class noun's, and what lies under that noun lies under the name
            if (head.isEmpty() || head.get().governor() < 0 || !(head.get().relation().startsWith("nmod")
                    || head.get().relation().equals("compound") && sentence.tokens().get(current).isProperNoun())) {
                break;
            }
            current = head.get().governor();
            chain.add(current);
        }
        return chain;
    }
}
