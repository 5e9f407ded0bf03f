package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Facts;
import org.sitrep.pipeline.ReviewDesk;
import org.sitrep.review.Corrections;
import org.sitrep.review.Review;
import org.sitrep.review.TargetKind;
import org.sitrep.review.Verdict;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.Situation;
import org.sitrep.testing.Databases;
import org.sitrep.testing.Samples;

/** Reviews in a real H2 and a real PostgreSQL: append-only history, read back by value, and kept across a restart. */
class ReviewStoreIT {
    private static final Instant AT = Instant.parse("2025-01-02T10:00:00.123456Z");
    private static final String CLAIM = "c0123456789abcdef";

    @TempDir
    Path tempDir;

    static java.util.stream.Stream<String> backends() {
        return Databases.backends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void appendsReviewsAndReadsBackEachTargetsHistoryInTheOrderStored(String backend) {
        Review reject = Review.draft(TargetKind.CONTROL, CLAIM, Verdict.REJECT, Corrections.NONE, "Ana", "wrong town",
                AT);
        Review correct = Review.draft(TargetKind.CONTROL, CLAIM, Verdict.CORRECT, Corrections.of(TargetKind.CONTROL,
                Map.of("controller", "Syrian government", "status", "contested")), "Ben", "both sides claim it",
                AT.plusSeconds(60));
        Review event = Review.draft(TargetKind.EVENT, "mfedcba9876543210", Verdict.ACCEPT, Corrections.NONE, "Ana", "",
                AT).withReports(List.of("a2/e1", "a1/e3"));
        try (Store store = Store.open(Databases.fresh(backend, tempDir))) {
            Review first = store.saveReview(reject);
            Review second = store.saveReview(correct);
            Review third = store.saveReview(event);
            assertThat(List.of(first.id(), second.id(), third.id())).isSorted().doesNotHaveDuplicates();
            assertThat(store.reviews(CLAIM)).containsExactly(reject.withId(first.id()), correct.withId(second.id()));
            assertThat(store.reviews()).containsExactly(first, second, third);
            assertThat(store.reviews("mfedcba9876543210")).singleElement()
                    .satisfies(r -> assertThat(r.reports()).containsExactly("a1/e3", "a2/e1"));
            assertThat(store.reviews("c0000000000000000")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aReviewSurvivesARestartAndTheRebuiltSituationPrefersItOverTheKeptMachineClaim(String backend) {
        String location = Databases.fresh(backend, tempDir);
        Facts facts = Samples.factsOfEveryKind();
        String claimId;
        try (Store store = Store.open(location)) {
            store.save(Samples.articleOfEveryKind(), facts, Fingerprint.of(Samples.TEXT));
            Situation situation = Situation.of(store.allFacts(), store.reviews());
            ControlInterval machine = situation.timeline("170017").get(0);
            claimId = machine.claimId(machine.evidence().get(0));
            new ReviewDesk(store, situation, name -> Optional.empty()).file(Review.draft(TargetKind.CONTROL, claimId,
                    Verdict.CORRECT, Corrections.of(TargetKind.CONTROL, Map.of("status", "contested")), "Ana",
                    "the army still holds the citadel", AT));
            assertThat(situation.timeline("170017").get(0).status()).isEqualTo(ControlStatus.CONTESTED);
        }
        try (Store store = Store.open(location)) {
            assertThat(store.facts(facts.article().id())).contains(facts); // nothing machine-made changed
            Situation rebuilt = Situation.of(store.allFacts(), store.reviews());
            ControlInterval interval = rebuilt.controlAt(LocalDate.of(2024, 12, 6), "Hama").orElseThrow();
            assertThat(interval.status()).isEqualTo(ControlStatus.CONTESTED);
            assertThat(interval.controller()).isEqualTo("Syrian opposition");
            assertThat(interval.confidence()).isEqualTo(1.0);
            assertThat(interval.reviewed()).hasValueSatisfying(review -> {
                assertThat(review.targetId()).isEqualTo(claimId);
                assertThat(review.reviewer()).isEqualTo("Ana");
                assertThat(review.at()).isEqualTo(AT);
                assertThat(review.reason()).isEqualTo("the army still holds the citadel");
            });
        }
    }
}
