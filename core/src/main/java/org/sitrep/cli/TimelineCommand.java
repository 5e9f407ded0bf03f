package org.sitrep.cli;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.Models;
import org.sitrep.report.AcledExport;
import org.sitrep.report.SituationFormats;
import org.sitrep.situation.DateRange;
import org.sitrep.situation.Importance;
import org.sitrep.situation.MergedEvent;
import org.sitrep.situation.Report;
import org.sitrep.situation.Situation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep timeline}: merged events in time order (or by importance), filtered. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Merged events (one per happening, with every report and its corroboration) in time order.")
public final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SituationOptions situation;

    @Option(names = "--place", description = "Only events at this place.")
    Optional<String> place;

    @Option(names = "--actor", description = "Only events with this actor or target.")
    Optional<String> actor;

    @Option(names = "--type", description = "Only this PLOVER type (e.g. FIGHT).")
    Optional<String> type;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events on or after this day.")
    Optional<LocalDate> from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events on or before this day.")
    Optional<LocalDate> to;

    @Option(names = "--undated", description = "Include undated (background) mentions.")
    boolean undated;

    @Option(names = "--by-importance", description = "Rank by importance instead of time.")
    boolean byImportance;

    @Option(names = "--explain", description = "Show the parts of each importance score and every report.")
    boolean explain;

    /** How the timeline is printed. */
    enum Format { text, json, csv, acled, geojson }

    @Option(names = "--format", defaultValue = "text",
            description = "text, json, csv (ACLED's export columns, then sitrep's; acled is the same), or geojson "
                    + "(the same rows as points) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Situation picture = situation.load();
        Importance importance = new Importance(Models.shared().gazetteer()::byId);
        List<MergedEvent> matching = picture.events().stream().filter(this::matches).toList();
        LocalDate reference = to.orElseGet(() -> matching.stream().flatMap(e -> e.date().stream())
                .map(DateRange::last).max(Comparator.naturalOrder()).orElse(LocalDate.now()));
        List<MergedEvent> events = matching;
        if (byImportance) {
            events = matching.stream().sorted(Comparator.comparingDouble(
                    (MergedEvent e) -> -importance.score(e, reference).total()).thenComparing(MergedEvent::id)).toList();
        }
        var out = spec.commandLine().getOut();
        AcledExport export = new AcledExport(Models.shared().knowledge(), Models.shared().gazetteer()::byId);
        if (format == Format.acled || format == Format.csv) {
            out.print(export.csv(events));
        } else if (format == Format.geojson) {
            out.println(export.geojson(events));
        } else if (format == Format.json) {
            out.print(SituationFormats.json(events.stream()
                    .map(e -> SituationFormats.event(e, Optional.of(importance.score(e, reference)))).toList()));
        } else {
            for (MergedEvent event : events) {
                out.println(SituationFormats.eventLine(event));
                if (explain) {
                    out.println("    importance " + importance.score(event, reference).explain());
                    for (Report report : event.reports()) {
                        out.printf(Locale.ROOT, "    ▸ %s %s %s%n", report.source(), report.articleId(),
                                report.evidence().sentence());
                    }
                } else {
                    out.println("    ▸ " + event.reports().get(0).evidence().sentence());
                }
            }
            out.printf("%d events%n", events.size());
        }
        out.flush();
        return 0;
    }

    private boolean matches(MergedEvent e) {
        if (e.date().isEmpty() && !undated) {
            return false;
        }
        return place.map(p -> e.place().map(p::equalsIgnoreCase).orElse(false)
                        || e.placeRef().map(p::equals).orElse(false)).orElse(true)
                && actor.map(a -> e.actor().map(a::equalsIgnoreCase).orElse(false)
                        || e.target().map(a::equalsIgnoreCase).orElse(false)).orElse(true)
                && type.map(t -> t.equalsIgnoreCase(e.type().name())).orElse(true)
                && from.map(f -> e.date().map(d -> !d.last().isBefore(f)).orElse(false)).orElse(true)
                && to.map(t -> e.date().map(d -> !d.first().isAfter(t)).orElse(false)).orElse(true);
    }
}
