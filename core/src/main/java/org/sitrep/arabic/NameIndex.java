package org.sitrep.arabic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Actor;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;

/**
 * Finds actors and places in Arabic sentences by their Arabic names in the knowledge base and gazetteer, compared
 * normalized, countries also as places ({@code country-places.tsv}), and by the pack's descriptions ({@code actor-descriptors.tsv}: "قوات النظام"), the first word also
 * without its proclitics ("وبحلب" → حلب); the longest name wins. No NER: persons,
 * groups and places the knowledge files lack are missed. Immutable; thread-safe.
 */
public final class NameIndex {
    private final Map<String, Actor> actors;
    private final Map<String, Place> places;
    private final Clitics clitics;
    private final int longest;
    private final java.util.Set<String> countries;

    private NameIndex(Map<String, Actor> actors, Map<String, Place> places, Clitics clitics) {
        this.countries = places.values().stream().filter(Place::isCountry).map(Place::geonameId)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.actors = Map.copyOf(actors);
        this.places = Map.copyOf(places);
        this.clitics = clitics;
        this.longest = java.util.stream.Stream.concat(actors.keySet().stream(), places.keySet().stream())
                .mapToInt(name -> name.split(" ").length).max().orElse(1);
    }

    /** Indexes every Arabic alias of the knowledge base and every Arabic name of the gazetteer. */
    public static NameIndex of(KnowledgeBase knowledge, Gazetteer gazetteer, ArabicPack pack) {
        Normalizer normalizer = pack.normalizer();
        Map<String, Actor> actors = new HashMap<>();
        for (Actor actor : knowledge.actors()) {
            for (String alias : actor.arabicAliases()) {
                actors.putIfAbsent(normalizer.normalize(alias), actor);
            }
        }
        for (String[] row : ArabicPack.rows("actor-descriptors.tsv")) {
            Actor actor = knowledge.byId(row[1].strip()).orElseThrow(() -> new IllegalStateException(
                    "ar/actor-descriptors.tsv: unknown actor " + row[1]));
            for (String phrase : row[0].split("\\|")) {
                actors.putIfAbsent(normalizer.normalize(phrase), actor);
            }
        }
        Map<String, Place> places = new HashMap<>();
        // most populous first, as the gazetteer resolves English names
        gazetteer.byArabicName().forEach((name, found) -> places.merge(normalizer.normalize(name), found.get(0),
                (a, b) -> a.population() >= b.population() ? a : b));
        for (String[] row : ArabicPack.rows("country-places.tsv")) {
            String[] names = row[0].split("\\|");
            // the country's record (coordinates) is the gazetteer's, from knowledge/country-places.tsv
            Place record = gazetteer.byId(row[1]).filter(Place::isCountry).orElseThrow(() -> new IllegalStateException(
                    "ar/country-places.tsv: " + row[1] + " is no country of knowledge/country-places.tsv"));
            Place country = new Place(record.geonameId(), record.name(), List.of(), Optional.of(names[0]),
                    record.lat(), record.lon(), record.countryCode(), record.featureCode(), record.population());
            for (String name : names) {
                places.putIfAbsent(normalizer.normalize(name), country);
            }
        }
        return new NameIndex(actors, places, pack.clitics());
    }

    /** Whether a GeoNames id is one of the pack's countries (whose control no single event decides). */
    public boolean isCountry(String geonameId) {
        return countries.contains(geonameId);
    }

    /** The known names of a sentence, left to right, none overlapping. */
    public List<Name> find(Sentence sentence, String text) {
        List<Token> tokens = sentence.tokens();
        List<Name> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Name> found = longestAt(tokens, i, text);
            if (found.isPresent()) {
                names.add(found.get());
                i = found.get().last() + 1;
            } else {
                i++;
            }
        }
        return names;
    }

    private Optional<Name> longestAt(List<Token> tokens, int i, String text) {
        for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
            StringBuilder rest = new StringBuilder();
            for (int k = i + 1; k < i + n; k++) {
                rest.append(' ').append(tokens.get(k).normal());
            }
            for (String first : clitics.variants(tokens.get(i).normal())) {
                String key = first + rest;
                int start = tokens.get(i).start() + (tokens.get(i).text().length() - stemLength(tokens.get(i), first));
                int end = tokens.get(i + n - 1).end();
                Actor actor = actors.get(key);
                Place place = places.get(key);
                if (actor != null) {
                    return Optional.of(new Name(i, i + n - 1, new Mention(text.substring(start, end), start, end,
                            type(actor), actor.name(), Optional.of(actor.id()), Optional.empty(), Optional.empty(),
                            0.9), Optional.of(actor), Optional.ofNullable(place)));
                }
                if (place != null) {
                    return Optional.of(new Name(i, i + n - 1, new Mention(text.substring(start, end), start, end,
                            EntityType.LOCATION, place.name(), Optional.of(place.geonameId()),
                            Optional.of(place.lat()), Optional.of(place.lon()), 0.8), Optional.empty(),
                            Optional.of(place)));
                }
            }
        }
        return Optional.empty();
    }

    /** How many characters of the token's original text the stripped form keeps (the clitics cut off its front). */
    private static int stemLength(Token token, String form) {
        int cut = Math.max(0, token.normal().length() - form.length());
        return Math.max(1, token.text().length() - cut);
    }

    private static EntityType type(Actor actor) {
        return switch (actor.kind()) {
            case STATE -> EntityType.COUNTRY;
            case ARMED_GROUP -> EntityType.ARMED_GROUP;
            case PERSON -> EntityType.PERSON;
            case COALITION, ORGANISATION -> EntityType.ORGANIZATION;
        };
    }
}
