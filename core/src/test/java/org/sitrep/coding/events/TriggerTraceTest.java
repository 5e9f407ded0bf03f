package org.sitrep.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.language.LanguagePack;
import org.sitrep.model.EventType;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** The debug trace of dropped triggers: one line per drop when on, nothing when off, never an event. */
class TriggerTraceTest {
    private static final Token SHELLED = new Token(1, "shelled", "shell", "VBD", "O", 11, 18);
    private static final Sentence SENTENCE = new Sentence(0, 0, 34, "The army  shelled\nthe old market.",
            List.of(new Token(0, "army", "army", "NN", "O", 4, 8), SHELLED), List.of(), List.of());
    private static final EventPattern FIGHT = EventPattern.load(LanguagePack.load("en")).stream()
            .filter(p -> p.plover() == EventType.FIGHT).findFirst().orElseThrow();

    @Test
    void aDroppedTriggerIsToldWithItsOffsetWordTypeStageAndSentenceWhenTheTraceIsOn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TriggerTrace trace = new TriggerTrace(true, new PrintStream(out, true, StandardCharsets.UTF_8));
        List<CodedEvent> none = trace.drop(SENTENCE, SHELLED, FIGHT, TriggerTrace.Stage.NO_PLACE);
        assertThat(none).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("trace dropped @11 'shelled' FIGHT by no place | The army shelled the old market."
                        + System.lineSeparator());
    }

    @Test
    void theTraceSaysNothingWhenOff() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TriggerTrace trace = new TriggerTrace(false, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(trace.drop(SENTENCE, SHELLED, FIGHT, TriggerTrace.Stage.NO_PLACE)).isEmpty();
        assertThat(out.size()).isZero();
        assertThat(TriggerTrace.fromSystem().on()).isEqualTo(Boolean.getBoolean(TriggerTrace.PROPERTY));
    }

    @Test
    void aRejectedWordIsToldWithItsTagReasonAndDetail() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TriggerTrace trace = new TriggerTrace(true, new PrintStream(out, true, StandardCharsets.UTF_8));
        trace.rejected(SENTENCE, SHELLED, new TriggerMatcher.Rejection(TriggerMatcher.Rejection.Reason.CONDITION,
                "obj=town | parse <-root nsubj:army"));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("trace rejected @11 'shelled' VBD by no condition"
                + " met: obj=town | parse <-root nsubj:army | The army shelled the old market."
                + System.lineSeparator());
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        new TriggerTrace(false, new PrintStream(none, true, StandardCharsets.UTF_8)).rejected(SENTENCE, SHELLED,
                new TriggerMatcher.Rejection(TriggerMatcher.Rejection.Reason.TAG, "JJ, rows V"));
        assertThat(none.size()).isZero();
    }
}
