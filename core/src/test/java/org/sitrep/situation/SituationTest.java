package org.sitrep.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import org.sitrep.model.Span;
import org.sitrep.model.Stance;

class SituationTest {

    @Test
    void mergesOneHappeningReportedByTwoSources() {
        Situation situation = Situation.of(List.of(
                article("a1", "Wire A", "2024-11-30", List.of(capture("e1", "2024-11-30", "Aleppo", 0.8)), List.of()),
                article("a2", "Wire B", "2024-12-01", List.of(capture("e9", "2024-12-01", "Aleppo", 0.7)), List.of())));
        assertThat(situation.events()).singleElement().satisfies(event -> {
            assertThat(event.sources()).isEqualTo(2);
            assertThat(event.reports()).hasSize(2);
            assertThat(event.confidence()).isEqualTo(0.94);
            assertThat(event.firstReported()).contains(LocalDate.of(2024, 11, 30));
            assertThat(event.date().orElseThrow().first()).isEqualTo(LocalDate.of(2024, 11, 30));
        });
    }

    @Test
    void countsOneSourceOnceHoweverOftenItReports() {
        Situation situation = Situation.of(List.of(
                article("a1", "Wire A", "2024-11-30", List.of(capture("e1", "2024-11-30", "Aleppo", 0.8)), List.of()),
                article("a2", "Wire A", "2024-11-30", List.of(capture("e1", "2024-11-30", "Aleppo", 0.8)), List.of())));
        assertThat(situation.events()).singleElement().satisfies(event -> {
            assertThat(event.sources()).isEqualTo(1);
            assertThat(event.confidence()).isEqualTo(0.8);
        });
    }

    @Test
    void keepsHappeningsDaysApartSeparate() {
        Situation situation = Situation.of(List.of(
                article("a1", "Wire A", "2024-11-30", List.of(capture("e1", "2024-11-30", "Aleppo", 0.8)), List.of()),
                article("a2", "Wire B", "2024-12-10", List.of(capture("e1", "2024-12-10", "Aleppo", 0.8)), List.of())));
        assertThat(situation.events()).hasSize(2);
    }

    @Test
    void neverMergesUndatedBackground() {
        Event background = event("e1", EventType.COOPERATE, "050", Optional.empty(), Optional.empty(), Modality.ASSERTED, 0.6);
        Situation situation = Situation.of(List.of(
                article("a1", "Wire A", "2024-12-07", List.of(background), List.of()),
                article("a2", "Wire B", "2024-12-07", List.of(background), List.of())));
        assertThat(situation.events()).hasSize(2).allSatisfy(e -> assertThat(e.date()).isEmpty());
    }

    @Test
    void aDenialLowersConfidenceAndMarksTheContradiction() {
        Event denied = event("e2", EventType.FIGHT, "192", Optional.of(CalendarDate.of("2024-11-30")), Optional.of("Aleppo"), Modality.NEGATED, 0.7);
        Situation situation = Situation.of(List.of(
                article("a1", "Wire A", "2024-11-30", List.of(capture("e1", "2024-11-30", "Aleppo", 0.8)), List.of()),
                article("a2", "Wire B", "2024-11-30", List.of(denied), List.of())));
        assertThat(situation.events()).singleElement().satisfies(event -> {
            assertThat(event.contradicted()).isTrue();
            assertThat(event.confidence()).isEqualTo(0.56);
            assertThat(event.sources()).isEqualTo(1);
        });
    }

    @Test
    void showsSameDayContradictoryClaimsAsContestedWithBothSidesEvidence() {
        Situation situation = Situation.of(List.of(
                article("a1", "Army", "2025-01-10", List.of(), List.of(claim("Saraqib", "Syrian government", "government",
                        "2025-01-10"))),
                article("a2", "Rebels", "2025-01-10", List.of(), List.of(claim("Saraqib", "Syrian opposition",
                        "opposition", "2025-01-10")))));
        ControlInterval interval = situation.controlAt(LocalDate.of(2025, 1, 10), "Saraqib").orElseThrow();
        assertThat(interval.status()).isEqualTo(ControlStatus.CONTESTED);
        assertThat(interval.controller()).isEqualTo("Syrian government / Syrian opposition");
        assertThat(interval.evidence()).extracting(Report::source).containsExactly("Army", "Rebels");
    }

    @Test
    void aContestWhoseHolderTheTextDoesNotSayIsNamedByTheSideHoldingThePlaceBefore() {
        ControlChange contest = new ControlChange("Manbij", Optional.empty(), ControlChange.HOLDER_NOT_STATED,
                Optional.empty(), ControlStatus.CONTESTED, Optional.empty(), Optional.of(CalendarDate.of("2016-06-01")),
                0.8, new Evidence("x", 0, 4, "text"));
        Situation situation = Situation.of(List.of(
                article("a1", "Wire A", "2016-05-01", List.of(), List.of(claim("Manbij", "Islamic State", "jihadist",
                        "2016-05-01"))),
                article("a2", "Wire B", "2016-06-01", List.of(), List.of(contest))));
        ControlInterval interval = situation.controlAt(LocalDate.of(2016, 6, 2), "Manbij").orElseThrow();
        assertThat(List.of(interval.status(), interval.controller(), interval.side().orElse("")))
                .containsExactly(ControlStatus.CONTESTED, "Islamic State", "jihadist");
    }

    @Test
    void aContestKeepsEverySideItsReportsGiveAndAHoldNamesNone() {
        ControlChange siege = new ControlChange("Deir ez-Zor", Optional.empty(), "Syrian government",
                Optional.of("government"), ControlStatus.CONTESTED, Optional.empty(),
                Optional.of(CalendarDate.of("2017-01-20")), 0.7, new Evidence("x", 0, 4, "text"),
                List.of("Islamic State"));
        Situation situation = Situation.of(List.of(
                article("a1", "Wire A", "2016-12-01", List.of(), List.of(claim("Deir ez-Zor", "Syrian government",
                        "government", "2016-12-01"))),
                article("a2", "Wire B", "2017-01-20", List.of(), List.of(siege))));
        ControlInterval held = situation.controlAt(LocalDate.of(2016, 12, 5), "Deir ez-Zor").orElseThrow();
        ControlInterval contested = situation.controlAt(LocalDate.of(2017, 1, 21), "Deir ez-Zor").orElseThrow();
        assertThat(List.of(held.status(), held.challengers())).containsExactly(ControlStatus.HELD, List.of());
        assertThat(List.of(contested.status(), contested.controller(), contested.challengers()))
                .containsExactly(ControlStatus.CONTESTED, "Syrian government", List.of("Islamic State"));
        assertThat(held.to()).contains(LocalDate.of(2017, 1, 20));
    }

    @Test
    void aLaterReportSupersedesAnEarlierOneFromItsOwnDate() {
        Situation situation = Situation.of(List.of(
                article("a1", "Wire A", "2016-11-01", List.of(), List.of(claim("Aleppo", "Syrian opposition",
                        "opposition", "2016-11-01"))),
                article("a2", "Wire B", "2016-12-22", List.of(), List.of(claim("Aleppo", "Syrian government",
                        "government", "2016-12-22")))));
        assertThat(situation.controlAt(LocalDate.of(2016, 10, 31), "Aleppo")).isEmpty();
        assertThat(situation.controlAt(LocalDate.of(2016, 12, 1), "Aleppo").orElseThrow().side()).contains("opposition");
        ControlInterval now = situation.controlAt(LocalDate.of(2017, 1, 1), "Aleppo").orElseThrow();
        assertThat(now.side()).contains("government");
        assertThat(now.evidence()).extracting(Report::articleId).containsExactly("a2");
        assertThat(situation.timeline("Aleppo")).extracting(ControlInterval::from, ControlInterval::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2016, 11, 1), Optional.of(LocalDate.of(2016, 12, 22))),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2016, 12, 22), Optional.empty()));
    }

    @Test
    void applyingAnArticleTwiceChangesNothing() {
        Facts facts = article("a1", "Wire A", "2024-11-30", List.of(capture("e1", "2024-11-30", "Aleppo", 0.8)),
                List.of(claim("Aleppo", "Syrian opposition", "opposition", "2024-11-30")));
        Situation situation = Situation.of(List.of(facts, facts));
        assertThat(situation.articleCount()).isEqualTo(1);
        assertThat(situation.events().get(0).reports()).hasSize(1);
    }

    @Property(tries = 50)
    void anyIngestOrderGivesTheSamePicture(@ForAll long seed) {
        List<Facts> corpus = corpus();
        List<Facts> shuffled = new ArrayList<>(corpus);
        Collections.shuffle(shuffled, new Random(seed));
        Situation rebuilt = Situation.of(corpus);
        Situation incremental = new Situation();
        for (Facts facts : shuffled) {
            incremental.apply(facts);
            incremental.events(); // views computed between updates must not leak order into later ones
            incremental.controlAt(LocalDate.of(2016, 12, 1));
        }
        assertThat(incremental.events()).isEqualTo(rebuilt.events());
        for (String place : rebuilt.places()) {
            assertThat(incremental.timeline(place)).isEqualTo(rebuilt.timeline(place));
        }
        assertThat(incremental.stances(p -> true)).isEqualTo(rebuilt.stances(p -> true));
    }

    private static List<Facts> corpus() {
        List<Facts> corpus = new ArrayList<>();
        String[] sides = {"opposition", "government"};
        for (int i = 0; i < 8; i++) {
            String day = LocalDate.of(2016, 11, 25).plusDays(i % 4).toString();
            String side = sides[i % 2];
            corpus.add(article("a" + i, "Wire " + (i % 3), day,
                    List.of(capture("e" + i, day, i % 3 == 0 ? "Aleppo" : "Hama", 0.5 + i / 20.0)),
                    List.of(claim(i % 3 == 0 ? "Aleppo" : "Hama", side.equals("opposition") ? "Syrian opposition"
                            : "Syrian government", side, day)),
                    List.of(new Stance("Turkey", "Syrian government", Optional.of("government"), i % 2 == 0 ? 0.4 : -0.6,
                            Optional.of(CalendarDate.of(day)), 0.6, new Evidence("a" + i, 0, 4, "text")))));
        }
        return corpus;
    }

    private static Event capture(String id, String day, String place, double confidence) {
        return event(id, EventType.FIGHT, "192", Optional.of(CalendarDate.of(day)), Optional.of(place), Modality.ASSERTED, confidence);
    }

    private static Event event(String id, EventType type, String cameo, Optional<CalendarDate> day, Optional<String> place,
                               Modality modality, double confidence) {
        return new Event(id, type, AcledType.NON_STATE_OVERTAKES_TERRITORY, cameo, Optional.of("Syrian opposition"),
                Optional.of("opposition"), Optional.empty(), Optional.empty(), place, Optional.empty(), Optional.empty(),
                Optional.empty(), day, Optional.empty(), modality, confidence, new Evidence("x", 0, 4, "text"));
    }

    private static ControlChange claim(String place, String controller, String side, String day) {
        return new ControlChange(place, Optional.empty(), controller, Optional.of(side), ControlStatus.HELD,
                Optional.of(CalendarDate.of(day)), Optional.of(CalendarDate.of(day)), 0.8, new Evidence("x", 0, 4, "text"));
    }

    private static Facts article(String id, String source, String published, List<Event> events,
                                 List<ControlChange> control) {
        return article(id, source, published, events, control, List.of());
    }

    private static Facts article(String id, String source, String published, List<Event> events,
                                 List<ControlChange> control, List<Stance> stances) {
        Article article = new Article(id, source, Optional.empty(), "t", Optional.of(LocalDate.parse(published)), "en",
                "text", new Span(0, 4), List.of(), "test");
        return new Facts(article.meta(), List.of(), List.of(), List.of(), events, control, stances);
    }
}
