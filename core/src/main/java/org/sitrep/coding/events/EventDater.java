package org.sitrep.coding.events;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.knowledge.Linked;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Dates an event by its own clause: a time expression attached to the trigger or to a clause it is embedded in;
 * none for background mentions (past perfect, "previously", "in recent months") unless their sentence states a past
 * date; else the publication date, marked as not stated by the text, unless the article tells of the past and names
 * no day near its report.
 */
public final class EventDater {
    private static final int MAX_DEPTH = 4;
    private static final int DAYS_IN_WEEK = 7;
    /** How far into an article a dateline may stand (a headline and a byline may come first). */
    private static final int DATELINE_SENTENCES = 4;
    /** The most words a dateline's label ("Published", "Date of publication") holds before its date. */
    private static final int DATELINE_LABEL_TOKENS = 3;
    /**
     * How many sentences back a paragraph's narrative time carries to a past deed that names none (two: on dev 72 a
     * third sentence back gave two wrong dates and no right one).
     */
    private static final int NARRATIVE_SENTENCES = 2;
    /** How long before its report an article must name a time to tell of the past, not only of the news. */
    private static final int OLD_STORY_DAYS = 31;
    /** How many sentences an article needs before naming no day near its report says it is no news report. */
    private static final int HISTORY_MIN_SENTENCES = 10;
    private final LanguagePack pack;

    public EventDater(LanguagePack pack) {
        this.pack = pack;
    }

    /**
     * An event's date and whether the text states it (rather than it being the report's date); an undated event
     * told as recent ("recent gains", "made recently") is marked so.
     */
    public record EventDate(Optional<CalendarDate> value, boolean explicit, boolean recent) {
        EventDate(Optional<CalendarDate> value, boolean explicit) {
            this(value, explicit, false);
        }
    }

    EventDate date(Linked linked, List<TimeExpression> times, Sentence sentence, Token trigger, int clause,
                   boolean deed) {
        return date(linked, times, sentence, trigger, clause, deed, true);
    }

    /**
     * When a passage into control or a lasting state began: as a deed's date, except that a stretch "since" opens is
     * the state's start ("have held Kobani since January"), not deeds spread over it.
     */
    public EventDate passageDate(Linked linked, List<TimeExpression> times, Sentence sentence, Token trigger) {
        return date(linked, times, sentence, trigger, trigger.index(), true, false);
    }

    private EventDate date(Linked linked, List<TimeExpression> times, Sentence sentence, Token trigger, int clause,
                           boolean deed, boolean overStretches) {
        Optional<LocalDate> published = linked.annotated().article().published();
        // a dateline is no time the article tells, in this sentence or in one before it that the narrative reads
        List<TimeExpression> told = times.stream().filter(t -> !dateline(linked, t, published)).toList();
        Map<Integer, TimeExpression> attached = attachedTimes(sentence, told);
        int current = trigger.index();
        // "when he meets the king, he will raise it": "when" opens the coming news there, no background
        boolean coming = comingTimeClause(sentence, trigger);
        boolean background = !coming && (isBackground(sentence, trigger.index()) || isBackground(sentence, clause))
                || standing(sentence, trigger) || priorEvent(sentence, trigger)
                || repeated(sentence, trigger.index()) || repeated(sentence, clause)
                || describingClause(sentence, trigger, clause) || wholeCampaign(sentence, trigger);
        boolean recent = isRecent(sentence, trigger.index()) || isRecent(sentence, clause)
                || presentAspect(sentence, trigger, deed) || priorClause(sentence, trigger);
        boolean futureSaid = false;
        Set<Integer> chain = ancestors(sentence, trigger.index());
        boolean atThatTime = false; // "since 2011, when protests began": the deed opened the stretch
        for (int depth = 0; depth < MAX_DEPTH + 2; depth++) {
            TimeExpression time = attached.get(current);
            atThatTime |= opensOn(sentence, current, WordList.SAME_TIME_MARKERS);
            if (overStretches && !singleDeed(trigger) && !oneTimeDeed(trigger) && !atThatTime
                    && (time != null && stretchStart(sentence, time, chain)
                    || sinceClause(sentence, current, told, chain))) {
                // "have killed dozens since 2014", "since taking office, has ordered two raids": done over a stretch
                // up to now, on no one day (a day, "since Monday", is when it began)
                background = true;
                time = null;
            }
            // "arrested two men on Saturday, two days after a car bomb killed nine": the deed may hang below the
            // stretch itself, or the stretch on the deed's verb
            int at = current;
            Optional<TimeExpression> within = current == trigger.index() ? Optional.empty() : told.stream()
                    .filter(t -> sentence.tokens().get(at).begin() >= t.start()
                            && sentence.tokens().get(at).end() <= t.end()).findFirst();
            Optional<CalendarDate> offset = within.isPresent()
                    ? offsetDate(sentence, within.get(), current, attached, published)
                    : time == null || !sentence.tokens().get(current).isVerb() ? Optional.empty()
                    : offsetDate(sentence, time, current, attached, published);
            if (offset.isPresent()) {
                return new EventDate(offset, true);
            }
            Optional<CalendarDate> stated = time == null ? sameTime(sentence, current, attached) : time.calendarDate();
            if (stated.isPresent()) {
                return new EventDate(stated, true);
            }
            if (time != null && lastingStretch(time)) {
                background = true;
            }
            if (time != null && isBackgroundTime(time)) {
                Optional<CalendarDate> upToReport = upToReport(time, published);
                if (upToReport.isPresent()) {
                    return new EventDate(upToReport, false);
                }
                if (isRecentTime(time)) {
                    recent = true;
                } else {
                    background = true;
                }
            }
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                break;
            }
            if (charged(sentence, current, head.get())) {
                background = true;
            }
            if (pack.has(WordList.SPEECH_VERBS, sentence.tokens().get(head.get().governor()).lemma())
                    && isClause(head.get().relation())) {
                // "…, the Observatory said on Monday": the day of the saying, not of what is said; and "said last
                // week that the group would send fighters": a deed said of no past takes no day of the past, but a
                // stance said with a future ("said on Sunday he would support a strike") is taken that day
                futureSaid = deed && !pastClause(sentence, current)
                        && (head.get().relation().equals("ccomp")
                        || sentence.hasModal(current) || sentence.hasModal(head.get().governor()));
                break;
            }
            if (isBackground(sentence, head.get().governor())) {
                background = true; // "its recent efforts to normalize ties", "had opened … and explored"
            }
            recent |= isRecent(sentence, head.get().governor());
            String relation = head.get().relation();
            boolean climb = current == trigger.index() || isClause(relation) || relation.startsWith("obj")
                    || relation.startsWith("nsubj") || relation.startsWith("obl") || relation.startsWith("nmod");
            if (!climb) {
                break;
            }
            current = head.get().governor();
        }
        // a deed recalled as background keeps a past date its own sentence states ("in 2013 … when Damascus agreed"),
        // though the report's day and the paragraph's time are not its own
        if (recent && !background) {
            return new EventDate(Optional.empty(), false, true);
        }
        // "the brigade, which hosted McCain last May, was expelled from Azaz": a relative clause's date is its own
        Set<TimeExpression> foreign = new HashSet<>();
        attached.forEach((token, time) -> {
            if (sentence.tokens().get(token).isVerb() && !chain.contains(token) && relative(sentence, token)) {
                foreign.add(time);
            }
        });
        // "the leader of the March 9 movement condemned it": a time before a noun inside another noun's phrase
        // names a thing, not the day of a deed in the sentence
        told.stream().filter(t -> {
            List<Integer> nouns = namingNouns(sentence, t);
            return !nouns.isEmpty() && nouns.stream().noneMatch(chain::contains);
        }).forEach(foreign::add);
        // "the church was built in 1934 … south of the town that was earlier overrun": a deed a relative clause tells
        // as earlier ("earlier", "had") is not of the time the clause above it states
        if (isBackground(sentence, trigger.index())) {
            attached.forEach((token, time) -> {
                if (chain.contains(token) && relativeBetween(sentence, trigger.index(), token)) {
                    foreign.add(time);
                }
            });
        }
        // "a statement by the monitor said 12 people died on Saturday": what a saying says dates not the saying
        sayingOf(sentence, trigger).ifPresent(saying -> attached.forEach((token, time) -> {
            if (saidIn(sentence, saying, token)) {
                foreign.add(time);
            }
        }));
        Optional<CalendarDate> only = futureSaid ? Optional.empty() : pastDateBefore(sentence,
                told.stream().filter(t -> !foreign.contains(t) && !ofPriorEvent(sentence, t)).toList(), published,
                trigger.begin());
        if (only.isPresent()) {
            // "January 2015 – Kurdish forces retake Kobani": a timeline line's date, not attached by the parse
            return new EventDate(only, true);
        }
        if (background) {
            return new EventDate(Optional.empty(), false);
        }
        if (told.stream().noneMatch(t -> sentence.covers(t.start(), t.end()))
                && simplePast(sentence, trigger, clause)) {
            Optional<CalendarDate> then = narrativeTime(linked, told, sentence, published);
            if (then.isPresent()) {
                return new EventDate(then, false);
            }
            Optional<CalendarDate> next = nextSentenceDay(linked, told, sentence, published);
            if (next.isPresent()) {
                return new EventDate(next, false);
            }
        }
        // a paragraph of history inside a news report ("Rebels shelled Zara. The army had taken it in 2012.") tells
        // no news of the report's day
        if (sentence.index() > 0 && published.isPresent()
                && told.stream().noneMatch(t -> sentence.covers(t.start(), t.end()))
                && simplePast(sentence, trigger, clause)
                && paragraphOfThePast(linked, times, sentence, published.get())) {
            return new EventDate(Optional.empty(), false);
        }
        // the headline is the report's own news, whatever the body names; a text too short to have named its day (a
        // snippet, a brief) tells nothing by naming none
        if (sentence.index() > 0 && linked.annotated().sentences().size() >= HISTORY_MIN_SENTENCES
                && published.isPresent() && toldAsHistory(times, published.get())) {
            return new EventDate(Optional.empty(), false);
        }
        return new EventDate(published.map(CalendarDate::day), false);
    }

    /**
     * Whether the article tells of a time long before its report and names no day within a week of it (no dateline,
     * "on Monday", "yesterday", "last week"): a commentary or a history, which tells no deed as the report's own news,
     * so a deed with no time of its own is not given the report's day.
     */
    private static boolean toldAsHistory(List<TimeExpression> times, LocalDate published) {
        List<CalendarDate> dates = times.stream().map(TimeExpression::calendarDate).flatMap(Optional::stream).toList();
        boolean old = dates.stream().anyMatch(d -> d.last().isBefore(published.minusDays(OLD_STORY_DAYS)));
        boolean newsDay = dates.stream().filter(d -> d.granularity() == CalendarDate.Granularity.DAY
                        || d.granularity() == CalendarDate.Granularity.WEEK)
                .anyMatch(d -> !d.last().isBefore(published.minusDays(DAYS_IN_WEEK))
                        && !d.first().isAfter(published.plusDays(DAYS_IN_WEEK)));
        return old && !newsDay;
    }

    /**
     * Whether the sentence's paragraph (not the whole article) tells of a time long before the report and names no
     * day near it: a paragraph of history inside a news report, whose past deeds are no news of the report's day.
     */
    private static boolean paragraphOfThePast(Linked linked, List<TimeExpression> times, Sentence sentence,
                                              LocalDate published) {
        List<Sentence> sentences = linked.annotated().sentences();
        int first = sentence.index();
        while (first > 0 && !linked.annotated().paragraphBreak(first - 1, first)) {
            first--;
        }
        int last = sentence.index();
        while (last + 1 < sentences.size() && !linked.annotated().paragraphBreak(last, last + 1)) {
            last++;
        }
        if (first == 0 && last == sentences.size() - 1) {
            return false; // no paragraphs: the article's own reading decides
        }
        List<Sentence> paragraph = sentences.subList(first, last + 1);
        return toldAsHistory(times.stream().filter(t -> paragraph.stream().anyMatch(p -> p.covers(t.start(), t.end())))
                .toList(), published);
    }

    /**
     * "In August 2013 a gas attack killed hundreds near Damascus. Washington blamed the government.": a past deed its
     * own sentence dates no way happened at the time its paragraph last named, within {@link #NARRATIVE_SENTENCES}
     * sentences; a time on or after the report's day is the report's own news and tells nothing more. A time that
     * dates what came before ("since early 2014", "after the 2013 coup") is where a stretch began, not the story's
     * time.
     */
    private Optional<CalendarDate> narrativeTime(Linked linked, List<TimeExpression> told, Sentence sentence,
                                                 Optional<LocalDate> published) {
        for (Sentence before : paragraphBefore(linked, sentence)) {
            Optional<CalendarDate> last = told.stream().filter(t -> before.covers(t.start(), t.end()))
                    .filter(t -> !ofPriorEvent(before, t))
                    .filter(t -> t.calendarDate().isPresent())
                    .max(java.util.Comparator.comparingInt(TimeExpression::end))
                    .flatMap(TimeExpression::calendarDate);
            if (last.isPresent()) {
                return last.filter(d -> published.map(p -> d.last().isBefore(p)).orElse(false));
            }
        }
        return Optional.empty();
    }

    /** The sentences before this one in its paragraph, nearest first, at most {@link #NARRATIVE_SENTENCES}. */
    private static List<Sentence> paragraphBefore(Linked linked, Sentence sentence) {
        List<Sentence> before = new java.util.ArrayList<>();
        for (int s = sentence.index() - 1; s >= Math.max(0, sentence.index() - NARRATIVE_SENTENCES)
                && !linked.annotated().paragraphBreak(s, s + 1); s--) {
            before.add(linked.annotated().sentences().get(s));
        }
        return before;
    }

    /**
     * "Two civilians were killed in a rocket attack on the city. A source told reporters on Wednesday that …": a news
     * lead tells the deed and the sentence after it its day, so a past deed with no time of its own, and none in its
     * paragraph's sentences before it, takes a day in the week before the report that the next sentence of its
     * paragraph names first (a time of the report's day or older, or of a deed before, tells of other news).
     */
    private Optional<CalendarDate> nextSentenceDay(Linked linked, List<TimeExpression> told, Sentence sentence,
                                                   Optional<LocalDate> published) {
        List<Sentence> sentences = linked.annotated().sentences();
        if (published.isEmpty() || sentence.index() + 1 >= sentences.size()
                || linked.annotated().paragraphBreak(sentence.index(), sentence.index() + 1)) {
            return Optional.empty();
        }
        if (paragraphBefore(linked, sentence).stream().anyMatch(before -> told.stream()
                .anyMatch(t -> before.covers(t.start(), t.end()) && t.calendarDate().isPresent()))) {
            return Optional.empty();
        }
        Sentence next = sentences.get(sentence.index() + 1);
        LocalDate report = published.get();
        List<TimeExpression> nextTimes = told.stream().filter(t -> next.covers(t.start(), t.end())).toList();
        // "The army had lost it on Tuesday": a day of a deed before, not of the news the sentence tells
        Set<TimeExpression> earlier = new HashSet<>();
        attachedTimes(next, nextTimes).forEach((token, time) -> {
            if (isBackground(next, token)) {
                earlier.add(time);
            }
        });
        return nextTimes.stream().filter(t -> !earlier.contains(t) && !ofPriorEvent(next, t))
                .filter(t -> t.calendarDate().isPresent())
                .min(java.util.Comparator.comparingInt(TimeExpression::start))
                .flatMap(TimeExpression::calendarDate)
                .filter(d -> d.granularity() == CalendarDate.Granularity.DAY && d.first().isBefore(report)
                        && !d.first().isBefore(report.minusDays(DAYS_IN_WEEK)));
    }

    /**
     * "the minister repeatedly warned against it", "rebels routinely shelled the road": a deed done again and again (an
     * adverb of frequency on it) happened on no one day.
     */
    private boolean repeated(Sentence sentence, int verb) {
        return verb >= 0 && sentence.children(verb, "advmod").stream()
                .anyMatch(a -> pack.has(WordList.HABITUAL_WORDS, a.word().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * "a siege of the town since 2013": one deed named by a singular noun began when its stretch did, where deeds in
     * the plural ("two strikes since taking office") or told by a verb are many or ongoing.
     */
    private static boolean singleDeed(Token trigger) {
        return trigger.isNoun() && !trigger.pos().endsWith("S");
    }

    /**
     * "have fought for years", "a feud of several months": a deed that lasted a year or more, or an unknown number of
     * months, went on over a stretch and happened on no one day; "the past five years" and "recent months" are read by
     * {@link #isBackgroundTime} and {@link #upToReport}.
     */
    private boolean lastingStretch(TimeExpression time) {
        String value = time.value().orElse("");
        return value.matches("P(?:[0-9]+|X)(?:Y|DE|CE)|PXM") && !isBackgroundTime(time);
    }

    /**
     * "accused the rebels of using gas", "denied shelling the town": a deed charged or denied is alleged, on no day of
     * its own, not the day the charge is laid (a day the charge states for it is kept).
     */
    private boolean charged(Sentence sentence, int current, Dependency head) {
        if (!pack.has(WordList.CHARGE_VERBS, sentence.tokens().get(head.governor()).lemma())) {
            return false;
        }
        // the charge's content is a gerund clause hung on the verb ("of shelling", "denied using"), however loosely
        // the parse hangs it ("dep"), or a gerund the parse took for a modifier of the noun after it ("accused them of
        // using poison gas": "using" on "gas", "gas" on "accused")
        Token token = sentence.tokens().get(current);
        return token.pos().equals("VBG") && (isClause(head.relation()) || head.relation().startsWith("acl")
                || head.relation().equals("dep"))
                || token.isNoun() && (head.relation().startsWith("obl") || head.relation().startsWith("nmod"))
                && sentence.children(current, "amod").stream().anyMatch(g -> g.pos().equals("VBG")
                && sentence.children(current, "case").stream().anyMatch(c -> c.index() == g.index() - 1));
    }

    /** "forces have taken the town since the raid": a passage into control happens once, whatever the stretch. */
    private boolean oneTimeDeed(Token trigger) {
        return trigger.isVerb() && pack.has(WordList.ONE_TIME_DEEDS, trigger.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "held two men on Friday, three days after a shell hit a school", "comes two weeks after a gunman shot": a
     * deed a stretch before (or after) the clause above it is dated from that clause's day (a time attached above it,
     * else the report's day) by that stretch, at the stretch's grain (days to a day, weeks or months to a month,
     * years to a year).
     */
    private Optional<CalendarDate> offsetDate(Sentence sentence, TimeExpression time, int below,
                                              Map<Integer, TimeExpression> attached, Optional<LocalDate> published) {
        String value = time.value().orElse("");
        if (!value.matches("P[0-9]+[DWMY]")) {
            return Optional.empty();
        }
        Optional<Token> next = sentence.tokens().stream().filter(t -> t.begin() >= time.end()).findFirst();
        // a preposition before the stretch or opening it bounds it: "over a year", "within two days"
        boolean bounded = sentence.tokens().stream().filter(t -> t.begin() < time.start() + 1).reduce((a, b) -> b)
                .filter(t -> t.pos().equals("IN")).isPresent()
                || sentence.tokens().stream().filter(t -> t.end() <= time.start()).reduce((a, b) -> b)
                .filter(t -> t.pos().equals("IN")).isPresent();
        if (bounded) {
            return Optional.empty(); // "well over a year after", "within two days after": no one stretch to count
        }
        int sign;
        if (next.filter(t -> pack.has(WordList.OFFSET_EARLIER_MARKERS, t.word().toLowerCase(java.util.Locale.ROOT)))
                .isPresent()) {
            sign = -1;
        } else if (next.filter(t -> pack.has(WordList.OFFSET_LATER_MARKERS,
                t.word().toLowerCase(java.util.Locale.ROOT))).isPresent()) {
            sign = 1;
        } else {
            return Optional.empty();
        }
        Optional<LocalDate> anchor = published;
        for (int current = sentence.head(below).map(Dependency::governor).orElse(-1); current >= 0;
             current = sentence.head(current).map(Dependency::governor).orElse(-1)) {
            Optional<CalendarDate> above = Optional.ofNullable(attached.get(current))
                    .flatMap(TimeExpression::calendarDate);
            if (above.isPresent()) {
                if (above.get().granularity() != CalendarDate.Granularity.DAY) {
                    return Optional.empty(); // "in May, two weeks after …": no day to count from
                }
                anchor = Optional.of(above.get().first());
                break;
            }
        }
        if (anchor.isEmpty()) {
            return Optional.empty();
        }
        int amount = sign * Integer.parseInt(value.substring(1, value.length() - 1));
        char unit = value.charAt(value.length() - 1);
        LocalDate day = switch (unit) {
            case 'D' -> anchor.get().plusDays(amount);
            case 'W' -> anchor.get().plusWeeks(amount);
            case 'M' -> anchor.get().plusMonths(amount);
            default -> anchor.get().plusYears(amount);
        };
        return Optional.of(switch (unit) {
            case 'D' -> CalendarDate.day(day);
            case 'Y' -> new CalendarDate(day.withDayOfYear(1), CalendarDate.Granularity.YEAR);
            default -> new CalendarDate(day.withDayOfMonth(1), CalendarDate.Granularity.MONTH);
        });
    }

    /** "since 2014", "since spring 2015": a time coarser than a day that opens a stretch reaching up to now. */
    private boolean stretchStart(Sentence sentence, TimeExpression time, Set<Integer> chain) {
        if (chain.contains(lastToken(sentence, time))) {
            return false; // "since early 2011, when protests began": the deed is what opened the stretch
        }
        boolean coarse = time.calendarDate().map(d -> d.granularity() != CalendarDate.Granularity.DAY).orElse(false);
        return coarse && sentence.tokens().stream().filter(t -> t.end() <= time.start())
                .reduce((a, b) -> b).map(t -> pack.has(WordList.STRETCH_MARKERS,
                        t.word().toLowerCase(java.util.Locale.ROOT))).orElse(false);
    }

    /**
     * "Since taking office, he has ordered …", "since the ambush, militants have attacked …": a clause or a noun that
     * opens a stretch and holds no time of its own.
     */
    private boolean sinceClause(Sentence sentence, int verb, List<TimeExpression> told, Set<Integer> chain) {
        if (!sentence.tokens().get(verb).isVerb()) {
            return false;
        }
        return sentence.children(verb).stream()
                .filter(d -> d.relation().startsWith("obl") || d.relation().equals("advcl"))
                .map(d -> sentence.tokens().get(d.dependent()))
                .filter(c -> !chain.contains(c.index()))
                .filter(c -> told.stream().noneMatch(t -> c.begin() >= t.start() && c.end() <= t.end()))
                .anyMatch(c -> sentence.children(c.index()).stream()
                        .anyMatch(m -> (m.relation().equals("case") || m.relation().equals("mark"))
                                && pack.has(WordList.STRETCH_MARKERS,
                                sentence.tokens().get(m.dependent()).word().toLowerCase(java.util.Locale.ROOT))));
    }

    /** The saying a trigger is or names as its subject ("said", "a statement … said"), if any. */
    private Optional<Integer> sayingOf(Sentence sentence, Token trigger) {
        if (trigger.isVerb() && pack.has(WordList.SPEECH_VERBS, trigger.lemma())) {
            return Optional.of(trigger.index());
        }
        return sentence.head(trigger.index()).filter(h -> h.governor() >= 0 && h.relation().startsWith("nsubj")
                && pack.has(WordList.SPEECH_VERBS, sentence.tokens().get(h.governor()).lemma()))
                .map(Dependency::governor);
    }

    /** Whether the token lies in what the saying says (a clausal complement below it). */
    private static boolean saidIn(Sentence sentence, int saying, int token) {
        int current = token;
        for (int depth = 0; current >= 0 && depth < 2 * MAX_DEPTH; depth++) {
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                return false;
            }
            if (head.get().governor() == saying) {
                return head.get().relation().equals("ccomp") || head.get().relation().equals("parataxis");
            }
            current = head.get().governor();
        }
        return false;
    }

    /**
     * "did not meet him when he visited last fall": a clause marked as happening at the same time as the verb gives
     * the verb its date.
     */
    private Optional<CalendarDate> sameTime(Sentence sentence, int verb, Map<Integer, TimeExpression> attached) {
        return sentence.children(verb, "advcl").stream()
                .filter(c -> opensOn(sentence, c.index(), WordList.SAME_TIME_MARKERS))
                .map(c -> attached.get(c.index())).filter(java.util.Objects::nonNull)
                .map(TimeExpression::calendarDate).flatMap(Optional::stream).findFirst();
    }

    /** A period's length in days, a month counted as thirty. */
    private static double totalDays(java.time.Period period) {
        return period.toTotalMonths() * 30 + period.getDays();
    }

    /**
     * "over the last two weeks", "in the past ten days", "in recent days", "in recent weeks": a deed over a stretch of more than a day and
     * at most a month up to the report is of the month that holds most of that stretch; none otherwise.
     */
    private Optional<CalendarDate> upToReport(TimeExpression time, Optional<LocalDate> published) {
        String value = time.value().orElse("");
        if (published.isEmpty() || !isRecentTime(time) || !value.startsWith("P") || value.startsWith("PAST")) {
            return Optional.empty();
        }
        double days;
        if (value.equals("PXD") || value.equals("PXW")) {
            // "in recent days", "the past several weeks": an unknown few, told as the news around the report, so the
            // report's month (how the annotation guide's coders date them); "recent months" stays undated
            value = "P3D";
        }
        try {
            days = value.startsWith("PT") ? java.time.Duration.parse(value).toHours() / 24.0
                    : totalDays(java.time.Period.parse(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        // a day or less would be the report's own day, where a strike told again must fold into its first mention
        if (days <= 1 || days > 31) {
            return Optional.empty();
        }
        // the month that holds most of the stretch, as a week is dated
        LocalDate middle = published.get().minusDays((long) (days / 2));
        return Optional.of(new CalendarDate(middle.withDayOfMonth(1), CalendarDate.Granularity.MONTH));
    }

    /**
     * "succeeded to kill", "managed to reach the town": a deed below an implicative verb happened when that verb did,
     * so the verb's tense is the deed's; any other verb stands for itself.
     */
    private int implicativeHead(Sentence sentence, int verb) {
        return verb < 0 ? verb : sentence.head(verb)
                .filter(h -> h.governor() >= 0 && h.relation().equals("xcomp")
                        && pack.has(WordList.IMPLICATIVE_VERBS, sentence.tokens().get(h.governor()).lemma()))
                .map(Dependency::governor).orElse(verb);
    }

    /** A deed told in the simple past ("blamed", "was shelled"), not the present perfect nor with a modal. */
    private boolean simplePast(Sentence sentence, Token trigger, int clause) {
        int verb = implicativeHead(sentence, trigger.isVerb() ? trigger.index() : clause);
        if (verb < 0 || !sentence.tokens().get(verb).isPast() || sentence.hasModal(verb)) {
            return false;
        }
        boolean perfect = sentence.children(verb, "aux").stream()
                .anyMatch(t -> pack.has(WordList.PERFECT_AUXILIARY_LEMMAS, t.lemma()));
        return !perfect && (sentence.tokens().get(verb).pos().equals("VBD")
                || sentence.children(verb, "aux:pass").stream().anyMatch(t -> t.pos().equals("VBD")));
    }

    /**
     * "21 Jul 2016 Dozens of civilians were killed …", "03-11-2014 ISIL beheads …": the report's own day opening one
     * of its first sentences is its dateline, not the day of what the sentence tells, nor a time a later sentence's
     * narrative goes on from (a dateline before a news lead must not hide the day the next sentence names).
     */
    private static boolean dateline(Linked linked, TimeExpression time, Optional<LocalDate> published) {
        return linked.annotated().sentences().stream().filter(s -> s.covers(time.start(), time.end())).findFirst()
                .map(s -> dateline(s, time, published)).orElse(false);
    }

    /**
     * "Tue Jul 7 2015 …", "Published August 15 2016 …": a full date with its year behind a short label (a weekday, a
     * word of publishing) with no finite verb is a dateline too; "On July 7, 2015, rebels …" (a preposition's date) and
     * a bare "on Tuesday" are the deed's own.
     */
    private static boolean datelineHead(Sentence sentence, TimeExpression time) {
        List<Token> before = sentence.tokens().stream().filter(t -> t.end() <= time.start()).toList();
        return time.text().matches(".*\\b\\d{4}\\b.*") && before.size() <= DATELINE_LABEL_TOKENS
                && !before.isEmpty() && !before.get(before.size() - 1).pos().equals("IN")
                && before.stream().noneMatch(t -> t.pos().equals("VBD") || t.pos().equals("VBZ")
                || t.pos().equals("VBP") || t.pos().equals("MD"));
    }

    /** Whether the time is its own sentence's dateline, read as the article-wide one is. */
    private static boolean dateline(Sentence sentence, TimeExpression time, Optional<LocalDate> published) {
        return sentence.index() < DATELINE_SENTENCES && !sentence.tokens().isEmpty()
                && (time.start() == sentence.tokens().get(0).begin() || datelineHead(sentence, time))
                && time.calendarDate().filter(d -> d.granularity() == CalendarDate.Granularity.DAY)
                .map(d -> published.map(d.first()::equals).orElse(false)).orElse(false);
    }

    /**
     * Whether the verb's clause is a relative clause (a relative pronoun opens it, "which hosted McCain last May",
     * however the parse hangs it, or the parse says so, "the districts which rebels stormed in 2012"), and the verb is
     * no saying.
     */
    private boolean relative(Sentence sentence, int verb) {
        boolean relative = verb > 0 && pack.has(WordList.RELATIVE_PRONOUNS,
                sentence.tokens().get(verb - 1).word().toLowerCase(java.util.Locale.ROOT))
                || sentence.head(verb).filter(h -> h.relation().equals("acl:relcl")).isPresent();
        return relative && !pack.has(WordList.SPEECH_VERBS, sentence.tokens().get(verb).lemma());
    }

    /**
     * "the first attack on Qardaha since the start of the uprising in March 2011": a time inside a phrase that names
     * what came before ("since", "after") dates that, not the event.
     */
    private boolean ofPriorEvent(Sentence sentence, TimeExpression time) {
        int current = lastToken(sentence, time);
        for (int depth = 0; current >= 0 && depth < MAX_DEPTH && !sentence.tokens().get(current).isVerb(); depth++) {
            if (Clauses.markedBy(pack, sentence, current, WordList.PRIOR_EVENT_MARKERS)) {
                return true;
            }
            current = sentence.head(current).map(Dependency::governor).orElse(-1);
        }
        return false;
    }

    /**
     * Whether a clause is told in the past: its head verb, or, where the head is a noun or an adjective, its copula or
     * auxiliary ("the ministry said the drone was over its soil when gunners downed it").
     */
    private static boolean pastClause(Sentence sentence, int head) {
        return sentence.tokens().get(head).isPast() || !sentence.tokens().get(head).isVerb()
                && sentence.children(head).stream().anyMatch(d -> (d.relation().equals("cop")
                || d.relation().startsWith("aux")) && sentence.tokens().get(d.dependent()).pos().equals("VBD"));
    }

    /** Whether the path up from the token to one of its ancestors passes a relative clause's edge. */
    private static boolean relativeBetween(Sentence sentence, int token, int ancestor) {
        return !Clauses.reaches(sentence, token, ancestor, h -> !h.relation().equals("acl:relcl"));
    }

    /** The token and every token above it in the parse. */
    private static Set<Integer> ancestors(Sentence sentence, int token) {
        Set<Integer> chain = new HashSet<>();
        for (int current = token; current >= 0 && chain.add(current); ) {
            current = sentence.head(current).map(Dependency::governor).orElse(-1);
        }
        return chain;
    }

    /**
     * In a sentence whose calendar dates all lie before publication (a timeline, a history), the date nearest before
     * the trigger, or the sentence's only date; none where any date is the report's day or later.
     */
    private static Optional<CalendarDate> pastDateBefore(Sentence sentence, List<TimeExpression> times,
                                                         Optional<LocalDate> published, int trigger) {
        List<TimeExpression> dated = times.stream()
                .filter(t -> sentence.covers(t.start(), t.end()))
                .filter(t -> t.calendarDate().isPresent()).toList();
        if (dated.isEmpty() || published.isEmpty()
                || dated.stream().anyMatch(t -> !t.calendarDate().orElseThrow().last().isBefore(published.get()))) {
            return Optional.empty();
        }
        Optional<TimeExpression> before = dated.stream().filter(t -> t.end() <= trigger)
                .max(java.util.Comparator.comparingInt(TimeExpression::end));
        return before.or(() -> dated.size() == 1 ? Optional.of(dated.get(0)) : Optional.empty())
                .flatMap(TimeExpression::calendarDate);
    }

    /**
     * An event the text asserts cannot postdate its report: a day less than a week after publication is a weekday
     * read forward and moves back a week; the week after the report's ("next week") is the report's date, not stated
     * by the text; a later date (a month or day read into the wrong year, "in December" in a
     * February report) moves back a year when that is not after the report; else the event takes the report's date,
     * not stated by the text.
     */
    public EventDate notAfterReport(EventDate date, Modality mood, Optional<LocalDate> published) {
        if (published.isEmpty() || date.value().isEmpty() || !mood.factual()) {
            return date;
        }
        CalendarDate value = date.value().get();
        if (!value.first().isAfter(published.get())) {
            return date;
        }
        if (value.granularity() == CalendarDate.Granularity.DAY
                && !value.first().minusDays(DAYS_IN_WEEK).isAfter(published.get())) {
            // "on Saturday morning" read forward from a Tuesday report: the Saturday before it
            return new EventDate(Optional.of(CalendarDate.day(value.first().minusDays(DAYS_IN_WEEK))), date.explicit());
        }
        if (value.granularity() == CalendarDate.Granularity.WEEK
                && !value.first().minusDays(DAYS_IN_WEEK).isAfter(published.get())) {
            // "a summit next week": the coming week, never the same week a year before
            return new EventDate(published.map(CalendarDate::day), false);
        }
        CalendarDate earlier = value.yearEarlier();
        if (value.granularity() != CalendarDate.Granularity.YEAR && !earlier.first().isAfter(published.get())) {
            return new EventDate(Optional.of(earlier), date.explicit());
        }
        return new EventDate(published.map(CalendarDate::day), false);
    }

    /**
     * An event told as not done has no day the text does not state: the report's day or the paragraph's time is when
     * it was denied, planned or supposed, not when it happened. So for a deed denied ("did not strike", "won't step
     * down"), and for a material deed still to come ("will send troops", "plans to arm the rebels") or only supposed
     * ("could shell the town"), unless the supposed deed is an attempt under way ("an offensive to retake the town":
     * the push is the day's news) or a past deed possibly done ("a strike may have killed 20": the day is the news's).
     * A stance or a word to come or supposed ("said she will oppose the resolution") is held when it is said and
     * keeps its day.
     */
    EventDate undone(EventDate date, Modality mood, EventType type, boolean attempted, Sentence sentence,
                     Token trigger) {
        boolean supposed = mood == Modality.HYPOTHETICAL && !attempted && !possiblyDone(sentence, trigger);
        boolean unreal = mood == Modality.NEGATED
                || material(type) && (mood == Modality.EXPECTED || supposed);
        return unreal && !date.explicit() ? new EventDate(Optional.empty(), false, date.recent()) : date;
    }

    /** A deed or a gift in hand (PLOVER's material classes), not words: "send troops", "arm the rebels". */
    private static boolean material(EventType type) {
        return type.quad() == EventType.Quad.MATERIAL_CONFLICT || type.quad() == EventType.Quad.MATERIAL_COOPERATION;
    }

    /**
     * "may have killed", "a strike might have hit the school": a modal perfect on the trigger, or on the verb a noun
     * trigger is the subject of, supposes a past deed, not one still to come.
     */
    private boolean possiblyDone(Sentence sentence, Token trigger) {
        int verb = trigger.isVerb() ? trigger.index() : sentence.head(trigger.index())
                .filter(h -> h.governor() >= 0 && h.relation().startsWith("nsubj"))
                .map(Dependency::governor).orElse(-1);
        return verb >= 0 && sentence.hasModal(verb)
                && sentence.children(verb, "aux").stream()
                .anyMatch(t -> pack.has(WordList.PERFECT_AUXILIARY_LEMMAS, t.lemma()));
    }

    /**
     * An event's date at a day, a month or a year: "last week" is dated to the month that holds most of it, but a deed
     * told as done in a week that runs past its report ("this week" on a Tuesday at a month's end) took place in
     * the days up to the report, so it keeps the report's month.
     */
    static EventDate withoutWeek(EventDate date, Modality mood, Optional<LocalDate> published) {
        Optional<CalendarDate> month = date.value().map(CalendarDate::withoutWeek);
        boolean pastReport = published.isPresent()
                && month.filter(m -> m.first().isAfter(published.get())).isPresent();
        if (mood.factual() && pastReport) {
            month = Optional.of(new CalendarDate(published.get().withDayOfMonth(1), CalendarDate.Granularity.MONTH));
        }
        return new EventDate(month, date.explicit(), date.recent());
    }

    private static boolean isClause(String relation) {
        return relation.equals("ccomp") || relation.equals("xcomp") || relation.equals("advcl")
                || relation.equals("conj") || relation.equals("parataxis");
    }

    /** "the past year", "in recent months": the clause recalls something before the report. */
    private boolean isBackgroundTime(TimeExpression time) {
        String value = time.value().orElse("");
        if (value.startsWith("PAST")) {
            return true;
        }
        String[] words = time.text().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            boolean modifiesNext = i + 1 < words.length && pack.has(WordList.PAST_MODIFIERS, words[i]);
            boolean durationIntoPast = value.startsWith("P") && pack.has(WordList.BACKGROUND_TIME_WORDS, words[i]);
            if (modifiesNext || durationIntoPast) {
                return true;
            }
        }
        return false;
    }

    /** The index of the time expression's last token, or -1 where no token lies inside it. */
    private static int lastToken(Sentence sentence, TimeExpression time) {
        int last = -1;
        for (Token token : sentence.tokens()) {
            if (token.begin() >= time.start() && token.end() <= time.end()) {
                last = token.index();
            }
        }
        return last;
    }

    /**
     * "the leader of the March 9 movement", "a report on the May 2 raid": a time before the noun it modifies,
     * that noun inside another noun's phrase, names a thing; the nouns above it up to the first verb, or none where
     * the time is not so placed (a noun that a verb governs directly keeps the old reading: "meet the June 30
     * deadline").
     */
    private List<Integer> namingNouns(Sentence sentence, TimeExpression time) {
        Optional<Integer> noun = prenominalHead(sentence, time);
        if (noun.filter(n -> timeCarried(sentence, n)).isPresent()) {
            return List.of(); // "a statement following Friday prayers": the prayers' day is when the deed was done
        }
        List<Integer> nouns = new java.util.ArrayList<>();
        for (int current = noun.orElse(-1), depth = 0; current >= 0 && depth < MAX_DEPTH; depth++) {
            if (!sentence.tokens().get(current).isNoun()) {
                break;
            }
            nouns.add(current);
            current = sentence.head(current).map(Dependency::governor).orElse(-1);
        }
        return nouns.size() > 1 ? nouns : List.of();
    }

    /**
     * "following Friday prayers", "after Sunday's vote": a noun carried by a temporal preposition (its case marker or
     * the participle that governs it) is a time, not a thing.
     */
    private boolean timeCarried(Sentence sentence, int noun) {
        return sentence.children(noun, "case").stream().anyMatch(c -> temporalOnly(c.word()))
                || sentence.head(noun).filter(h -> h.governor() >= 0
                && temporalOnly(sentence.tokens().get(h.governor()).word())).isPresent();
    }

    /**
     * A preposition of time that is neither of place nor of an agent: "on" and "by" before a noun name a topic or a
     * doer ("a report on the May 2 raid", "an attack by the March 14 movement").
     */
    private boolean temporalOnly(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return pack.has(WordList.TIME_PREPOSITIONS, lower) && !pack.has(WordList.LOCATIVE_PREPOSITIONS, lower)
                && !pack.has(WordList.AGENT_PREPOSITIONS, lower);
    }

    /** The noun a time stands before and modifies: the first verb or noun above it, where that is a noun after it. */
    private static Optional<Integer> prenominalHead(Sentence sentence, TimeExpression time) {
        if (time.start() < sentence.begin() || time.end() > sentence.end()) {
            return Optional.empty();
        }
        int current = lastToken(sentence, time);
        for (int depth = 0; current >= 0 && depth < MAX_DEPTH; depth++) {
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                return Optional.empty();
            }
            current = head.get().governor();
            Token governor = sentence.tokens().get(current);
            if (governor.begin() >= time.start() && governor.end() <= time.end()) {
                continue; // a word of the time itself ("Sept." above "11")
            }
            if (governor.isVerb() || governor.isNoun()) {
                return governor.isNoun() && governor.begin() >= time.end() ? Optional.of(current) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Each time expression attached to the nearest verb or noun above it, by token index. */
    private Map<Integer, TimeExpression> attachedTimes(Sentence sentence, List<TimeExpression> times) {
        Map<Integer, TimeExpression> attached = new LinkedHashMap<>();
        for (TimeExpression time : times) {
            if (time.start() < sentence.begin() || time.end() > sentence.end()) {
                continue;
            }
            int last = lastToken(sentence, time);
            if (last < 0) {
                continue;
            }
            List<Integer> nouns = namingNouns(sentence, time);
            if (!nouns.isEmpty()) {
                // "the leader of the March 9 movement": the movement's and the leader's day, no verb's above them
                nouns.forEach(n -> attached.putIfAbsent(n, time));
                continue;
            }
            int current = last;
            for (int depth = 0; depth < MAX_DEPTH; depth++) {
                Optional<Dependency> head = sentence.head(current);
                if (head.isEmpty() || head.get().governor() < 0) {
                    break;
                }
                current = head.get().governor();
                Token governor = sentence.tokens().get(current);
                if (governor.isVerb() || (governor.isNoun() && !(governor.begin() >= time.start()
                        && governor.end() <= time.end()))) {
                    attached.putIfAbsent(current, time);
                    if (governor.isVerb()) {
                        break;
                    }
                }
            }
        }
        return attached;
    }

    /**
     * Past perfect ("had extended"), perfect progressive ("have been fighting"), or "previously"/"recent" on the
     * trigger: an event recalled or an activity reaching back, not reported as the news.
     */
    private boolean isBackground(Sentence sentence, int trigger) {
        boolean had = false;
        for (Dependency child : sentence.children(trigger)) {
            Token token = sentence.tokens().get(child.dependent());
            if (child.relation().equals("aux") && pack.has(WordList.PAST_PERFECT_AUXILIARIES, token.word())) {
                had = true;
            }
            if (child.relation().equals("aux") && pack.has(WordList.ONGOING_AUXILIARIES, token.word())
                    && sentence.tokens().get(trigger).isVerb()) {
                return true; // "have been fighting", "has been using": an activity reaching back, not the news
            }
            if ((child.relation().equals("advmod") || child.relation().equals("amod"))
                    && pack.has(WordList.BACKGROUND_WORDS, token.word())
                    && !pack.has(WordList.RECENT_WORDS, token.word())) {
                return true;
            }
        }
        // "declared that its fighters had liberated Sinjar": reported speech shifts the tense back; news, not history
        return had && !reportedSpeech(sentence, trigger);
    }

    /**
     * "The U.S. provides support for Iraq's military", "Russia, which backs Assad": a deed in the simple present below
     * the headline is a standing relation or a habit, not the day's news; headlines tell past news in the present.
     * So is the simple present passive ("a government that is supported by Iran", "the group is listed
     * by the U.S."), but not of a saying ("the charges are denied by Damascus" is the day's word), and a gerund
     * describing a noun.
     */
    private boolean standing(Sentence sentence, Token trigger) {
        return sentence.index() > 0 && (trigger.isPresentTense()
                && sentence.children(trigger.index()).stream().noneMatch(d -> d.relation().startsWith("aux"))
                && !comingTimeClause(sentence, trigger)
                || presentPassive(sentence, trigger) && !pack.has(WordList.SPEECH_VERBS, trigger.lemma())
                || describingGerund(sentence, trigger));
    }

    /**
     * "After Obama visits Israel, Kerry will stay on", "as he meets the king, he will raise it": a present-tense deed in
     * a time clause of a clause told with a modal is when that clause's news comes, not a habit.
     */
    private boolean comingTimeClause(Sentence sentence, Token trigger) {
        return sentence.head(trigger.index()).filter(h -> h.governor() >= 0 && h.relation().equals("advcl")
                        && sentence.hasModal(h.governor())).isPresent()
                && opensOn(sentence, trigger.index(), WordList.TIME_CLAUSE_MARKERS);
    }

    /** Whether a clause opens on a word of the list, as its subordinator or, as the parse makes "when", its adverb. */
    private boolean opensOn(Sentence sentence, int clause, WordList markers) {
        return sentence.children(clause).stream()
                .filter(d -> d.relation().equals("mark") || d.relation().equals("advmod"))
                .anyMatch(d -> pack.has(markers, sentence.tokens().get(d.dependent()).word()
                        .toLowerCase(java.util.Locale.ROOT)));
    }

    /** "is supported", "are designated": a participle whose only auxiliary is a present-tense passive one. */
    private static boolean presentPassive(Sentence sentence, Token trigger) {
        List<Dependency> auxiliaries = sentence.children(trigger.index()).stream()
                .filter(d -> d.relation().startsWith("aux")).toList();
        return trigger.pos().equals("VBN") && auxiliaries.size() == 1
                && auxiliaries.get(0).relation().equals("aux:pass")
                && sentence.tokens().get(auxiliaries.get(0).dependent()).isPresentTense();
    }

    /**
     * "after the attack", "since strikes began", "in the wake of the Paris attacks": an event named as what came
     * before the news is earlier than the report's day, on a day the sentence does not give.
     */
    private boolean priorEvent(Sentence sentence, Token trigger) {
        return trigger.isNoun()
                && (Clauses.markedBy(pack, sentence, trigger.index(), WordList.PRIOR_EVENT_MARKERS)
                || sentence.head(trigger.index()).filter(h -> h.governor() >= 0 && h.relation().startsWith("nmod")
                && pack.has(WordList.PRIOR_EVENT_MARKERS, sentence.tokens().get(h.governor()).lemma())).isPresent());
    }

    /**
     * "a year after Obama announced the creation of a coalition", "in the days after Palmyra fell to IS": a deed in a
     * clause marked as what came before the news happened before the report, on a day the sentence does not give (and
     * what it made, a capture, may hold still).
     */
    private boolean priorClause(Sentence sentence, Token trigger) {
        int current = trigger.index();
        for (int depth = 0; depth < MAX_DEPTH && !sentence.tokens().get(current).isVerb(); depth++) {
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0 || !(head.get().relation().startsWith("nmod")
                    || head.get().relation().equals("obj"))) {
                return false;
            }
            current = head.get().governor();
        }
        int verb = current;
        return sentence.tokens().get(verb).isVerb() && sentence.children(verb, "mark").stream()
                .anyMatch(m -> pack.has(WordList.PRIOR_EVENT_MARKERS, m.word().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * "Hezbollah's role in supporting X", "the involvement of fighters fighting in Syria":
     * a gerund describing a noun tells what someone does, an activity with no day of its own.
     */
    private static boolean describingGerund(Sentence sentence, Token trigger) {
        return trigger.pos().equals("VBG") && sentence.head(trigger.index())
                .filter(h -> h.relation().startsWith("acl") && h.governor() >= 0
                        && sentence.tokens().get(h.governor()).isNoun())
                .isPresent();
    }

    /**
     * "US allies in the fight against the Islamic State", "engaged in the fight to defeat ISIS": a campaign noun, in
     * the singular, named with its foe or its aim is the whole campaign, months or years long, not a deed of the
     * report's day ("the fight is intense", with neither, may be the day's battle); nor is one its clause is told
     * of, as its subject ("the fight against ISIS has included airstrikes over the weekend"), whose verb tells the news.
     */
    private boolean wholeCampaign(Sentence sentence, Token trigger) {
        if (!trigger.isNoun() || trigger.pos().endsWith("S")
                || !pack.has(WordList.CAMPAIGN_NOUNS, trigger.lemma().toLowerCase(java.util.Locale.ROOT))
                || sentence.head(trigger.index()).filter(h -> h.relation().startsWith("nsubj")).isPresent()) {
            return false;
        }
        boolean foe = sentence.children(trigger.index()).stream().filter(d -> d.relation().startsWith("nmod"))
                .anyMatch(d -> sentence.children(d.dependent(), "case").stream()
                        .anyMatch(c -> pack.has(WordList.FOE_PREPOSITIONS, c.word().toLowerCase(java.util.Locale.ROOT))));
        boolean aim = sentence.children(trigger.index()).stream().filter(d -> d.relation().startsWith("acl"))
                .anyMatch(d -> sentence.children(d.dependent(), "mark").stream().anyMatch(m -> m.pos().equals("TO")));
        return foe || aim;
    }

    /**
     * "Obama, who ordered airstrikes in Iraq", "the militants who have seized the town": a deed in a relative clause
     * with no time of its own, told in the active past or present perfect, describes who or what its noun is, not the
     * day's news. A clause opened by a relative adverb ("the town where fighting raged") sets the news's scene, and a
     * passive one ("the man who was killed") most often tells of the report's own victim, so both keep their day; so
     * does a clause with no relative pronoun, which is as often a misparse as a description, and the headline.
     */
    private boolean describingClause(Sentence sentence, Token trigger, int clause) {
        int verb = trigger.isVerb() ? trigger.index() : sentence.head(trigger.index())
                .filter(h -> h.governor() == clause && sentence.tokens().get(clause).isVerb())
                .map(Dependency::governor).orElse(-1);
        if (verb < 0 || sentence.index() == 0 || sentence.head(verb)
                .filter(h -> h.relation().equals("acl:relcl")).isEmpty() || sentence.hasModal(verb)) {
            return false;
        }
        Token head = sentence.tokens().get(verb);
        List<Token> auxiliaries = sentence.children(verb, "aux");
        boolean passive = !sentence.children(verb, "aux:pass").isEmpty();
        boolean past = head.pos().equals("VBD") && auxiliaries.isEmpty() || head.pos().equals("VBN")
                && auxiliaries.stream().anyMatch(a -> pack.has(WordList.PRESENT_PERFECT_AUXILIARIES,
                a.word().toLowerCase(java.util.Locale.ROOT)));
        // the opener is the clause's wh-word or "that", a dependent of its head standing before it
        Optional<Token> opener = sentence.children(verb).stream().map(d -> sentence.tokens().get(d.dependent()))
                .filter(t -> t.index() < verb && (t.pos().startsWith("W") || pack.has(WordList.RELATIVE_PRONOUNS,
                        t.word().toLowerCase(java.util.Locale.ROOT)))).findFirst();
        boolean pronoun = opener.map(t -> pack.has(WordList.RELATIVE_PRONOUNS,
                t.word().toLowerCase(java.util.Locale.ROOT))).orElse(false);
        // "fighters who say they have taken two towns": a saying inside the clause reports the deed, describing no one
        boolean said = sentence.children(verb).stream()
                .anyMatch(d -> pack.has(WordList.SPEECH_VERBS, sentence.tokens().get(d.dependent()).lemma()));
        return past && !passive && pronoun && !said;
    }

    /**
     * "Government forces are fighting IS", and of a stance or a word rather than a deed, "Russia has accused the
     * rebels": below the headline, the present progressive and perfect tell of something up to now on no day of its
     * own. A deed in the present perfect ("rebels have taken Aleppo") is the day's news and keeps the report's day.
     */
    private boolean presentAspect(Sentence sentence, Token trigger, boolean deed) {
        return sentence.index() > 0 && trigger.isVerb() && sentence.children(trigger.index()).stream()
                .filter(d -> d.relation().equals("aux"))
                .map(d -> sentence.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(aux -> (pack.has(WordList.PRESENT_PROGRESSIVE_AUXILIARIES, aux) && trigger.pos().equals("VBG"))
                        || (!deed && pack.has(WordList.PRESENT_PERFECT_AUXILIARIES, aux)));
    }

    /** "recent gains": a background word that tells of something just before the report, not of history. */
    private boolean isRecent(Sentence sentence, int token) {
        return sentence.children(token).stream().anyMatch(child -> {
            String word = sentence.tokens().get(child.dependent()).word();
            return (child.relation().equals("advmod") || child.relation().equals("amod"))
                    && pack.has(WordList.BACKGROUND_WORDS, word) && pack.has(WordList.RECENT_WORDS, word);
        });
    }

    /**
     * "recently", "over the past 18 months", "in recent weeks": a time reaching up to the report (a duration into
     * the past, or recent words only), not history ("in the past").
     */
    private boolean isRecentTime(TimeExpression time) {
        String[] words = time.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        boolean recentWords = java.util.Arrays.stream(words).allMatch(w -> pack.has(WordList.RECENT_WORDS, w));
        boolean upToNow = time.value().orElse("").startsWith("P") && !time.value().orElse("").startsWith("PAST")
                && java.util.Arrays.stream(words).anyMatch(w -> pack.has(WordList.BACKGROUND_TIME_WORDS, w));
        return recentWords || upToNow;
    }

    private boolean reportedSpeech(Sentence sentence, int clause) {
        return sentence.head(clause).filter(h -> h.governor() >= 0 && h.relation().equals("ccomp"))
                .map(h -> pack.has(WordList.SPEECH_VERBS, sentence.tokens().get(h.governor()).lemma()))
                .orElse(false);
    }
}
