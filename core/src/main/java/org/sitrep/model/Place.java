package org.sitrep.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A gazetteer place: GeoNames id, names, coordinates, country and how much control of it matters. */
public record Place(String geonameId, String name, List<String> alternateNames, Optional<String> arabicName,
                    double lat, double lon, String countryCode, String featureCode, long population) {
    public Place {
        Objects.requireNonNull(geonameId, "geonameId");
        Objects.requireNonNull(name, "name");
        alternateNames = List.copyOf(alternateNames);
        Objects.requireNonNull(arabicName, "arabicName");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(featureCode, "featureCode");
    }

    /** GeoNames' feature code of an independent political entity: a country. */
    public static final String COUNTRY_FEATURE = "PCLI";

    /** GeoNames' feature code of a country's seat of government. */
    public static final String CAPITAL_FEATURE = "PPLC";

    /** A country: where things happen, never a place one side holds. */
    public boolean isCountry() {
        return featureCode.equals(COUNTRY_FEATURE);
    }

    /** A country's seat of government. */
    public boolean isCapital() {
        return featureCode.equals(CAPITAL_FEATURE);
    }

    /** Capital or first-order administrative seat: a place whose fall is major news. */
    public boolean isMajor() {
        return isCapital() || featureCode.equals("PPLA") || population >= 500_000;
    }
}
