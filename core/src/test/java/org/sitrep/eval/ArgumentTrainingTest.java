package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.coding.ArgumentModel;
import org.sitrep.coding.ContextArguments.Role;
import org.sitrep.eval.ArgumentTraining.Decision;
import org.sitrep.eval.ArgumentTraining.Labelled;
import org.junit.jupiter.api.Test;

/** Learning the context-argument weights from labelled decisions, and scoring them as the trainer reports. */
class ArgumentTrainingTest {
    /**
     * Twenty articles: in each, one actor decision whose right candidate is the previous sentence's subject and one
     * whose gold names no actor (its only candidate a mere mention).
     */
    private static List<Decision> decisions() {
        List<Decision> decisions = new ArrayList<>();
        for (int article = 0; article < 20; article++) {
            String id = "a" + article;
            decisions.add(new Decision(id, Role.ACTOR, List.of(
                    new Labelled(Set.of("bias", "role=nsubj"), true),
                    new Labelled(Set.of("bias", "role=obl"), false)), true));
            decisions.add(new Decision(id, Role.ACTOR, List.of(new Labelled(Set.of("bias", "role=obl"), false)),
                    false));
        }
        return decisions;
    }

    @Test
    void aFeatureThatMarksTheRightCandidateGetsPositiveLogOddsAndOneThatNeverDoesNegative() {
        ArgumentModel model = ArgumentTraining.train(decisions(), 1.0);
        assertThat(model.score(Role.ACTOR, List.of("bias", "role=nsubj"))).isGreaterThan(0);
        assertThat(model.score(Role.ACTOR, List.of("bias", "role=obl"))).isLessThan(0);
        assertThat(model.score(Role.TARGET, List.of("bias"))).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void theScoreCountsDecisionsRightWhenLeftEmptyAndWhenFilledByTheModel() {
        Map<Role, int[]> scores = ArgumentTraining.score(ArgumentTraining.train(decisions(), 1.0), decisions());
        // 40 decisions, 20 with no gold actor, 20 with the right one among the candidates; the model gets all right
        assertThat(scores.get(Role.ACTOR)).containsExactly(40, 20, 20, 40);
        assertThat(ArgumentTraining.score(ArgumentModel.NONE, decisions()).get(Role.ACTOR))
                .containsExactly(40, 20, 20, 20);
    }

    @Test
    void crossValidationScoresEveryDecisionOnceOnAModelThatDidNotSeeItsArticle() {
        assertThat(ArgumentTraining.crossValidate(decisions(), 4, 1.0).get(Role.ACTOR)).containsExactly(40, 20, 20, 40);
    }
}
