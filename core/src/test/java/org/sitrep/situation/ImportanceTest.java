package org.sitrep.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AcledType;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;

class ImportanceTest {
    private static final Place ALEPPO = new Place("170063", "Aleppo", List.of(), Optional.empty(), 36.2, 37.16, "SY",
            "PPLA", 1_602_264);
    private final Importance importance = new Importance(id -> id.equals("170063") ? Optional.of(ALEPPO)
            : Optional.empty());

    private static MergedEvent event(EventType type, String cameo, Modality modality, DateRange date, int sources) {
        return new MergedEvent("m1", type, AcledType.OTHER, cameo, Optional.of("Syrian government"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("Aleppo"), Optional.of("170063"), Optional.empty(),
                Optional.empty(), Optional.of(date), Optional.empty(), modality, List.of(), sources, Optional.empty(), 0.9,
                false, Optional.empty());
    }

    @Test
    void aCaptureOfAProvincialCapitalOutranksTalksThereAndItsPartsMultiplyToTheTotal() {
        LocalDate day = LocalDate.of(2016, 12, 13);
        Importance.Score capture = importance.score(event(EventType.FIGHT, "192", Modality.ASSERTED, new DateRange(day, day), 3),
                day.plusDays(30));
        Importance.Score talks = importance.score(event(EventType.CONSULT, "040", Modality.ASSERTED, new DateRange(day, day), 3),
                day.plusDays(30));
        assertThat(List.of(capture.kind(), capture.place(), capture.sources(), capture.recency(), capture.modality(),
                capture.precision(), capture.trust())).containsExactly(10.0, 2.8, 2.1, 0.5, 1.0, 1.0, 0.9);
        assertThat(capture.total()).isEqualTo(26.46);
        assertThat(capture.explain()).isEqualTo("26.46 = kind 10.0 × place 2.8 × sources 2.10 × recency 0.50 × "
                + "modality 1.0 × precision 1.0 × trust 0.90");
        assertThat(talks.total()).isEqualTo(5.29);
    }

    @Test
    void ofTwoLikeEventsTheOneMoreLikelyCodedRightRanksHigher() {
        LocalDate day = LocalDate.of(2016, 12, 13);
        MergedEvent sure = event(EventType.FIGHT, "190", Modality.ASSERTED, new DateRange(day, day), 1);
        MergedEvent doubtful = new MergedEvent("m2", sure.type(), sure.acled(), sure.cameo(), sure.actor(),
                sure.actorSide(), sure.target(), sure.targetSide(), sure.place(), sure.placeRef(), sure.lat(),
                sure.lon(), sure.date(), sure.fatalities(), sure.modality(), sure.reports(), 1, sure.firstReported(),
                0.2, false, sure.reviewed());
        assertThat(importance.score(sure, day).total()).isGreaterThan(importance.score(doubtful, day).total());
        assertThat(importance.score(doubtful, day).trust()).isEqualTo(0.2);
    }

    @Test
    void trustIsTheBestSingleReportsConfidenceNotTheCorroboratedOne() {
        LocalDate day = LocalDate.of(2016, 12, 13);
        MergedEvent one = event(EventType.FIGHT, "190", Modality.ASSERTED, new DateRange(day, day), 2);
        org.sitrep.model.Evidence evidence = new org.sitrep.model.Evidence("a1", 0, 5, "Clash");
        MergedEvent reported = new MergedEvent("m3", one.type(), one.acled(), one.cameo(), one.actor(),
                one.actorSide(), one.target(), one.targetSide(), one.place(), one.placeRef(), one.lat(), one.lon(),
                one.date(), one.fatalities(), one.modality(), List.of(
                        new Report("a1", "Wire A", Optional.empty(), Optional.of(day), evidence, 0.3, Optional.empty()),
                        new Report("a2", "Wire B", Optional.empty(), Optional.of(day), evidence, 0.4,
                                Optional.empty())), 2, Optional.of(day), 0.58, false, Optional.empty());
        assertThat(importance.score(reported, day).trust()).isEqualTo(0.4);
    }

    @Test
    void anExpectedEventDatedOnlyToAMonthWeighsLessAndTheExplanationStillAddsUp() {
        LocalDate day = LocalDate.of(2016, 12, 1);
        Importance.Score vague = importance.score(event(EventType.FIGHT, "190", Modality.EXPECTED,
                new DateRange(day, LocalDate.of(2016, 12, 31)), 1), LocalDate.of(2016, 12, 31));
        assertThat(List.of(vague.kind(), vague.modality(), vague.precision())).containsExactly(4.0, 0.7, 0.7);
        double product = vague.kind() * vague.place() * vague.sources() * vague.recency() * vague.modality()
                * vague.precision() * vague.trust();
        assertThat(vague.total()).isCloseTo(product, within(0.01));
    }
}
