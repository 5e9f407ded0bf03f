package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.coding.events.EventTrust;
import org.sitrep.eval.Calibration.Scored;
import org.sitrep.eval.TrustTraining.Example;

/** Learning the event-trust weights from labelled events, and reporting how the scores rank and calibrate. */
class TrustTrainingTest {
    /** Twenty articles, each with one right event whose actor is named in its sentence and one wrong one without. */
    private static List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (int article = 0; article < 20; article++) {
            examples.add(new Example("a" + article, Set.of("actor=in-sentence"), true, true, 0.8));
            examples.add(new Example("a" + article, Set.of("actor=none"), false, true, 0.8));
        }
        return examples;
    }

    @Test
    void aFeatureOfRightEventsRaisesTheProbabilityAndOneOfWrongEventsLowersIt() {
        EventTrust model = TrustTraining.train(examples(), 1.0);
        assertThat(model.probability(List.of("actor=in-sentence"))).isGreaterThan(0.8);
        assertThat(model.probability(List.of("actor=none"))).isLessThan(0.2);
        assertThat(model.rows()).anyMatch(row -> row.startsWith(EventTrust.BIAS + "\t"));
    }

    @Test
    void withoutAssertedEventsThereIsNoBrierScoreRatherThanAPerfectOne() {
        assertThat(new Calibration(List.of(new Scored(0.9, true, false))).brier()).isEmpty();
        assertThat(TrustTraining.brier(new Calibration(List.of()))).isEqualTo("n/a");
        assertThat(new Calibration(List.of(new Scored(0.9, true, true), new Scored(0.2, false, true))).brier())
                .hasValueCloseTo((0.01 + 0.04) / 2, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void examplesAllRightOrAllWrongTeachNothing() {
        List<Example> allRight = examples().stream().filter(Example::right).toList();
        assertThat(TrustTraining.train(allRight, 1.0)).isSameAs(EventTrust.NONE);
    }

    @Test
    void crossValidationScoresEveryEventOnceOnAModelThatDidNotSeeItsArticle() {
        List<Scored> scored = TrustTraining.crossValidate(examples(), 4, 1.0);
        assertThat(scored).hasSize(40);
        assertThat(scored.stream().filter(s -> s.probability() > 0.5).map(Scored::right).distinct().toList())
                .containsExactly(true);
    }

    @Test
    void theReportGivesTheShareFullyRightAboveEachConfidenceAndTheCodersOwnForComparison() {
        StringWriter text = new StringWriter();
        TrustTraining.print(new PrintWriter(text, true), "coded", TrustTraining.coded(examples()));
        TrustTraining.print(new PrintWriter(text, true), "fitted", TrustTraining.score(
                TrustTraining.train(examples(), 1.0), examples()));
        assertThat(text.toString())
                .contains("coded                    asserted   40, fully right   20 ( 50.0 %), Brier score 0.3400")
                .contains("coded                      confidence >= 0.6:   40 kept, fully right   20 ( 50.0 %")
                .contains("fitted                     confidence >= 0.6:   20 kept, fully right   20 (100.0 %");
    }
}
