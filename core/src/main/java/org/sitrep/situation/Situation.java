package org.sitrep.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Facts;
import org.sitrep.model.Modality;
import org.sitrep.model.Stance;
import org.sitrep.review.Review;
import org.sitrep.review.TargetKind;
import org.sitrep.review.Verdict;

/**
 * The picture across articles: merged events, a control timeline per place and stance series. Articles are
 * applied one at a time; only the groups an article touches are recomputed, and every view is a function of the
 * set of applied articles alone, so any ingest order gives the same picture. Analysts' reviews are applied the same
 * way (the last stored review of a claim holds, whenever it arrives): a rejected event or control claim leaves every
 * view, a corrected one shows its corrected fields, an accepted or corrected one counts with full confidence and is
 * marked reviewed; the machine's claims stay as they were, under the reviews. Thread-safe.
 */
public final class Situation {
    /** Reports within this many days of each other (beyond their dates' own precision) are one happening. */
    private static final int MERGE_SLACK_DAYS = 1;

    /** The ids of applied articles: the situation keeps their reports, never their texts. */
    private final java.util.Set<String> articles = new java.util.HashSet<>();
    private final Map<MergeKey, TreeMap<String, EventEntry>> eventGroups = new HashMap<>();
    private final Map<String, TreeMap<String, ClaimEntry>> claimsByPlace = new HashMap<>();
    private final List<StanceEntry> stances = new ArrayList<>();
    private final Map<MergeKey, List<Merged>> mergedCache = new HashMap<>();
    private final Map<String, ControlIndex> controlCache = new HashMap<>();
    /** The place key of every control claim, by claim id. */
    private final Map<String, String> claimPlaces = new HashMap<>();
    private final ReviewBook reviews = new ReviewBook();
    private List<MergedEvent> allEvents;

    /** A situation built from these articles' facts (a full rebuild). */
    public static Situation of(Iterable<Facts> all) {
        Situation situation = new Situation();
        all.forEach(situation::apply);
        return situation;
    }

    /** A situation built from these articles' facts and the analysts' reviews of them (a full rebuild). */
    public static Situation of(Iterable<Facts> all, Iterable<Review> reviews) {
        Situation situation = of(all);
        reviews.forEach(situation::review);
        return situation;
    }

    /** Adds one article's facts; applying an article twice changes nothing. */
    public synchronized void apply(Facts facts) {
        ArticleMeta article = facts.article();
        if (!articles.add(article.id())) {
            return;
        }
        allEvents = null;
        for (Event event : facts.events()) {
            MergeKey key = eventKey(article, event);
            eventGroups.computeIfAbsent(key, k -> new TreeMap<>())
                    .put(article.id() + "/" + event.id(), new EventEntry(event, report(article, event.evidence(),
                            event.confidence())));
            mergedCache.remove(key);
        }
        int n = 0;
        for (ControlChange claim : facts.control()) {
            String place = placeKey(claim.placeRef(), claim.place());
            String id = ControlInterval.claimId(article.id(), claim.evidence(), place);
            claimsByPlace.computeIfAbsent(place, k -> new TreeMap<>())
                    .put(article.id() + "/" + n++, new ClaimEntry(id, claim, report(article, claim.evidence(),
                            claim.confidence())));
            claimPlaces.put(id, place);
            controlCache.remove(place);
        }
        for (Stance stance : facts.stances()) {
            stances.add(new StanceEntry(stance, report(article, stance.evidence(), stance.confidence())));
        }
    }

    public synchronized int articleCount() {
        return articles.size();
    }

    // ---------------------------------------------------------------- reviews

    /** Applies an analyst's review; it holds unless a review of the same claim stored later already does. */
    public synchronized void review(Review review) {
        if (!reviews.add(review)) {
            return;
        }
        switch (review.kind()) {
            case EVENT -> allEvents = null;
            case CONTROL -> {
                String place = claimPlaces.get(review.targetId());
                if (place != null) {
                    controlCache.remove(place);
                }
            }
        }
    }

    /**
     * The machine reports ("articleId/eventId") behind a reviewable claim, or empty when the situation has no such
     * claim; a rejected claim is still found, so that a later review can overturn the reject. A control claim is one
     * report, named by its id: the list is empty.
     */
    public synchronized Optional<List<String>> reportsOf(TargetKind kind, String id) {
        return switch (kind) {
            case EVENT -> machineEvents().stream().filter(m -> m.event().id().equals(id)).findFirst()
                    .map(Merged::reports);
            case CONTROL -> claimPlaces.containsKey(id) ? Optional.of(List.of()) : Optional.empty();
        };
    }

    // ---------------------------------------------------------------- events

    /** Every merged event, in time order (undated last), then by id; cached until the next article. */
    public synchronized List<MergedEvent> events() {
        if (allEvents == null) {
            allEvents = List.copyOf(computeEvents());
        }
        return allEvents;
    }

    private List<MergedEvent> computeEvents() {
        List<MergedEvent> all = new ArrayList<>();
        for (Merged merged : machineEvents()) {
            Optional<Review> review = reviews.ofEvent(merged.event().id(), merged.reports());
            if (review.isEmpty()) {
                all.add(merged.event());
            } else if (review.get().verdict() != Verdict.REJECT) {
                all.add(ReviewBook.apply(merged.event(), review.get()));
            }
        }
        all.sort(Comparator.comparing((MergedEvent e) -> e.date().map(DateRange::first).orElse(LocalDate.MAX))
                .thenComparing(MergedEvent::id));
        return all;
    }

    /** Every merged event as the machine made it, with its reports' keys, by merge key. */
    private List<Merged> machineEvents() {
        List<Merged> all = new ArrayList<>();
        for (MergeKey key : new TreeSet<>(eventGroups.keySet())) {
            all.addAll(mergedCache.computeIfAbsent(key, k -> merge(k, eventGroups.get(k))));
        }
        return all;
    }

    /** A merged event with the keys ("articleId/eventId") of the reports it merges. */
    private record Merged(MergedEvent event, List<String> reports) {
    }

    private static MergeKey eventKey(ArticleMeta article, Event event) {
        String where = event.placeRef().or(event::place).orElse(null);
        String who = event.actorSide().or(event::actor).orElse("?");
        String whom = event.targetSide().or(event::target).orElse("?");
        if (event.date().isEmpty()) {
            // undated (background) mentions never merge: each stays its own, tied to its article
            return new MergeKey("undated", article.id(), event.id(), "");
        }
        String dyad = where != null ? who : who.compareTo(whom) <= 0 ? who + "~" + whom : whom + "~" + who;
        return new MergeKey(event.type().name(), event.cameo(), where == null ? "-" : where, dyad);
    }

    /**
     * What reports of one happening share: type, CAMEO code, place (or "-") and the actor's camp (or, without a
     * place, the unordered actor pair); an undated mention's key is its own article and event instead.
     */
    record MergeKey(String type, String cameo, String place, String dyad) implements Comparable<MergeKey> {
        private static final Comparator<MergeKey> ORDER = Comparator.comparing(MergeKey::type)
                .thenComparing(MergeKey::cameo).thenComparing(MergeKey::place).thenComparing(MergeKey::dyad);

        @Override
        public int compareTo(MergeKey other) {
            return ORDER.compare(this, other);
        }

        String text() {
            return type + "|" + cameo + "|" + place + "|" + dyad;
        }
    }

    private List<Merged> merge(MergeKey key, TreeMap<String, EventEntry> entries) {
        List<EventEntry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing((EventEntry e) -> e.range().map(DateRange::first).orElse(LocalDate.MIN))
                .thenComparing(e -> e.report().articleId()).thenComparing(e -> e.event().id()));
        List<List<EventEntry>> clusters = new ArrayList<>();
        DateRange span = null;
        for (EventEntry entry : sorted) {
            Optional<DateRange> range = entry.range();
            if (clusters.isEmpty() || range.isEmpty() || span == null || !range.get().near(span, MERGE_SLACK_DAYS)) {
                clusters.add(new ArrayList<>());
                span = range.orElse(null);
            } else {
                span = span.span(range.get());
            }
            clusters.get(clusters.size() - 1).add(entry);
        }
        List<Merged> merged = new ArrayList<>();
        for (List<EventEntry> cluster : clusters) {
            merged.add(new Merged(mergedEvent(key, cluster), cluster.stream()
                    .map(e -> e.report().articleId() + "/" + e.event().id()).sorted().toList()));
        }
        return merged;
    }

    private MergedEvent mergedEvent(MergeKey key, List<EventEntry> cluster) {
        List<EventEntry> asserted = cluster.stream().filter(e -> e.event().modality() != Modality.NEGATED).toList();
        List<EventEntry> basis = asserted.isEmpty() ? cluster : asserted;
        EventEntry best = basis.stream().max(Comparator.comparingDouble((EventEntry e) -> e.event().confidence())
                .thenComparing(e -> e.report().articleId(), Comparator.reverseOrder())).orElseThrow();
        // a report's confidence is its event's (see apply)
        Corroboration corroboration = Corroboration.of(basis.stream().map(EventEntry::report).toList());
        boolean contradicted = asserted.size() < cluster.size() && !asserted.isEmpty();
        double confidence = corroboration.confidence() * (contradicted ? 0.7 : 1.0);
        Optional<DateRange> date = Optional.empty();
        for (EventEntry entry : basis) {
            if (entry.range().isPresent()) {
                date = Optional.of(date.map(d -> d.span(entry.range().get())).orElse(entry.range().get()));
            }
        }
        Optional<LocalDate> firstReported = cluster.stream().flatMap(e -> e.report().published().stream())
                .min(Comparator.naturalOrder());
        Event e = best.event();
        String id = stableId(key.text() + "|" + date.map(DateRange::first).map(Object::toString).orElse(""));
        List<Report> reports = cluster.stream().map(EventEntry::report).toList();
        return new MergedEvent("m" + id, e.type(), e.acled(), e.cameo(), e.actor(), e.actorSide(), e.target(),
                e.targetSide(), e.place(), e.placeRef(), e.lat(), e.lon(), date,
                basis.stream().flatMap(entry -> entry.event().fatalities().stream()).min(Integer::compare),
                e.modality(), reports,
                corroboration.sources(), firstReported, Math.round(confidence * 1000) / 1000.0, contradicted,
                Optional.empty());
    }

    /** The same key gives the same id in every run and JVM; 64 bits of SHA-256 make collisions negligible. */
    static String stableId(String key) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    // ---------------------------------------------------------------- control

    /** The control intervals of one place (by GeoNames id or name), oldest first. */
    public synchronized List<ControlInterval> timeline(String place) {
        return index(place).map(ControlIndex::intervals).orElse(List.of());
    }

    /** Every place's control on a day: the interval covering it, per place, by place name. */
    public synchronized List<ControlInterval> controlAt(LocalDate day) {
        List<ControlInterval> found = new ArrayList<>();
        for (String place : claimsByPlace.keySet()) {
            index(place).flatMap(i -> i.at(day)).ifPresent(found::add);
        }
        found.sort(Comparator.comparing(ControlInterval::place).thenComparing(i -> i.placeRef().orElse("")));
        return found;
    }

    /** One place's control on a day. */
    public synchronized Optional<ControlInterval> controlAt(LocalDate day, String place) {
        return index(place).flatMap(i -> i.at(day));
    }

    /** The keys (GeoNames ids, else names) of every place with control claims. */
    public synchronized List<String> places() {
        return new ArrayList<>(new TreeSet<>(claimsByPlace.keySet()));
    }

    private Optional<ControlIndex> index(String place) {
        String key = resolvePlace(place);
        TreeMap<String, ClaimEntry> claims = claimsByPlace.get(key);
        if (claims == null) {
            return Optional.empty();
        }
        return Optional.of(controlCache.computeIfAbsent(key, k -> ControlIndex.build(reviewed(claims.values()))));
    }

    /** A place's claims as the analysts' reviews hold them: rejected ones left out, the others as reviewed. */
    private List<ClaimEntry> reviewed(java.util.Collection<ClaimEntry> claims) {
        List<ClaimEntry> held = new ArrayList<>();
        for (ClaimEntry entry : claims) {
            Optional<Review> review = reviews.ofClaim(entry.id());
            if (review.isEmpty()) {
                held.add(entry);
            } else if (review.get().verdict() != Verdict.REJECT) {
                held.add(new ClaimEntry(entry.id(), ReviewBook.apply(entry.claim(), review.get()),
                        entry.report().reviewed(review.get())));
            }
        }
        return held;
    }

    /** A place given by name finds its claims filed under a GeoNames id. */
    private String resolvePlace(String place) {
        if (claimsByPlace.containsKey(place)) {
            return place;
        }
        for (Map.Entry<String, TreeMap<String, ClaimEntry>> entry : claimsByPlace.entrySet()) {
            String folded = org.sitrep.knowledge.Names.fold(place);
            if (entry.getValue().values().stream()
                    .anyMatch(c -> org.sitrep.knowledge.Names.fold(c.claim().place()).equals(folded))) {
                return entry.getKey();
            }
        }
        return place;
    }

    static String placeKey(Optional<String> ref, String name) {
        return ref.orElse(name);
    }

    // ---------------------------------------------------------------- stances

    /** Stance observations matching the filter, undated first, then by date and article. */
    public synchronized List<StancePoint> stances(java.util.function.Predicate<StancePoint> filter) {
        List<StancePoint> points = new ArrayList<>();
        for (StanceEntry entry : stances) {
            Stance s = entry.stance();
            StancePoint point = new StancePoint(s.from(), s.to(), s.toSide(), s.date().map(DateRange::of),
                    s.value(), entry.report());
            if (filter.test(point)) {
                points.add(point);
            }
        }
        points.sort(Comparator.comparing((StancePoint p) -> p.date().map(DateRange::first).orElse(LocalDate.MIN))
                .thenComparing(p -> p.report().articleId()).thenComparing(p -> p.report().evidence().start())
                .thenComparing(StancePoint::to));
        return points;
    }

    private static Report report(ArticleMeta article, org.sitrep.model.Evidence evidence, double confidence) {
        return new Report(article.id(), article.source(), article.url(), article.published(), evidence, confidence);
    }

    private record EventEntry(Event event, Report report) {
        Optional<DateRange> range() {
            return event.date().map(DateRange::of);
        }
    }

    record ClaimEntry(String id, ControlChange claim, Report report) {
        Optional<LocalDate> day() {
            return claim.since().or(claim::asOf).map(CalendarDate::last);
        }
    }

    private record StanceEntry(Stance stance, Report report) {
    }

    /** One place's intervals with their start days as a sorted array, for binary search at a date. */
    record ControlIndex(List<ControlInterval> intervals, long[] starts) {
        static ControlIndex build(Iterable<ClaimEntry> claims) {
            TreeMap<LocalDate, List<ClaimEntry>> byDay = new TreeMap<>();
            for (ClaimEntry claim : claims) {
                claim.day().ifPresent(day -> byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(claim));
            }
            List<ControlInterval> intervals = new ArrayList<>();
            for (Map.Entry<LocalDate, List<ClaimEntry>> day : byDay.entrySet()) {
                ControlInterval next = intervalFor(day.getKey(), day.getValue());
                ControlInterval previous = intervals.isEmpty() ? null : intervals.get(intervals.size() - 1);
                if (previous != null && previous.status() == ControlStatus.HELD
                        && next.status() == ControlStatus.CONTESTED && !next.controller().contains(previous.controller())) {
                    next = contestedWith(next, previous); // a contest opens against whoever held the place
                }
                if (previous != null && previous.status() == next.status() && previous.side().equals(next.side())
                        && previous.controller().equals(next.controller())) {
                    List<Report> evidence = new ArrayList<>(previous.evidence());
                    evidence.addAll(next.evidence());
                    intervals.set(intervals.size() - 1, new ControlInterval(previous.place(), previous.placeRef(),
                            previous.controller(), previous.side(), previous.status(), previous.from(),
                            Optional.empty(), evidence, union(previous.challengers(), next.challengers())));
                } else {
                    if (previous != null) {
                        intervals.set(intervals.size() - 1, previous.until(Optional.of(next.from())));
                    }
                    intervals.add(next);
                }
            }
            long[] starts = intervals.stream().mapToLong(i -> i.from().toEpochDay()).toArray();
            return new ControlIndex(List.copyOf(intervals), starts);
        }

        private static ControlInterval contestedWith(ControlInterval contest, ControlInterval holder) {
            // a contest whose holder the text does not say is named by the side holding the place when it opened
            boolean unstated = contest.controller().equals(ControlChange.HOLDER_NOT_STATED);
            String controller = unstated ? holder.controller()
                    : String.join(" / ", new TreeSet<>(List.of(holder.controller(), contest.controller())));
            return new ControlInterval(contest.place(), contest.placeRef(), controller,
                    unstated ? holder.side() : Optional.empty(),
                    ControlStatus.CONTESTED, contest.from(), contest.to(), contest.evidence(),
                    contest.challengers().stream().filter(c -> !c.equals(holder.controller())).toList());
        }

        /** The names of both lists, each once, sorted. */
        private static List<String> union(List<String> a, List<String> b) {
            TreeSet<String> names = new TreeSet<>(a);
            names.addAll(b);
            return List.copyOf(names);
        }

        /** All claims of one day: held when they agree on a side, contested when sides differ or any contests. */
        private static ControlInterval intervalFor(LocalDate day, List<ClaimEntry> claims) {
            Map<String, List<ClaimEntry>> bySide = new LinkedHashMap<>();
            List<ClaimEntry> stated = claims.stream().filter(c -> c.claim().holderStated()).toList();
            // a contest without a holder counts as a side only when nothing else names one that day
            (stated.isEmpty() ? claims : stated).stream().sorted(Comparator.comparing((ClaimEntry c) -> c.report().articleId())
                            .thenComparing(c -> c.claim().controller()))
                    .forEach(c -> bySide.computeIfAbsent(c.claim().controllerSide().orElse(c.claim().controller()),
                            s -> new ArrayList<>()).add(c));
            boolean contested = bySide.size() > 1
                    || claims.stream().anyMatch(c -> c.claim().status() == ControlStatus.CONTESTED);
            List<ClaimEntry> leading = bySide.values().stream()
                    .max(Comparator.comparingInt((List<ClaimEntry> l) -> l.size())
                            .thenComparing(l -> l.get(0).claim().controllerSide().orElse(""), Comparator.reverseOrder()))
                    .orElseThrow();
            ClaimEntry first = leading.stream().min(Comparator.comparing((ClaimEntry c) -> c.claim().controller()))
                    .orElseThrow();
            Set<String> named = bySide.size() > 1 ? new TreeSet<>(bySide.values().stream().flatMap(List::stream)
                    .map(c -> c.claim().controller()).toList()) : Set.of(first.claim().controller());
            String controller = String.join(" / ", named);
            Optional<String> side = bySide.size() > 1 ? Optional.empty() : first.claim().controllerSide();
            // the sides a contest's reports give fighting for the place, other than those it is named by
            List<String> challengers = claims.stream().flatMap(c -> c.claim().challengers().stream())
                    .filter(c -> !named.contains(c)).distinct().sorted().toList();
            return new ControlInterval(first.claim().place(), first.claim().placeRef(), controller, side,
                    contested ? ControlStatus.CONTESTED : ControlStatus.HELD, day, Optional.empty(),
                    claims.stream().map(ClaimEntry::report).toList(), challengers);
        }

        Optional<ControlInterval> at(LocalDate day) {
            int i = java.util.Arrays.binarySearch(starts, day.toEpochDay());
            int index = i >= 0 ? i : -i - 2;
            return index < 0 ? Optional.empty() : Optional.of(intervals.get(index));
        }
    }
}
