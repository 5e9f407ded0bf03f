package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.Models;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.report.SituationFormats;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.Freshness;
import org.sitrep.situation.Situation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep control}: who held what on a date, or one place's whole timeline. */
@Command(name = "control", mixinStandardHelpOptions = true,
        description = "Who held each place on a date (held or contested, with the evidence), or with --place and no "
                + "--at, that place's whole control timeline.")
public final class ControlCommand implements Callable<Integer> {
    /** Output formats of control answers. */
    enum Format { text, json, geojson, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    SituationOptions situation;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD", description = "The day to answer for (default: today).")
    Optional<LocalDate> at;

    @Option(names = "--place", paramLabel = "NAME", description = "One place (name or GeoNames id).")
    Optional<String> place;

    @Option(names = "--format", defaultValue = "text", description = "text, json, geojson or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Situation picture = situation.load();
        List<ControlInterval> intervals;
        LocalDate day = at.orElse(LocalDate.now());
        if (place.isPresent() && at.isEmpty()) {
            intervals = picture.timeline(place.get());
        } else {
            intervals = place.map(p -> picture.controlAt(day, p).stream().toList()).orElseGet(() -> picture.controlAt(day));
        }
        Freshness freshness = Freshness.standard();
        String rendered = switch (format) {
            case text -> intervals.isEmpty() ? "no control reports" + place.map(p -> " for " + p).orElse("") + "\n"
                    : SituationFormats.text(intervals, day, freshness);
            case json -> SituationFormats.json(intervals.stream()
                    .map(i -> SituationFormats.control(i, day, freshness)).toList());
            case geojson -> {
                Gazetteer gazetteer = Models.shared().gazetteer();
                yield SituationFormats.geojson(intervals, gazetteer::byId, day, freshness);
            }
            case csv -> SituationFormats.csv(intervals, Models.shared().gazetteer()::byId, day, freshness);
        };
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
