package org.sitrep.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.knowledge.AdminAreas;
import org.sitrep.model.Place;
import org.sitrep.review.Review;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.DateRange;
import org.sitrep.situation.Freshness;
import org.sitrep.situation.Importance;
import org.sitrep.situation.MergedEvent;
import org.sitrep.situation.Report;
import org.sitrep.situation.StancePoint;

/** Renderings of the situation (control intervals, merged events) as text, JSON, GeoJSON and CSV. */
public final class SituationFormats {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final AdminAreas ADMIN_AREAS = AdminAreas.syria();

    private SituationFormats() {
    }

    /** One interval as JSON, with how fresh it is on {@code at}: last report, faded confidence, stale or not. */
    public static ObjectNode control(ControlInterval interval, LocalDate at, Freshness freshness) {
        ObjectNode node = JSON.createObjectNode().put("place", interval.place())
                .put("placeRef", interval.placeRef().orElse(null)).put("controller", interval.controller())
                .put("controllerSide", interval.side().orElse(null)).put("status", interval.status().label())
                .put("holderStated", interval.holderStated()).put("from", interval.from().toString())
                .put("to", interval.to().map(Object::toString).orElse(null))
                .put("lastReported", interval.lastReported().toString())
                .put("confidence", freshness.confidence(interval, asOf(interval, at)))
                .put("stale", freshness.stale(interval, asOf(interval, at)));
        interval.challengers().forEach(node.putArray("challengers")::add);
        node.set("reviewed", ReviewFormats.mark(interval.reviewed()));
        ArrayNode evidence = node.putArray("evidence");
        evidence(evidence, interval.evidence());
        // each report is one article's claim: its id is what a review names, its review the one that holds
        for (int i = 0; i < interval.evidence().size(); i++) {
            Report report = interval.evidence().get(i);
            ((ObjectNode) evidence.get(i)).put("claimId", interval.claimId(report))
                    .set("reviewed", ReviewFormats.mark(report.review()));
        }
        return node;
    }

    public static ObjectNode event(MergedEvent event, Optional<Importance.Score> score) {
        ObjectNode node = JSON.createObjectNode().put("id", event.id()).put("type", event.type().name())
                .put("acled", event.acled().label()).put("cameo", event.cameo()).put("actor", event.actor().orElse(null))
                .put("actorSide", event.actorSide().orElse(null)).put("target", event.target().orElse(null))
                .put("targetSide", event.targetSide().orElse(null)).put("place", event.place().orElse(null))
                .put("placeRef", event.placeRef().orElse(null));
        event.lat().ifPresent(lat -> node.put("lat", lat));
        event.lon().ifPresent(lon -> node.put("lon", lon));
        node.put("from", event.date().map(d -> d.first().toString()).orElse(null))
                .put("to", event.date().map(d -> d.last().toString()).orElse(null))
                .put("modality", event.modality().label()).put("sources", event.sources())
                .put("fatalities", event.fatalities().orElse(null))
                .put("firstReported", event.firstReported().map(Object::toString).orElse(null))
                .put("confidence", event.confidence()).put("contradicted", event.contradicted());
        node.set("reviewed", ReviewFormats.mark(event.reviewed()));
        score.ifPresent(s -> node.putObject("importance").put("score", s.total()).put("kind", s.kind())
                .put("place", s.place()).put("sources", s.sources()).put("recency", s.recency())
                .put("modality", s.modality()).put("precision", s.precision()).put("trust", s.trust()));
        evidence(node.putArray("evidence"), event.reports());
        return node;
    }

    /** One stance observation with its evidence. */
    public static ObjectNode stance(StancePoint p) {
        return JSON.createObjectNode().put("from", p.from()).put("to", p.to()).put("toSide", p.toSide().orElse(null))
                .put("date", p.date().map(d -> d.first().toString()).orElse(null)).put("value", p.value())
                .put("articleId", p.report().articleId()).put("source", p.report().source())
                .put("url", p.report().url().orElse(null))
                .put("start", p.report().evidence().start()).put("end", p.report().evidence().end())
                .put("text", p.report().evidence().sentence());
    }

    private static void evidence(ArrayNode array, List<Report> reports) {
        for (Report report : reports) {
            array.addObject().put("articleId", report.articleId()).put("source", report.source())
                    .put("url", report.url().orElse(null)).put("published", report.published().map(Object::toString).orElse(null))
                    .put("start", report.evidence().start()).put("end", report.evidence().end())
                    .put("text", report.evidence().sentence()).put("confidence", report.confidence());
        }
    }

    public static String json(List<ObjectNode> nodes) {
        ArrayNode array = JSON.createArrayNode();
        array.addAll(nodes);
        return write(array);
    }

    /** Control as a GeoJSON FeatureCollection of points, one per place with known coordinates. */
    public static String geojson(List<ControlInterval> intervals, Function<String, Optional<Place>> places,
                                 LocalDate at, Freshness freshness) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (ControlInterval interval : intervals) {
            Optional<Place> place = interval.placeRef().flatMap(places);
            if (place.isEmpty()) {
                continue;
            }
            ObjectNode feature = features.addObject().put("type", "Feature");
            feature.putObject("geometry").put("type", "Point").putArray("coordinates")
                    .add(place.get().lon()).add(place.get().lat());
            feature.set("properties", control(interval, at, freshness));
        }
        return write(collection);
    }

    /**
     * Control as CSV: one row per place, in ACLED's column names where they apply (location, coordinates, admin1,
     * country, actor1 the controller, actor2 a contest's challengers joined by "; ", source, notes the evidence),
     * then the interval, its freshness and the newest
     * report's article, URL and offsets, and the newest review among the interval's claims (whether
     * reviewed, the verdict, by whom).
     */
    public static String csv(List<ControlInterval> intervals, Function<String, Optional<Place>> places, LocalDate at,
                             Freshness freshness) {
        StringBuilder out = new StringBuilder("location,place_ref,latitude,longitude,admin1,country,actor1,"
                + "controller_side,actor2,status,from,to,last_reported,confidence,stale,sources,source,article_id,url,"
                + "evidence_start,evidence_end,notes,reviewed,review_verdict,reviewer\n");
        for (ControlInterval i : intervals) {
            Optional<Place> place = i.placeRef().flatMap(places);
            Report last = i.evidence().get(i.evidence().size() - 1);
            out.append(String.join(",", Csv.cell(i.place()), Csv.cell(i.placeRef().orElse("")),
                    place.map(p -> String.format(Locale.ROOT, "%.4f", p.lat())).orElse(""),
                    place.map(p -> String.format(Locale.ROOT, "%.4f", p.lon())).orElse(""),
                    Csv.cell(place.flatMap(p -> ADMIN_AREAS.at(p.lat(), p.lon())).map(AdminAreas.Area::name)
                            .orElse("")),
                    Csv.cell(place.map(p -> new Locale("", p.countryCode()).getDisplayCountry(Locale.ENGLISH))
                            .orElse("")),
                    Csv.cell(i.controller()), Csv.cell(i.side().orElse("")),
                    Csv.cell(String.join("; ", i.challengers())), i.status().label(), i.from().toString(),
                    i.to().map(Object::toString).orElse(""), i.lastReported().toString(),
                    String.format(Locale.ROOT, "%.3f", freshness.confidence(i, asOf(i, at))),
                    Boolean.toString(freshness.stale(i, asOf(i, at))),
                    Long.toString(i.evidence().stream().map(Report::source).distinct().count()),
                    Csv.cell(last.source()), last.articleId(), Csv.cell(last.url().orElse("")),
                    Integer.toString(last.evidence().start()), Integer.toString(last.evidence().end()),
                    Csv.cell(last.evidence().sentence()), Boolean.toString(i.reviewed().isPresent()),
                    i.reviewed().map(r -> r.verdict().label()).orElse(""),
                    Csv.cell(i.reviewed().map(Review::reviewer).orElse("")))).append('\n');
        }
        return out.toString();
    }

    /** How fresh an interval is judged: on the day asked, or for an interval that ended before it, on its last day. */
    private static LocalDate asOf(ControlInterval interval, LocalDate asked) {
        return interval.to().filter(end -> !end.isAfter(asked)).map(end -> end.minusDays(1)).orElse(asked);
    }

    /** Fresh claims first, then the stale ones apart under their own heading. */
    public static String text(List<ControlInterval> intervals, LocalDate at, Freshness freshness) {
        StringBuilder out = new StringBuilder();
        List<ControlInterval> fresh = intervals.stream().filter(i -> !freshness.stale(i, asOf(i, at))).toList();
        List<ControlInterval> stale = intervals.stream().filter(i -> freshness.stale(i, asOf(i, at))).toList();
        lines(out, fresh, at, freshness);
        if (!stale.isEmpty()) {
            out.append(String.format(Locale.ROOT, "not confirmed for more than %d days before %s:%n",
                    freshness.staleAfterDays(), at));
            lines(out, stale, at, freshness);
        }
        return out.toString();
    }

    /**
     * A contest's other sides as the text line shows them: "against" the holder's challengers; where no report
     * states the holder, the sides that fought there, whose roles the reports do not give.
     */
    private static String sides(ControlInterval interval) {
        if (interval.challengers().isEmpty()) {
            return "";
        }
        return (interval.holderStated() ? " against " : ", fought over by ")
                + String.join(", ", interval.challengers());
    }

    private static void lines(StringBuilder out, List<ControlInterval> intervals, LocalDate at, Freshness freshness) {
        for (ControlInterval i : intervals) {
            out.append(String.format(Locale.ROOT, "%-20s %-9s %s%s%s  %s → %s  (last reported %s, confidence %.2f)%n",
                    i.place(), i.status().label(), i.controller(), i.side().map(s -> " (" + s + ")").orElse(""),
                    sides(i),
                    i.from(), i.to().map(Object::toString).orElse("now"), i.lastReported(),
                    freshness.confidence(i, asOf(i, at))));
            for (Report report : i.evidence()) {
                out.append("    ▸ ").append(report.source()).append(' ').append(report.articleId()).append(" [")
                        .append(report.evidence().start()).append(',').append(report.evidence().end()).append(") ")
                        .append(report.review().map(r -> "(" + ReviewFormats.line(r) + ") ").orElse(""))
                        .append(report.evidence().sentence()).append('\n');
            }
        }
    }

    public static String eventLine(MergedEvent e) {
        return String.format(Locale.ROOT, "%s %s [%s; CAMEO %s] %s%s%s (%s; %d source%s, confidence %.2f%s)",
                e.date().map(SituationFormats::range).orElse("undated"), e.type(), e.acled().label(), e.cameo(),
                e.actor().orElse("?") + e.actorSide().map(s -> " (" + s + ")").orElse(""),
                e.target().map(t -> " → " + t).orElse(""), e.place().map(p -> " @ " + p).orElse(""), e.modality().label(),
                e.sources(), e.sources() == 1 ? "" : "s", e.confidence(), e.contradicted() ? ", contradicted" : "")
                + e.reviewed().map(r -> " [" + ReviewFormats.line(r) + "]").orElse("");
    }

    private static String range(DateRange range) {
        return range.first().equals(range.last()) ? range.first().toString() : range.first() + ".." + range.last();
    }


    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
