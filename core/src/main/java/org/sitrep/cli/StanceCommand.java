package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.Models;
import org.sitrep.situation.DateRange;
import org.sitrep.situation.StanceHistory;
import org.sitrep.situation.StancePoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep stance FROM [TO]}: the signed stance series between actors and its shifts. */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = "The stance series of an actor (its members' words included) toward others, with the "
                + "sentence behind each point, and the shifts.")
public final class StanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SituationOptions situation;

    @Parameters(index = "0", paramLabel = "FROM", description = "The actor whose stance to show (e.g. Turkey).")
    String from;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TO", description = "Toward whom (default: everyone).")
    Optional<String> to;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only points on or after this day.")
    Optional<LocalDate> since;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only points on or before this day.")
    Optional<LocalDate> until;

    @Override
    public Integer call() {
        StanceHistory history = new StanceHistory(Models.shared().knowledge());
        Optional<DateRange> within = since.isPresent() || until.isPresent()
                ? Optional.of(new DateRange(since.orElse(LocalDate.MIN.plusYears(1)), until.orElse(LocalDate.MAX.minusYears(1))))
                : Optional.empty();
        List<StancePoint> series = history.series(situation.load(), from, to, within);
        var out = spec.commandLine().getOut();
        for (StancePoint point : series) {
            out.printf(Locale.ROOT, "%-10s %s → %s: %+.2f%n", point.date().map(d -> d.first().toString()).orElse("undated"),
                    point.from(), point.to(), point.value());
            out.printf("    ▸ %s %s %s%n", point.report().source(), point.report().articleId(),
                    point.report().evidence().sentence());
        }
        List<StanceHistory.Shift> shifts = history.shifts(series);
        out.printf("%d points, %d shifts%n", series.size(), shifts.size());
        shifts.forEach(shift -> out.println("  shift: " + shift.describe()));
        out.flush();
        return 0;
    }
}
