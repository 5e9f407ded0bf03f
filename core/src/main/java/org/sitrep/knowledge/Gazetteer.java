package org.sitrep.knowledge;

import org.sitrep.data.DataFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Place;

/**
 * The world's populated places from GeoNames ({@code gazetteer.tsv.gz}) plus news spellings
 * ({@code place-aliases.tsv}), looked up by folded name; candidates come most populous first. Immutable.
 */
public final class Gazetteer {
    private final Map<String, List<Place>> byName;
    private final Map<String, Place> byId;
    private final Map<String, List<Place>> byArabicName;
    private final Map<String, Place> countries;
    /** Places by their names with each word in its standard spelling ({@code place-name-variants.tsv}). */
    private final Map<String, List<Place>> byVariant;
    private final Map<String, String> variants;
    /** Named areas that are no populated place, by folded name, each at its seat ({@code regions.tsv}). */
    private final Map<String, Place> regions;
    /** The countries by their ISO code ({@code country-places.tsv}). */
    private final Map<String, Place> countriesByCode;
    /** Each country's seat of government (GeoNames' {@code PPLC}) by the country's ISO code. */
    private final Map<String, Place> capitalsByCode;
    /** GeoNames' feature code of a populated place, given to a settlement no gazetteer row lists. */
    public static final String UNLISTED_FEATURE = "PPL";

    private Gazetteer(Map<String, List<Place>> byName, Map<String, Place> byId,
                      Map<String, List<Place>> byArabicName, Map<String, Place> countries,
                      Map<String, List<Place>> byVariant, Map<String, String> variants, Map<String, Place> regions) {
        this.regions = regions;
        this.byVariant = byVariant;
        this.variants = variants;
        this.byName = byName;
        this.byId = byId;
        this.countries = countries;
        this.byArabicName = byArabicName;
        this.countriesByCode = byId.values().stream().filter(Place::isCountry)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Place::countryCode, p -> p, (a, b) -> a));
        this.capitalsByCode = byId.values().stream().filter(Place::isCapital)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Place::countryCode, p -> p,
                        (a, b) -> a.population() >= b.population() ? a : b));
    }

    /** Loads the bundled gazetteer (about a second; load once and share). */
    public static Gazetteer load() {
        Map<String, List<Place>> byName = new HashMap<>(400_000);
        Map<String, Place> byId = new HashMap<>(300_000);
        Map<String, List<Place>> byArabicName = new HashMap<>();
        for (String[] f : DataFiles.rows("/org/sitrep/knowledge/gazetteer.tsv.gz")) {
            List<String> alternates = DataFiles.list(f[8]);
            List<String> arabic = DataFiles.list(f[9]);
            Place place = new Place(f[0], f[1], alternates, arabic.stream().findFirst(), Double.parseDouble(f[6]),
                    Double.parseDouble(f[7]), f[2], f[3], f[5].isEmpty() ? 0 : Long.parseLong(f[5]));
            byId.put(place.geonameId(), place);
            index(byName, Names.fold(place.name()), place);
            for (String alternate : alternates) {
                // a code among the alternates ("DAM" for Damascus) is no word of prose: only the same capitals
                // name the place, so "the Mosul Dam" is not Damascus
                index(byName, isCode(alternate) ? codeKey(alternate) : Names.fold(alternate), place);
            }
            for (String name : arabic) {
                byArabicName.computeIfAbsent(name, key -> new ArrayList<>(1)).add(place);
            }
        }
        for (String[] f : DataFiles.rows("/org/sitrep/knowledge/place-aliases.tsv")) {
            Place place = byId.get(f[1]);
            if (place == null) {
                throw new IllegalStateException("place-aliases.tsv: unknown GeoNames id " + f[1] + " for " + f[0]);
            }
            index(byName, Names.fold(f[0]), place);
        }
        Comparator<Place> mostPopulous = Comparator.comparingLong(Place::population).reversed();
        Map<String, String> variants = new HashMap<>();
        for (String[] f : DataFiles.rows("/org/sitrep/knowledge/place-name-variants.tsv")) {
            variants.put(f[0], f[1]);
        }
        Map<String, List<Place>> byVariant = new HashMap<>();
        byName.forEach((name, places) -> variantKey(variants, name)
                .ifPresent(key -> places.forEach(place -> index(byVariant, key, place))));
        byVariant.replaceAll((name, places) -> {
            places.sort(mostPopulous);
            return List.copyOf(places);
        });
        byName.replaceAll((name, places) -> {
            places.sort(mostPopulous);
            return List.copyOf(places);
        });
        byArabicName.replaceAll((name, places) -> {
            places.sort(mostPopulous);
            return List.copyOf(places);
        });
        // countries are places by their GeoNames id and their state actor only: their names stay the states' in
        // the name index
        Map<String, Place> countries = new HashMap<>();
        for (String[] f : DataFiles.rows("/org/sitrep/knowledge/country-places.tsv")) {
            Place country = new Place(f[1], f[2], List.of(), Optional.empty(), Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), f[3], Place.COUNTRY_FEATURE, 0);
            if (!f[0].equals("-")) {
                countries.put(f[0], country);
            } else {
                // a country no state actor speaks for ("Yemen", "Mali") is named only as a place: before any
                // town of its name, as the country is what the name means
                List<Place> named = new ArrayList<>(byName.getOrDefault(Names.fold(country.name()), List.of()));
                named.add(0, country);
                byName.put(Names.fold(country.name()), List.copyOf(named));
            }
            byId.put(country.geonameId(), country);
        }
        Map<String, Place> regions = new HashMap<>();
        for (String[] f : DataFiles.rows("/org/sitrep/knowledge/regions.tsv")) {
            Place seat = byId.get(f[1]);
            if (seat == null) {
                throw new IllegalStateException("regions.tsv: unknown GeoNames id " + f[1] + " for " + f[0]);
            }
            regions.put(Names.fold(f[0]), seat);
        }
        return new Gazetteer(Map.copyOf(byName), Map.copyOf(byId), Map.copyOf(byArabicName), Map.copyOf(countries),
                Map.copyOf(byVariant), Map.copyOf(variants), Map.copyOf(regions));
    }

    /**
     * A folded name of two or more words with its listed words in their standard spelling, where it has such a word
     * ("Tel" alone is no name of a place).
     */
    private static Optional<String> variantKey(Map<String, String> variants, String folded) {
        String[] words = folded.split(" ");
        if (words.length < 2) {
            return Optional.empty();
        }
        boolean listed = false;
        for (int i = 0; i < words.length; i++) {
            String standard = variants.get(words[i]);
            if (standard != null) {
                words[i] = standard;
                listed = true;
            }
        }
        return listed ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    private static void index(Map<String, List<Place>> byName, String key, Place place) {
        List<Place> places = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!places.contains(place)) {
            places.add(place);
        }
    }

    /** Places with this name, most populous first. */
    public List<Place> candidates(String name) {
        String folded = Names.fold(name);
        // "Tal Tamr" for GeoNames' "Tall Tamr": another spelling of a listed word, only where the name finds nothing
        List<Place> named = byName.containsKey(folded) ? byName.get(folded)
                : variantKey(variants, folded).map(key -> byVariant.getOrDefault(key, List.of())).orElse(List.of());
        List<Place> coded = isCode(name) ? byName.getOrDefault(codeKey(name), List.of()) : List.of();
        if (coded.isEmpty()) {
            return named;
        }
        List<Place> both = new ArrayList<>(coded);
        named.stream().filter(p -> !both.contains(p)).forEach(both::add);
        both.sort(Comparator.comparingLong(Place::population).reversed());
        return List.copyOf(both);
    }

    /** An alternate name in two to four capitals and nothing else: a code, as GeoNames lists airport codes. */
    private static boolean isCode(String name) {
        return name.length() >= 2 && name.length() <= 4 && name.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** The index key of a code, apart from every folded name (a fold is lower case). */
    private static String codeKey(String code) {
        return "#" + code;
    }

    /** The place a name most likely means, preferring places in the given country (ISO code). */
    public Optional<Place> resolve(String name, Optional<String> preferredCountry) {
        List<Place> candidates = candidates(name);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (preferredCountry.isPresent()) {
            for (Place place : candidates) {
                // A much bigger namesake elsewhere still wins: Damascus, Maryland never beats Damascus, Syria.
                if (place.countryCode().equals(preferredCountry.get())
                        && place.population() * 20 >= candidates.get(0).population()) {
                    return Optional.of(place);
                }
            }
        }
        return Optional.of(candidates.get(0));
    }

    /**
     * The seat of a named area that is no populated place ("Eastern Ghouta" at Douma, "Anbar" at Ramadi), where the
     * name is no place of the gazetteer.
     */
    public Optional<Place> region(String name) {
        return candidates(name).isEmpty() ? Optional.ofNullable(regions.get(Names.fold(name))) : Optional.empty();
    }

    /** Places by their Arabic names as GeoNames writes them (not normalized), most populous first. */
    public Map<String, List<Place>> byArabicName() {
        return byArabicName;
    }

    /** The country a state actor governs, as a place ("fighting in Syria"), from {@code country-places.tsv}. */
    public Optional<Place> country(String actorId) {
        return Optional.ofNullable(countries.get(actorId));
    }

    /**
     * A settlement the gazetteer does not list, which the text calls a town or village of a country ("the village of
     * X" in a story from Syria): a populated place of that country by its name, with no GeoNames id and located at
     * the country's centre until a gazetteer lists it; none where the country is unknown.
     */
    public Optional<Place> unlisted(String name, String countryCode) {
        return Optional.ofNullable(countriesByCode.get(countryCode)).map(country -> new Place("", name, List.of(),
                Optional.empty(), country.lat(), country.lon(), countryCode, UNLISTED_FEATURE, 0));
    }

    /** The capital of the country with this ISO code ("the capital" of a story set in Iraq is Baghdad), if listed. */
    public Optional<Place> capital(String countryCode) {
        return Optional.ofNullable(capitalsByCode.get(countryCode));
    }

    public Optional<Place> byId(String geonameId) {
        return Optional.ofNullable(byId.get(geonameId));
    }

    public int size() {
        return byId.size();
    }
}
