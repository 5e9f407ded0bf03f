package org.sitrep.knowledge;

import java.util.List;
import java.util.Locale;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.EntityType;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Names in a place slot that neither the gazetteer nor the recogniser knows ("an attack on Ja'Din"): "the town" after
 * one is that place, not a town the text named before it.
 */
public final class UnknownPlaces {
    private static final List<String> NAME_TAGS = List.of("O", "PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private UnknownPlaces() {
    }

    /**
     * Whether an anaphor's antecedent stands clear of an unknown place name: there is none in the anaphor's sentence
     * before it, or the antecedent comes after the last one ("launched an attack on X, retaking the town" is X, not a
     * town named before it).
     */
    public static boolean clearOf(LanguagePack pack, Sentence sentence, int anaphor, List<LinkedMention> mentions,
                                  LinkedMention antecedent) {
        int unknown = lastBefore(pack, sentence, anaphor, mentions);
        return unknown < 0 || antecedent.sentence() == sentence.index() && antecedent.lastToken() > unknown;
    }

    /**
     * The last proper noun before the token that a locative preposition marks and that no mention of a known place,
     * actor, person or organisation covers; -1 if none. A time the time finder tagged ("on Sunday") is no name.
     */
    private static int lastBefore(LanguagePack pack, Sentence sentence, int before, List<LinkedMention> mentions) {
        int found = -1;
        for (int i = 0; i < before && i < sentence.tokens().size(); i++) {
            Token token = sentence.tokens().get(i);
            int index = i;
            if (token.isProperNoun() && NAME_TAGS.contains(token.ner())
                    && mentions.stream().noneMatch(m -> m.sentence() == sentence.index() && m.covers(index)
                    && known(m))
                    && sentence.children(i, "case").stream().anyMatch(marker -> pack.has(
                    WordList.LOCATIVE_PREPOSITIONS, marker.word().toLowerCase(Locale.ROOT)))) {
                found = i;
            }
        }
        return found;
    }

    /** A mention of a place, an actor, a person or an organisation: a name that is something other than a place. */
    private static boolean known(LinkedMention mention) {
        return mention.place().isPresent() || mention.actor().isPresent()
                || mention.mention().type() == EntityType.PERSON || mention.mention().type() == EntityType.ORGANIZATION;
    }
}
