package org.sitrep.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AcledType;
import org.sitrep.model.Article;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Facts;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.review.Corrections;
import org.sitrep.review.Review;
import org.sitrep.review.TargetKind;
import org.sitrep.review.Verdict;

class SituationReviewTest {
    private static final Instant AT = Instant.parse("2025-01-02T10:00:00Z");
    private static final Facts OPPOSITION = article("a1", "Wire A", "2016-11-01",
            List.of(capture("e1", "2016-11-01", "Aleppo", 0.7)), List.of(claim("Aleppo", "Syrian opposition",
                    "opposition", "2016-11-01")));
    private static final Facts GOVERNMENT = article("a2", "Wire B", "2016-12-22", List.of(),
            List.of(claim("Aleppo", "Syrian government", "government", "2016-12-22")));

    @Test
    void aRejectedControlClaimNoLongerShapesTheTimelineButStaysReviewable() {
        Situation situation = Situation.of(List.of(OPPOSITION, GOVERNMENT));
        String claim = claimId(GOVERNMENT);
        situation.review(review(1, TargetKind.CONTROL, claim, Verdict.REJECT, Corrections.NONE));
        assertThat(situation.timeline("Aleppo")).singleElement().satisfies(interval -> {
            assertThat(interval.side()).contains("opposition");
            assertThat(interval.to()).isEmpty();
        });
        assertThat(situation.controlAt(LocalDate.of(2017, 1, 1), "Aleppo").orElseThrow().controller())
                .isEqualTo("Syrian opposition");
        assertThat(situation.reportsOf(TargetKind.CONTROL, claim)).contains(List.of());
    }

    @Test
    void aCorrectedControlClaimCountsWithItsCorrectedValuesAndFullConfidence() {
        Situation situation = Situation.of(List.of(OPPOSITION));
        Review correct = review(1, TargetKind.CONTROL, claimId(OPPOSITION), Verdict.CORRECT,
                Corrections.of(TargetKind.CONTROL, Map.of("controller", "Syrian government", "side", "government",
                        "status", "contested", "date", "2016-11-05")));
        situation.review(correct);
        ControlInterval interval = situation.timeline("Aleppo").get(0);
        assertThat(interval.from()).isEqualTo(LocalDate.of(2016, 11, 5));
        assertThat(interval.controller()).isEqualTo("Syrian government");
        assertThat(interval.side()).contains("government");
        assertThat(interval.status()).isEqualTo(ControlStatus.CONTESTED);
        assertThat(interval.confidence()).isEqualTo(1.0);
        assertThat(interval.reviewed()).contains(correct);
        assertThat(interval.evidence()).singleElement().satisfies(report -> {
            assertThat(report.review()).contains(correct);
            assertThat(interval.claimId(report)).isEqualTo(correct.targetId());
        });
    }

    @Test
    void correctingTheControllerAloneLeavesItsSideUnknown() {
        Situation situation = Situation.of(List.of(OPPOSITION));
        situation.review(review(1, TargetKind.CONTROL, claimId(OPPOSITION), Verdict.CORRECT,
                Corrections.of(TargetKind.CONTROL, Map.of("controller", "Jaish al-Fatah"))));
        assertThat(situation.timeline("Aleppo").get(0).side()).isEmpty();
    }

    @Test
    void anAcceptedControlClaimKeepsItsValuesWithFullConfidence() {
        Situation situation = Situation.of(List.of(OPPOSITION, GOVERNMENT));
        List<ControlInterval> before = situation.timeline("Aleppo");
        Review accept = review(1, TargetKind.CONTROL, claimId(GOVERNMENT), Verdict.ACCEPT, Corrections.NONE);
        situation.review(accept);
        List<ControlInterval> after = situation.timeline("Aleppo");
        assertThat(after).extracting(ControlInterval::controller, ControlInterval::from, ControlInterval::to)
                .isEqualTo(before.stream().map(i -> org.assertj.core.groups.Tuple.tuple(i.controller(), i.from(),
                        i.to())).toList());
        assertThat(after.get(1).confidence()).isEqualTo(1.0);
        assertThat(after.get(1).reviewed()).contains(accept);
        assertThat(after.get(0).reviewed()).isEmpty();
        assertThat(after.get(0).confidence()).isEqualTo(0.8);
    }

    @Test
    void theReviewStoredLastHoldsWhateverOrderReviewsArrive() {
        String claim = claimId(GOVERNMENT);
        Review reject = review(1, TargetKind.CONTROL, claim, Verdict.REJECT, Corrections.NONE);
        Review accept = review(2, TargetKind.CONTROL, claim, Verdict.ACCEPT, Corrections.NONE);
        Situation inOrder = Situation.of(List.of(OPPOSITION, GOVERNMENT), List.of(reject, accept));
        Situation reversed = Situation.of(List.of(GOVERNMENT, OPPOSITION), List.of(accept, reject));
        for (Situation situation : List.of(inOrder, reversed)) {
            assertThat(situation.timeline("Aleppo")).hasSize(2);
            assertThat(situation.timeline("Aleppo").get(1).reviewed()).contains(accept);
        }
    }

    @Test
    void aRejectedEventLeavesTheEventsAndAnotherReviewBringsItBack() {
        Situation situation = Situation.of(List.of(OPPOSITION));
        String id = situation.events().get(0).id();
        List<String> reports = situation.reportsOf(TargetKind.EVENT, id).orElseThrow();
        assertThat(reports).containsExactly("a1/e1");
        situation.review(review(1, TargetKind.EVENT, id, Verdict.REJECT, Corrections.NONE).withReports(reports));
        assertThat(situation.events()).isEmpty();
        assertThat(situation.reportsOf(TargetKind.EVENT, id)).contains(reports);
        Review accept = review(2, TargetKind.EVENT, id, Verdict.ACCEPT, Corrections.NONE).withReports(reports);
        situation.review(accept);
        assertThat(situation.events()).singleElement().satisfies(event -> {
            assertThat(event.confidence()).isEqualTo(1.0);
            assertThat(event.reviewed()).contains(accept);
            assertThat(event.type()).isEqualTo(EventType.FIGHT);
        });
    }

    @Test
    void aCorrectedEventShowsItsCorrectedFields() {
        Situation situation = Situation.of(List.of(OPPOSITION));
        MergedEvent machine = situation.events().get(0);
        Place hama = new Place("170017", "Hama", List.of(), Optional.empty(), 35.13, 36.76, "SY", "PPLA", 700_000);
        Corrections corrections = Corrections.of(TargetKind.EVENT, Map.of("type", "assault", "actor", "ISIL",
                "place", "Hama", "date", "2016-11")).withPlace(hama);
        situation.review(review(1, TargetKind.EVENT, machine.id(), Verdict.CORRECT, corrections));
        assertThat(situation.events()).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo(machine.id());
            assertThat(event.type()).isEqualTo(EventType.ASSAULT);
            assertThat(event.actor()).contains("ISIL");
            assertThat(event.actorSide()).isEmpty();
            assertThat(event.place()).contains("Hama");
            assertThat(event.placeRef()).contains("170017");
            assertThat(event.lat()).contains(35.13);
            assertThat(event.date()).contains(new DateRange(LocalDate.of(2016, 11, 1), LocalDate.of(2016, 11, 30)));
            assertThat(event.reports()).isEqualTo(machine.reports());
            assertThat(event.confidence()).isEqualTo(1.0);
        });
    }

    @Test
    void aMergedEventKeepsItsIdAcrossRebuildsAndUnrelatedArticles() {
        Facts unrelated = article("a9", "Wire C", "2016-11-01", List.of(capture("e1", "2016-11-01", "Hama", 0.9)),
                List.of(claim("Hama", "Syrian government", "government", "2016-11-01")));
        String id = Situation.of(List.of(OPPOSITION, GOVERNMENT)).events().get(0).id();
        assertThat(Situation.of(List.of(OPPOSITION, GOVERNMENT)).events().get(0).id()).isEqualTo(id);
        assertThat(Situation.of(List.of(unrelated, GOVERNMENT, OPPOSITION)).events())
                .filteredOn(e -> e.place().equals(Optional.of("Aleppo"))).singleElement()
                .satisfies(e -> assertThat(e.id()).isEqualTo(id));
    }

    @Test
    void aReviewFollowsItsEventWhenAnEarlierReportOfItChangesItsId() {
        Situation situation = Situation.of(List.of(OPPOSITION));
        String id = situation.events().get(0).id();
        Review accept = review(1, TargetKind.EVENT, id, Verdict.ACCEPT, Corrections.NONE)
                .withReports(situation.reportsOf(TargetKind.EVENT, id).orElseThrow());
        situation.review(accept);
        situation.apply(article("a3", "Wire C", "2016-10-31", List.of(capture("e4", "2016-10-31", "Aleppo", 0.6)),
                List.of()));
        assertThat(situation.events()).singleElement().satisfies(event -> {
            assertThat(event.id()).isNotEqualTo(id);
            assertThat(event.reports()).hasSize(2);
            assertThat(event.reviewed()).contains(accept);
        });
    }

    @Property(tries = 30)
    void anyOrderOfArticlesAndReviewsGivesTheSamePicture(@ForAll long seed) {
        List<Facts> corpus = List.of(OPPOSITION, GOVERNMENT,
                article("a3", "Wire C", "2016-11-02", List.of(capture("e1", "2016-11-02", "Aleppo", 0.6)),
                        List.of(claim("Aleppo", "Syrian government", "government", "2016-11-02"))),
                article("a4", "Wire D", "2016-11-20", List.of(capture("e2", "2016-11-20", "Hama", 0.6)),
                        List.of(claim("Hama", "Syrian opposition", "opposition", "2016-11-20"))));
        Situation full = Situation.of(corpus);
        List<Review> reviews = new ArrayList<>();
        MergedEvent aleppo = full.events().get(0);
        reviews.add(review(1, TargetKind.EVENT, aleppo.id(), Verdict.REJECT, Corrections.NONE)
                .withReports(full.reportsOf(TargetKind.EVENT, aleppo.id()).orElseThrow()));
        reviews.add(review(2, TargetKind.CONTROL, claimId(corpus.get(2)), Verdict.REJECT, Corrections.NONE));
        reviews.add(review(3, TargetKind.CONTROL, claimId(corpus.get(3)), Verdict.CORRECT,
                Corrections.of(TargetKind.CONTROL, Map.of("status", "contested"))));
        reviews.add(review(4, TargetKind.EVENT, aleppo.id(), Verdict.ACCEPT, Corrections.NONE)
                .withReports(full.reportsOf(TargetKind.EVENT, aleppo.id()).orElseThrow()));
        Situation rebuilt = Situation.of(corpus, reviews);
        List<Object> steps = new ArrayList<>(corpus);
        steps.addAll(reviews);
        Collections.shuffle(steps, new Random(seed));
        Situation incremental = new Situation();
        for (Object step : steps) {
            if (step instanceof Facts facts) {
                incremental.apply(facts);
            } else {
                incremental.review((Review) step);
            }
            incremental.events(); // views computed between updates must not leak order into later ones
            incremental.controlAt(LocalDate.of(2016, 12, 1));
        }
        assertThat(incremental.events()).isEqualTo(rebuilt.events());
        assertThat(rebuilt.events()).extracting(MergedEvent::reviewed).contains(Optional.of(reviews.get(3)));
        for (String place : rebuilt.places()) {
            assertThat(incremental.timeline(place)).isEqualTo(rebuilt.timeline(place));
        }
    }

    private static Review review(long id, TargetKind kind, String target, Verdict verdict, Corrections corrections) {
        return Review.draft(kind, target, verdict, corrections, "Ana Analyst",
                verdict == Verdict.ACCEPT ? "" : "the source says otherwise", AT).withId(id);
    }

    /** The id of an article's one control claim. */
    private static String claimId(Facts facts) {
        ControlChange claim = facts.control().get(0);
        return ControlInterval.claimId(facts.article().id(), claim.evidence(), claim.placeRef().orElse(claim.place()));
    }

    private static Event capture(String id, String day, String place, double confidence) {
        return new Event(id, EventType.FIGHT, AcledType.NON_STATE_OVERTAKES_TERRITORY, "192",
                Optional.of("Syrian opposition"), Optional.of("opposition"), Optional.empty(), Optional.empty(),
                Optional.of(place), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(CalendarDate.of(day)), Optional.empty(), Modality.ASSERTED, confidence,
                new Evidence("x", 0, 4, "text"));
    }

    private static ControlChange claim(String place, String controller, String side, String day) {
        return new ControlChange(place, Optional.empty(), controller, Optional.of(side), ControlStatus.HELD,
                Optional.of(CalendarDate.of(day)), Optional.of(CalendarDate.of(day)), 0.8, new Evidence("x", 0, 4, "text"));
    }

    private static Facts article(String id, String source, String published, List<Event> events,
                                 List<ControlChange> control) {
        Article article = new Article(id, source, Optional.empty(), "t", Optional.of(LocalDate.parse(published)), "en",
                "text", new Span(0, 4), List.of(), "test");
        return new Facts(article.meta(), List.of(), List.of(), List.of(), events, control, List.of());
    }
}
