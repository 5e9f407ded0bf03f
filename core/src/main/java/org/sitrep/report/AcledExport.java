package org.sitrep.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.data.DataFiles;
import org.sitrep.knowledge.AdminAreas;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;
import org.sitrep.review.Review;
import org.sitrep.situation.MergedEvent;
import org.sitrep.situation.Report;

/**
 * Merged events in ACLED's export columns, so that analysts load sitrep where they load ACLED: dates with ACLED's
 * time precision, ACLED event and sub-event types, interaction codes, country, governorate (admin1, by
 * point-in-polygon) and coordinates with geo precision, fatalities, and in {@code notes} the evidence sentence; then
 * sitrep's own columns (confidence, modality, the evidence's article, URL and offsets). The modality and, for a
 * reviewed event, the review ("sitrep review: corrected by Ana on …") also go in {@code tags}. As CSV or GeoJSON.
 */
public final class AcledExport {
    /** ACLED's export columns, in ACLED's order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");
    /** sitrep's columns after ACLED's: how sure, in which mood, and where the evidence stands. */
    public static final List<String> SITREP_COLUMNS = List.of("confidence", "modality", "sources", "article_id", "url",
            "evidence_start", "evidence_end", "reviewed", "review_verdict", "reviewer");
    private static final Map<String, String> INTER = DataFiles.rows("/org/sitrep/report/acled-inter.tsv").stream()
            .collect(Collectors.toUnmodifiableMap(row -> row[0], row -> row[1]));
    private static final Map<String, String[]> COUNTRIES = DataFiles.rows("/org/sitrep/report/acled-countries.tsv")
            .stream().collect(Collectors.toUnmodifiableMap(row -> row[0], row -> row));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KnowledgeBase knowledge;
    private final Function<String, Optional<Place>> places;
    private final AdminAreas adminAreas;

    public AcledExport(KnowledgeBase knowledge, Function<String, Optional<Place>> places) {
        this.knowledge = knowledge;
        this.places = places;
        this.adminAreas = AdminAreas.syria();
    }

    /** The dated events as CSV, one row each: ACLED's columns, then sitrep's. */
    public String csv(List<MergedEvent> events) {
        StringBuilder out = new StringBuilder(String.join(",", header())).append('\n');
        for (Map<String, String> row : rows(events)) {
            out.append(row.values().stream().map(Csv::cell).collect(Collectors.joining(","))).append('\n');
        }
        return out.toString();
    }

    /** The dated events with coordinates as a GeoJSON FeatureCollection of points, the CSV's row as properties. */
    public String geojson(List<MergedEvent> events) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Map<String, String> row : rows(events)) {
            if (row.get("latitude").isEmpty()) {
                continue;
            }
            ObjectNode feature = features.addObject().put("type", "Feature");
            feature.putObject("geometry").put("type", "Point").putArray("coordinates")
                    .add(Double.parseDouble(row.get("longitude"))).add(Double.parseDouble(row.get("latitude")));
            ObjectNode properties = feature.putObject("properties");
            row.forEach(properties::put);
        }
        return collection.toString();
    }

    /** Every column name, ACLED's first. */
    public static List<String> header() {
        return java.util.stream.Stream.concat(COLUMNS.stream(), SITREP_COLUMNS.stream()).toList();
    }

    /** The dated events, one row each, by column name; undated background mentions have no place in a dataset. */
    public List<Map<String, String>> rows(List<MergedEvent> events) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (MergedEvent e : events) {
            if (e.date().isPresent()) {
                rows.add(row(e));
            }
        }
        return rows;
    }

    private Map<String, String> row(MergedEvent e) {
        LocalDate day = e.date().orElseThrow().first();
        long days = ChronoUnit.DAYS.between(e.date().get().first(), e.date().get().last());
        Optional<Place> place = e.placeRef().flatMap(places);
        Optional<String[]> country = place.map(p -> COUNTRIES.get(p.countryCode()));
        String inter1 = inter(e.actor());
        String inter2 = inter(e.target());
        Report first = e.reports().get(0);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("event_id_cnty", e.id());
        row.put("event_date", day.toString());
        row.put("year", Integer.toString(day.getYear()));
        row.put("time_precision", days == 0 ? "1" : days <= 6 ? "2" : "3");
        row.put("disorder_type", e.acled().disorderType());
        row.put("event_type", e.acled().eventType());
        row.put("sub_event_type", e.acled().subEventType());
        row.put("actor1", e.actor().orElse(""));
        row.put("assoc_actor_1", "");
        row.put("inter1", inter1);
        row.put("actor2", e.target().orElse(""));
        row.put("assoc_actor_2", "");
        row.put("inter2", inter2);
        row.put("interaction", inter1.isEmpty() ? "" : inter1 + (inter2.isEmpty() ? "0" : inter2));
        row.put("civilian_targeting", "");
        row.put("iso", country.map(c -> c[1]).orElse(""));
        row.put("region", country.map(c -> c[2]).orElse(""));
        row.put("country", place.map(p -> new Locale("", p.countryCode()).getDisplayCountry(Locale.ENGLISH)).orElse(""));
        // a country's point is only where it is drawn: it lies in no governorate
        boolean wholeCountry = place.map(Place::isCountry).orElse(false);
        row.put("admin1", place.filter(p -> !wholeCountry).flatMap(p -> adminAreas.at(p.lat(), p.lon()))
                .map(AdminAreas.Area::name).orElse(""));
        row.put("admin2", "");
        row.put("admin3", "");
        row.put("location", e.place().orElse(""));
        row.put("latitude", place.map(p -> String.format(Locale.ROOT, "%.4f", p.lat())).orElse(""));
        row.put("longitude", place.map(p -> String.format(Locale.ROOT, "%.4f", p.lon())).orElse(""));
        row.put("geo_precision", e.place().isEmpty() ? "" : e.placeRef().isPresent() && !wholeCountry ? "1" : "3");
        row.put("source", e.reports().stream().map(Report::source).distinct().collect(Collectors.joining("; ")));
        row.put("source_scale", "");
        row.put("notes", notes(e));
        row.put("fatalities", e.fatalities().map(Object::toString).orElse("0"));
        row.put("tags", modalityTag(e));
        row.put("timestamp", "");
        row.put("confidence", String.format(Locale.ROOT, "%.3f", e.confidence()));
        row.put("modality", e.modality().label());
        row.put("sources", Integer.toString(e.sources()));
        row.put("article_id", first.articleId());
        row.put("url", first.url().orElse(""));
        row.put("evidence_start", Integer.toString(first.evidence().start()));
        row.put("evidence_end", Integer.toString(first.evidence().end()));
        row.put("reviewed", Boolean.toString(e.reviewed().isPresent()));
        row.put("review_verdict", e.reviewed().map(r -> r.verdict().label()).orElse(""));
        row.put("reviewer", e.reviewed().map(Review::reviewer).orElse(""));
        return row;
    }

    /** ACLED's actor type: by the actor's side where the mapping names it, else by its kind. */
    private String inter(Optional<String> actor) {
        Optional<Actor> known = actor.flatMap(knowledge::byAlias);
        return known.flatMap(a -> knowledge.side(a).map(side -> INTER.get("side:" + side)))
                .or(() -> known.map(a -> INTER.get("kind:" + a.kind().name()))).orElse("");
    }

    /** The evidence, as ACLED's notes summarise the source: the sentence, then where it stands. */
    private static String notes(MergedEvent e) {
        Report first = e.reports().get(0);
        return first.evidence().sentence().replaceAll("\\s+", " ").strip() + " [sitrep: article " + first.articleId()
                + " [" + first.evidence().start() + "," + first.evidence().end() + "); " + e.reports().size()
                + " report" + (e.reports().size() == 1 ? "" : "s") + "]";
    }

    private static String modalityTag(MergedEvent e) {
        return "sitrep modality: " + e.modality().label()
                + e.reviewed().map(r -> "; sitrep review: " + ReviewFormats.line(r)).orElse("");
    }
}
