package org.sitrep.coding;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * A debug aid: with {@code -Dsitrep.trace=true}, the event coder says on standard error which stage dropped each
 * trigger a pattern row read, so that a missed gold event can be followed to the stage that lost it. Off by default;
 * it never changes what is coded.
 */
final class TriggerTrace {
    /** The system property that turns the trace on. */
    static final String PROPERTY = "sitrep.trace";
    private static final int SENTENCE_SHOWN = 80;
    private final boolean on;
    private final PrintStream out;

    TriggerTrace(boolean on, PrintStream out) {
        this.on = on;
        this.out = out;
    }

    /** The trace as the system property asks, on standard error. */
    static TriggerTrace fromSystem() {
        return new TriggerTrace(Boolean.getBoolean(PROPERTY), System.err);
    }

    boolean on() {
        return on;
    }

    /** Notes that a stage dropped a trigger a row had read (when on), and gives the stage's answer: no event. */
    <T> List<T> drop(Sentence sentence, Token trigger, EventPattern pattern, String stage) {
        if (on) {
            String text = sentence.text().replaceAll("\\s+", " ");
            out.printf(Locale.ROOT, "trace dropped @%d '%s' %s by %s | %s%n", trigger.begin(), trigger.word(),
                    pattern.plover(), stage, text.substring(0, Math.min(SENTENCE_SHOWN, text.length())));
        }
        return List.of();
    }

    /** Notes the coded events a folder merged away: their deed lives on only in the event they joined. */
    void folded(List<CodedEvent> coded, List<org.sitrep.model.Event> kept, String folder) {
        if (on) {
            java.util.Set<String> ids = kept.stream().map(org.sitrep.model.Event::id)
                    .collect(java.util.stream.Collectors.toSet());
            coded.stream().map(CodedEvent::event).filter(e -> !ids.contains(e.id())).forEach(e -> {
                String text = e.evidence().sentence().replaceAll("\\s+", " ");
                out.printf(Locale.ROOT, "trace folded %d-%d %s by %s | %s%n", e.evidence().start(),
                        e.evidence().end(), e.type(), folder,
                        text.substring(0, Math.min(SENTENCE_SHOWN, text.length())));
            });
        }
    }
}
