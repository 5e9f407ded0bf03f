package org.sitrep.situation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.Place;

/**
 * Ranks merged events: kind (a change of territorial control ≫ fighting ≫ talks ≫ a statement) × the place's
 * weight (capital, provincial capital, city size) × corroboration (1 + ln sources) × recency (half-life 30 days
 * before the reference day), lowered for vague dates (a month, a year) and for expected or hypothetical events.
 * The parts are kept so that {@code --explain} and the digest can show why.
 */
public final class Importance {
    private static final double HALF_LIFE_DAYS = 30;
    private final Function<String, Optional<Place>> places;

    public Importance(Function<String, Optional<Place>> places) {
        this.places = places;
    }

    /** A score and its parts. */
    public record Score(double total, double kind, double place, double sources, double recency) {
        public String explain() {
            return String.format(Locale.ROOT, "%.2f = kind %.1f × place %.1f × sources %.2f × recency %.2f", total,
                    kind, place, sources, recency);
        }
    }

    public Score score(MergedEvent event, LocalDate reference) {
        double kind = kindWeight(event);
        double place = event.placeRef().flatMap(places).map(Importance::placeWeight).orElse(1.0);
        double sources = 1 + Math.log(Math.max(1, event.sources()));
        double recency = event.date().map(d -> {
            long days = Math.max(0, ChronoUnit.DAYS.between(d.last(), reference));
            return Math.pow(0.5, days / HALF_LIFE_DAYS);
        }).orElse(0.25);
        double modality = switch (event.modality()) {
            case "asserted", "reported" -> 1.0;
            case "expected" -> 0.7;
            default -> 0.4;
        };
        // A happening dated only to a month or a year is vaguer news than one dated to its day.
        double precision = event.date().map(d -> {
            long days = ChronoUnit.DAYS.between(d.first(), d.last());
            return days > 31 ? 0.3 : days > 7 ? 0.7 : 1.0;
        }).orElse(1.0);
        double total = kind * place * sources * recency * modality * precision;
        return new Score(Math.round(total * 100) / 100.0, kind, place, Math.round(sources * 100) / 100.0,
                Math.round(recency * 100) / 100.0);
    }

    private static double kindWeight(MergedEvent event) {
        if (event.cameo().equals("192")) {
            return 10;
        }
        return switch (event.type()) {
            case "FIGHT", "ASSAULT" -> 4;
            case "MOBILIZE", "RETREAT", "CONCEDE", "SANCTION", "COERCE" -> 3;
            case "AGREE", "CONSULT", "AID", "THREATEN", "DEMAND" -> 2;
            case "STATEMENT" -> 1;
            default -> 1.5;
        };
    }

    static double placeWeight(Place place) {
        boolean big = place.population() >= 500_000;
        if (place.featureCode().equals("PPLC")) {
            return 3;
        }
        if (place.featureCode().equals("PPLA")) {
            return big ? 2.8 : 2.3;
        }
        if (big) {
            return 2.5;
        }
        if (place.population() >= 100_000) {
            return 2;
        }
        return place.population() >= 20_000 ? 1.5 : 1;
    }
}
