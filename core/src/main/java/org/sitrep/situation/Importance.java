package org.sitrep.situation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.data.DataFiles;
import org.sitrep.model.Place;

/**
 * Ranks merged events: kind (a change of territorial control ≫ fighting ≫ talks ≫ a statement) × the place's
 * weight (capital, provincial capital, city size) × corroboration (1 + ln sources) × recency (half-life before the
 * reference day) × modality (expected or hypothetical events lower) × date precision (a month or a year is vaguer
 * news than a day) × trust (its best report's confidence, the chance that report is coded right: a headline should
 * be one the evidence bears out). The factors come from {@code importance-weights.tsv}; the parts are kept, and multiply to the
 * total, so that {@code --explain} and the digest can show why.
 */
public final class Importance {
    private static final String FILE = "/org/sitrep/situation/importance-weights.tsv";
    private final Function<String, Optional<Place>> places;
    private final Map<String, Map<String, Double>> weights;
    private final List<String[]> placeRules;

    public Importance(Function<String, Optional<Place>> places) {
        this.places = places;
        Map<String, Map<String, Double>> parts = new LinkedHashMap<>();
        List<String[]> placeRows = new ArrayList<>();
        for (String[] row : DataFiles.rows(FILE)) {
            parts.computeIfAbsent(row[0], p -> new LinkedHashMap<>()).put(row[1], Double.parseDouble(row[2]));
            if (row[0].equals("place")) {
                placeRows.add(row);
            }
        }
        this.weights = parts;
        this.placeRules = List.copyOf(placeRows);
    }

    /** A score and its parts; the parts multiply to the total (before rounding). */
    public record Score(double total, double kind, double place, double sources, double recency, double modality,
                        double precision, double trust) {
        public String explain() {
            return String.format(Locale.ROOT, "%.2f = kind %.1f × place %.1f × sources %.2f × recency %.2f × modality "
                    + "%.1f × precision %.1f × trust %.2f", total, kind, place, sources, recency, modality, precision,
                    trust);
        }
    }

    public Score score(MergedEvent event, LocalDate reference) {
        double kind = kindWeight(event);
        double place = event.placeRef().flatMap(places).map(this::placeWeight).orElse(1.0);
        double sources = round(1 + Math.log(Math.max(1, event.sources())));
        double halfLife = weight("half-life", "-");
        double recency = round(event.date().map(d -> {
            long days = Math.max(0, ChronoUnit.DAYS.between(d.last(), reference));
            return Math.pow(0.5, days / halfLife);
        }).orElse(weight("undated", "-")));
        double modality = weights.get("modality").getOrDefault(event.modality().label(), weight("modality", "*"));
        double precision = event.date().map(d -> spanWeight(ChronoUnit.DAYS.between(d.first(), d.last())))
                .orElse(1.0);
        // the best single report's chance of being coded right (corroboration is already the sources factor); an
        // analyst's verdict is the event's own confidence
        double trust = round(event.reviewed().isPresent() ? event.confidence()
                : event.reports().stream().mapToDouble(Report::confidence).max().orElse(event.confidence()));
        double total = kind * place * sources * recency * modality * precision * trust;
        return new Score(round(total), kind, place, sources, recency, modality, precision, trust);
    }

    private double kindWeight(MergedEvent event) {
        Double byCameo = weights.getOrDefault("cameo", Map.of()).get(event.cameo());
        return byCameo != null ? byCameo : weights.get("type").getOrDefault(event.type().name(), weight("type", "*"));
    }

    double placeWeight(Place place) {
        for (String[] rule : placeRules) {
            if (matches(rule[1], place)) {
                return Double.parseDouble(rule[2]);
            }
        }
        return 1.0;
    }

    private static boolean matches(String condition, Place place) {
        for (String part : condition.split("&")) {
            boolean holds = part.equals("*")
                    || (part.startsWith("pop>=") ? place.population() >= Long.parseLong(part.substring(5))
                    : place.featureCode().equals(part));
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private double spanWeight(long days) {
        for (Map.Entry<String, Double> rule : weights.get("date-span").entrySet()) {
            if (rule.getKey().equals("*") || days > Long.parseLong(rule.getKey().substring(5))) {
                return rule.getValue();
            }
        }
        return 1.0;
    }

    private double weight(String part, String key) {
        Double value = weights.getOrDefault(part, Map.of()).get(key);
        if (value == null) {
            throw new IllegalStateException(FILE + ": missing " + part + " " + key);
        }
        return value;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
