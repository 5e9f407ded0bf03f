package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.coding.events.ArgumentModel;
import org.sitrep.coding.events.ContextArguments.Role;
import org.sitrep.eval.ArgumentTraining.Decision;
import org.sitrep.eval.ArgumentTraining.Labelled;

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

    @Test
    void theRolesChosenAreThoseWithMostEventsFullyRightThenMostArgumentsRightThenFewest() {
        ArgumentTraining.HeldOut none = new ArgumentTraining.HeldOut(43, 247, 181, 157, 216, 305);
        ArgumentTraining.HeldOut actor = new ArgumentTraining.HeldOut(44, 247, 188, 158, 216, 306);
        ArgumentTraining.HeldOut both = new ArgumentTraining.HeldOut(44, 247, 188, 161, 216, 306);
        ArgumentTraining.HeldOut all = new ArgumentTraining.HeldOut(44, 247, 188, 161, 216, 306);
        Map<Set<Role>, ArgumentTraining.HeldOut> heldOut = new java.util.LinkedHashMap<>();
        heldOut.put(Set.of(), none);
        heldOut.put(Set.of(Role.ACTOR), actor);
        heldOut.put(Set.of(Role.ACTOR, Role.TARGET), both);
        heldOut.put(Set.of(Role.ACTOR, Role.TARGET, Role.PLACE), all);
        assertThat(ArgumentTraining.choose(heldOut)).containsExactlyInAnyOrder(Role.ACTOR, Role.TARGET);
        heldOut.put(Set.of(Role.PLACE), new ArgumentTraining.HeldOut(45, 247, 181, 157, 210, 305));
        assertThat(ArgumentTraining.choose(heldOut)).containsExactly(Role.PLACE);
    }
}
