package org.sitrep.coding.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.coding.control.ControlDeriver;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Annotated;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * The dated entry of a timeline ("March 2017: donors meet. The meeting is overshadowed by ...") that opens a
 * paragraph: where it lies after the page's day, the paragraph is an update the page's day cannot vouch for.
 */
public final class TimelineParagraphs {
    private final Annotated annotated;
    private final List<TimeExpression> times;
    private final Optional<LocalDate> published;

    public TimelineParagraphs(Annotated annotated, List<TimeExpression> times, Optional<LocalDate> published) {
        this.annotated = annotated;
        this.times = times;
        this.published = published;
    }

    /** The time the entry opening the paragraph of the text at this offset states, if an entry opens it. */
    private Optional<CalendarDate> entryAt(int offset) {
        int paragraph = annotated.article().text().lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        return annotated.sentences().stream().filter(s -> s.begin() >= paragraph && s.begin() <= offset)
                .findFirst().flatMap(s -> entry(times, s));
    }

    /**
     * Whether the paragraph's entry begins more than a week after the page's day: an update appended to the page
     * later ("February 2016: ..." on a 2015 page), which the page's day cannot vouch for.
     */
    public boolean later(int offset) {
        return published.isPresent() && entryAt(offset).filter(d -> d.first().isAfter(
                published.get().plusDays(ControlDeriver.RECENT_DAYS))).isPresent();
    }

    /** The events as control reads them: none from the paragraph of an update appended after the page's day. */
    public List<CodedEvent> forControl(List<CodedEvent> events) {
        return events.stream().filter(c -> !later(c.event().evidence().start())).toList();
    }

    /** The time a sentence opens with when a colon follows it at once ("September 2014: ..."). */
    public static Optional<CalendarDate> entry(List<TimeExpression> times, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        return times.stream().filter(t -> t.start() == tokens.get(0).begin()).findFirst()
                .filter(t -> tokens.stream().anyMatch(k -> k.begin() >= t.end() && k.word().equals(":")
                        && tokens.stream().noneMatch(between -> between.begin() >= t.end()
                        && between.begin() < k.begin())))
                .flatMap(TimeExpression::calendarDate);
    }
}
