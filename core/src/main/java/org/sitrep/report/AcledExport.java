package org.sitrep.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.data.DataFiles;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;
import org.sitrep.situation.MergedEvent;
import org.sitrep.situation.Report;

/**
 * Merged events as CSV in ACLED's export columns, so that analysts load sitrep where they load ACLED: dates with
 * ACLED's time precision, ACLED event and sub-event types, interaction codes, coordinates with geo precision,
 * fatalities, and in {@code notes} the evidence sentence with its article and offsets. sitrep's own qualifiers go in
 * {@code tags}, ACLED's column for them: the modality, and for a reviewed event the review ("sitrep review: corrected
 * by Ana on …"), so the file keeps exactly ACLED's columns and loads wherever ACLED's files do.
 */
public final class AcledExport {
    /** ACLED's export columns, in ACLED's order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");
    private static final Map<String, String> INTER = DataFiles.rows("/org/sitrep/report/acled-inter.tsv").stream()
            .collect(Collectors.toUnmodifiableMap(row -> row[0], row -> row[1]));

    private final KnowledgeBase knowledge;
    private final Function<String, Optional<Place>> places;

    public AcledExport(KnowledgeBase knowledge, Function<String, Optional<Place>> places) {
        this.knowledge = knowledge;
        this.places = places;
    }

    /** The dated events, one row each; undated background mentions have no place in an event dataset. */
    public String csv(List<MergedEvent> events) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (MergedEvent e : events) {
            if (e.date().isEmpty()) {
                continue;
            }
            LocalDate day = e.date().get().first();
            long days = ChronoUnit.DAYS.between(e.date().get().first(), e.date().get().last());
            Optional<Place> place = e.placeRef().flatMap(places);
            String inter1 = inter(e.actor());
            String inter2 = inter(e.target());
            List<String> row = List.of(e.id(), day.toString(), Integer.toString(day.getYear()),
                    days == 0 ? "1" : days <= 6 ? "2" : "3", e.acled().disorderType(), e.acled().eventType(),
                    e.acled().subEventType(), e.actor().orElse(""), "", inter1, e.target().orElse(""), "", inter2,
                    inter1.isEmpty() ? "" : inter1 + (inter2.isEmpty() ? "0" : inter2), "", "", "",
                    place.map(p -> new Locale("", p.countryCode()).getDisplayCountry(Locale.ENGLISH)).orElse(""),
                    "", "", "", e.place().orElse(""),
                    place.map(p -> String.format(Locale.ROOT, "%.4f", p.lat())).orElse(""),
                    place.map(p -> String.format(Locale.ROOT, "%.4f", p.lon())).orElse(""),
                    e.place().isEmpty() ? "" : e.placeRef().isPresent() ? "1" : "3",
                    e.reports().stream().map(Report::source).distinct().collect(Collectors.joining("; ")), "",
                    notes(e), e.fatalities().map(Object::toString).orElse("0"), modalityTag(e), "");
            out.append(row.stream().map(Csv::cell).collect(Collectors.joining(","))).append('\n');
        }
        return out.toString();
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
