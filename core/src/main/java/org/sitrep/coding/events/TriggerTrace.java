package org.sitrep.coding.events;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Event;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * A debug aid: with {@code -Dsitrep.trace=true}, the event coder says on standard error which stage dropped each
 * trigger a pattern row read, so that a missed gold event can be followed to the stage that lost it. Off by default;
 * it never changes what is coded.
 */
public final class TriggerTrace {
    /** The stage that dropped a trigger, as the trace names it. */
    public enum Stage {
        SAME_EVENT_AS_ANOTHER_TRIGGER("the same event as another trigger"),
        HEADLINE_RUN("headline run"),
        CLASS_PARTICIPLE_OR_PURPOSE("class, describing participle, modifying event noun or purpose"),
        BARE_NOUN("bare noun"),
        TOLL_FOLDER("toll folder"),
        LEVEL_REACHED("level reached"),
        STATEMENT_WITHOUT_NAMED_SUBJECT("statement without a known named subject"),
        HABIT("habit"),
        CAPTION("a photo's caption"),
        GENERAL_STATEMENT("a general statement"),
        WAR_TALLY("war tally"),
        PART_OF_THE_DEAD_TOLD("part of the dead told"),
        QUOTE_ATTRIBUTION("quote attribution"),
        INSIDE_A_QUOTE("inside a quote"),
        WRITER_FIRST_PERSON("the writer's first person"),
        SOURCING_FORMULA("a reporter's sourcing formula"),
        POLL_SHARE("a poll's share of respondents"),
        NO_PLACE_OBJECT("no place object"),
        NO_ARMED_ACTOR("no armed actor"),
        NO_PARTY("no party"),
        NOT_INTRANSITIVE("not intransitive"),
        NO_BARE_OBJECT("no bare object"),
        NOT_EXPELLED_FROM_A_PLACE("not expelled from a place"),
        NO_PLACE("no place"),
        HAPPENING_FOLDER("happening folder");

        private final String label;

        Stage(String label) {
            this.label = label;
        }
    }

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
    public static TriggerTrace fromSystem() {
        return new TriggerTrace(Boolean.getBoolean(PROPERTY), System.err);
    }

    boolean on() {
        return on;
    }

    /** Notes that a stage dropped a trigger a row had read (when on), and gives the stage's answer: no event. */
    <T> List<T> drop(Sentence sentence, Token trigger, EventPattern pattern, Stage stage) {
        if (on) {
            String text = sentence.text().replaceAll("\\s+", " ");
            out.printf(Locale.ROOT, "trace dropped @%d '%s' %s by %s | %s%n", trigger.begin(), trigger.word(),
                    pattern.plover(), stage.label, text.substring(0, Math.min(SENTENCE_SHOWN, text.length())));
        }
        return List.of();
    }

    /** Notes a word whose lemma has a row that the matcher turned away (when on), and why. */
    void rejected(Sentence sentence, Token token, TriggerMatcher.Rejection rejection) {
        if (on) {
            String text = sentence.text().replaceAll("\\s+", " ");
            out.printf(Locale.ROOT, "trace rejected @%d '%s' %s by %s: %s | %s%n", token.begin(), token.word(),
                    token.pos(), rejection.reason().label, rejection.detail(),
                    text.substring(0, Math.min(SENTENCE_SHOWN, text.length())));
        }
    }

    /** Notes the coded events a folder merged away: their deed lives on only in the event they joined. */
    public void folded(List<CodedEvent> coded, List<Event> kept, Stage folder) {
        if (on) {
            Set<String> ids = kept.stream().map(Event::id).collect(Collectors.toSet());
            coded.stream().map(CodedEvent::event).filter(e -> !ids.contains(e.id())).forEach(e -> {
                String text = e.evidence().sentence().replaceAll("\\s+", " ");
                out.printf(Locale.ROOT, "trace folded %d-%d %s by %s | %s%n", e.evidence().start(),
                        e.evidence().end(), e.type(), folder.label,
                        text.substring(0, Math.min(SENTENCE_SHOWN, text.length())));
            });
        }
    }
}
