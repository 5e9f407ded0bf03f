package org.sitrep.bench;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.sitrep.model.Article;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.Facts;
import org.sitrep.model.Span;
import org.sitrep.situation.Situation;

/**
 * The control-at-date benchmark: a situation of N synthetic control claims (generated, never stored), then the
 * latency percentiles of one-place and all-places queries, and the rate of situation updates.
 */
public final class ControlBenchmark {
    private static final String[] SIDES = {"government", "opposition", "kurdish", "jihadist", "turkey"};
    private static final int CLAIMS_PER_ARTICLE = 100;
    private final int claims;
    private final int places;
    private final PrintWriter out;

    public ControlBenchmark(int claims, int places, PrintWriter out) {
        this.claims = claims;
        this.places = places;
        this.out = out;
    }

    public void run() {
        Random random = new Random(7);
        LocalDate start = LocalDate.of(2011, 3, 1);
        int days = 5000;
        List<Facts> articles = new ArrayList<>();
        for (int a = 0; a * CLAIMS_PER_ARTICLE < claims; a++) {
            String id = String.format("%016x", a);
            String text = "synthetic article " + a;
            LocalDate published = start.plusDays(random.nextInt(days));
            Article article = new Article(id, "source" + (a % 50), Optional.empty(), text, Optional.of(published), "en",
                    text, new Span(0, text.length()), List.of(), "synthetic");
            List<ControlChange> control = new ArrayList<>();
            for (int c = 0; c < CLAIMS_PER_ARTICLE; c++) {
                String side = SIDES[random.nextInt(SIDES.length)];
                CalendarDate day = CalendarDate.day(start.plusDays(random.nextInt(days)));
                int place = random.nextInt(places);
                control.add(new ControlChange("Place " + place, Optional.of("P" + place), side + " forces",
                        Optional.of(side), random.nextInt(10) == 0 ? ControlStatus.CONTESTED : ControlStatus.HELD,
                        Optional.of(day), Optional.of(CalendarDate.day(published)), 0.8,
                        new Evidence(id, 0, text.length(), text)));
            }
            articles.add(new Facts(article.meta(), List.of(), List.of(), List.of(), List.of(), control, List.of()));
        }
        PeakMemory.reset();
        long applyStart = System.nanoTime();
        Situation situation = Situation.of(articles);
        long applyNanos = System.nanoTime() - applyStart;
        long indexStart = System.nanoTime();
        situation.controlAt(start.plusDays(days / 2));
        long indexNanos = System.nanoTime() - indexStart;
        out.printf(Locale.ROOT, "%d control claims in %d articles over %d places: applied in %.2f s (%.0f claims/s), "
                        + "first query (builds every place's index) %.0f ms; peak heap %d MB%n", claims, articles.size(),
                places, applyNanos / 1e9, claims / (applyNanos / 1e9), indexNanos / 1e6, PeakMemory.peakBytes() >> 20);

        long[] onePlace = new long[20_000];
        for (int i = 0; i < onePlace.length; i++) {
            LocalDate day = start.plusDays(random.nextInt(days));
            String place = "P" + random.nextInt(places);
            long t = System.nanoTime();
            situation.controlAt(day, place);
            onePlace[i] = System.nanoTime() - t;
        }
        long[] allPlaces = new long[300];
        for (int i = 0; i < allPlaces.length; i++) {
            LocalDate day = start.plusDays(random.nextInt(days));
            long t = System.nanoTime();
            situation.controlAt(day);
            allPlaces[i] = System.nanoTime() - t;
        }
        out.printf(Locale.ROOT, "control --at, one place:  p50 %.3f ms, p99 %.3f ms (%d queries)%n",
                percentile(onePlace, 50), percentile(onePlace, 99), onePlace.length);
        out.printf(Locale.ROOT, "control --at, all %d places: p50 %.3f ms, p99 %.3f ms (%d queries)%n", places,
                percentile(allPlaces, 50), percentile(allPlaces, 99), allPlaces.length);

        // Incremental: one more article touches only its places' indexes.
        Facts extra = articles.get(0);
        Article copy = new Article("ffffffffffffffff", "late", Optional.empty(), "late", extra.article().published(),
                "en", "late", new Span(0, 4), List.of(), "synthetic");
        Facts late = new Facts(copy.meta(), List.of(), List.of(), List.of(), List.of(), extra.control(), List.of());
        long t = System.nanoTime();
        situation.apply(late);
        situation.controlAt(start.plusDays(days / 2));
        out.printf(Locale.ROOT, "one more article (%d claims) applied and all places queried again: %.1f ms%n",
                late.control().size(), (System.nanoTime() - t) / 1e6);
        out.flush();
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
