package org.sitrep.coding.places;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.model.ControlChange;
import org.sitrep.model.Place;

/**
 * Drops control claims on a small listed place in a country the article says nothing else of, among places it names
 * elsewhere: a name the recognizer took for a place and the gazetteer matched to a namesake abroad (a volunteer
 * called Barry read as the Welsh town, a brigade's "Liwa" as a town in Oman) is no place the war is fought over.
 */
public final class ForeignNamesakes {
    /** A place this big is named without its country ("Mosul" in a story from Syria). */
    private static final long CITY_POPULATION = 100_000;
    /** How many places of other countries make a story's setting clear enough to tell a namesake. */
    private static final int SETTING_PLACES = 3;
    private final Gazetteer gazetteer;

    public ForeignNamesakes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The claims whose place is no small namesake abroad. */
    public List<ControlChange> keep(Linked linked, List<ControlChange> claims) {
        return claims.stream().filter(claim -> claim.placeRef().flatMap(gazetteer::byId)
                .map(place -> place.population() >= CITY_POPULATION || inView(linked, place)).orElse(true)).toList();
    }

    /**
     * Whether a name other than the place's own names a place or a state of the place's country, or the article
     * names too few other places to tell where it is set.
     */
    private boolean inView(Linked linked, Place place) {
        Set<String> elsewhere = new HashSet<>();
        for (LinkedMention m : linked.mentions()) {
            Optional<String> country = m.place().map(Place::countryCode)
                    .or(() -> m.actor().flatMap(a -> gazetteer.country(a.id())).map(Place::countryCode));
            boolean own = m.place().map(p -> p.geonameId().equals(place.geonameId())).orElse(false);
            if (own || country.isEmpty()) {
                continue;
            }
            if (country.get().equals(place.countryCode())) {
                return true;
            }
            // a state acting abroad ("Russian raids") sets no story; a place does
            m.place().ifPresent(p -> elsewhere.add(p.geonameId()));
        }
        return elsewhere.size() < SETTING_PLACES;
    }
}
