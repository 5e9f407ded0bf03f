package org.sitrep.coding.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.EntityType;
import org.sitrep.model.Place;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/**
 * The one place a deed's country and the countries joined to it name together ("seized land in Syria and Iraq"):
 * the stretch of two states an analyst keeps as one place, as ACLED's wider precision does, where a deed's towns each
 * stay a place of their own.
 */
public final class JoinedCountries {
    private final LanguagePack pack;

    public JoinedCountries(LanguagePack pack) {
        this.pack = pack;
    }

    /**
     * The joined name, in the text's order ("Syria and Iraq", "Lebanon, Turkey and Jordan"), where the place is a
     * country the parse joins to one or more others and to nothing else; none where it stands alone, where a conjunct
     * is a town or a word of no place ("Syria and its allies"), or where a compass word gives one part of a country
     * ("western Iraq and eastern Syria": each part is a place of its own).
     */
    public Optional<String> name(Linked linked, Sentence sentence, LinkedMention place) {
        if (!PlaceFinder.isCountry(place) || place.sentence() != sentence.index() || compassed(sentence, place)) {
            return Optional.empty();
        }
        List<Dependency> conjuncts = sentence.children(place.lastToken()).stream()
                .filter(d -> d.relation().equals("conj")).toList();
        if (conjuncts.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(List.of(place.canonical()));
        for (Dependency conjunct : conjuncts) {
            // "in Syria or Iraq", "in Syria but not in Iraq": an alternative or a denied conjunct is no part of it
            boolean joins = sentence.children(conjunct.dependent(), "").stream()
                    .noneMatch(d -> pack.has(WordList.ALTERNATIVE_CONJUNCTIONS, d.word().toLowerCase(Locale.ROOT))
                            || pack.has(WordList.NEGATORS, d.word().toLowerCase(Locale.ROOT)));
            Optional<LinkedMention> country = linked.at(sentence.index(), conjunct.dependent())
                    .filter(m -> joins && country(m) && !compassed(sentence, m));
            if (country.isEmpty() || names.contains(country.get().canonical())) {
                return Optional.empty();
            }
            names.add(country.get().canonical());
        }
        // the text's own coordinator joins the last two names, so that the name reads in the article's language
        Dependency last = conjuncts.get(conjuncts.size() - 1);
        String coordinator = sentence.children(last.dependent(), "cc").stream().findFirst()
                .map(cc -> " " + cc.word() + " ").orElse(", ");
        return Optional.of(String.join(", ", names.subList(0, names.size() - 1)) + coordinator
                + names.get(names.size() - 1));
    }

    /**
     * A country, whether the linker took it as a place or as its state ("in Iraq and Syria" may give Syria the
     * government's id): a state's name in a place phrase is its country either way.
     */
    private static boolean country(LinkedMention mention) {
        return mention.place().filter(Place::isCountry).isPresent() || mention.place().isEmpty()
                && mention.mention().type() == EntityType.COUNTRY;
    }

    /** Whether a compass word opens the name or stands right before it: "northern Iraq". */
    private boolean compassed(Sentence sentence, LinkedMention place) {
        return PlaceFinder.compassWord(pack, sentence, place).isPresent();
    }
}
