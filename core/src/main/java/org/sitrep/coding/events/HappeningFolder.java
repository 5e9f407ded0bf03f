package org.sitrep.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;

/**
 * Folds a later mention of one happening into its first: "warplanes bombed Idlib on Sunday …" and, two paragraphs
 * on, "the strikes on Idlib killed 22 people" are one air strike, not two. An analyst counts happenings (ACLED codes
 * each once, with its fatalities), so the first mention stays, with what only a later one names (its actor, target
 * or toll). Two mentions in different sentences are one happening when they agree on type, modality (a source's
 * report of strikes may be other strikes than the ones told as fact) and date (where both state one), contradict
 * each other on no participant, place or toll, and both name the place, the toll or both sides; a mention with none
 * of these is the last deed of its type and ACLED kind told before, and so is one that states only the day of such a
 * deed. Two deeds of one sentence are told apart by its parse, unless they are one doer's deed of one kind told
 * twice as fact at one place (one telling may leave out the target), or bear one toll ("clashes and air strikes
 * killed 30"): the dead are counted once, so the happening is one, whoever of partners did it and under whichever
 * violent type, in one factual mood. Two violent deeds of different sentences that state one toll are one too (a
 * source's "27 people were killed" after the deed told as fact), unless their places differ. A source's telling and
 * the telling as fact, in either order, are one deed where they state one day and name alike its place and a side,
 * or its toll and victims; the fact is the telling kept. A deed only hoped for,
 * planned or denied that names the same sides in the same mood, and no place, day or toll, is one aim told again.
 * A killing told only by its count ("a monitor said 31 people were killed", no doer, means, place or day) counts the
 * dead of the violent deed last told as fact.
 */
public final class HappeningFolder {
    /** How far before the report a day stated for a deed may lie and still be the news the report tells. */
    private static final int NEWS_SPAN_DAYS = 31;

    /** The events of one article, in text order, each later mention of a happening folded into its first. */
    public List<Event> fold(List<CodedEvent> events) {
        List<CodedEvent> kept = new ArrayList<>();
        for (CodedEvent event : events) {
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (sameHappening(kept.get(i), event) || reportOfTheFact(kept.get(i).event(), event.event())) {
                    same = i;
                }
            }
            for (int i = kept.size() - 1; i >= 0 && same < 0 && bare(event); i--) {
                if (kept.get(i).event().type() == event.event().type()
                        && kept.get(i).territorial() == event.territorial()
                        && kept.get(i).event().acled() == event.event().acled()) {
                    // "the air strikes mistakenly targeted civilians": the strikes last told; a deed of another
                    // ACLED kind ("twelve men were abducted" after a beheading) is another deed
                    same = i;
                }
            }
            if (same < 0 && onlyAToll(event)) {
                // "a monitor said 31 people were killed": a count with no side, place or day of its own counts the
                // dead of the violent deed last told as fact, under whichever violent type each was coded
                // (a day the count states or takes from its paragraph must be that deed's: "the attack killed 1,400"
                // after this year's attack is an older attack); "the raid left nine dead" points back to that deed
                // by its determiner, on the day the report tells it or later, never to a deed after its day
                boolean pointed = event.toldBack();
                same = lastWhere(kept, earlier -> violent(earlier.event()) && earlier.event().modality().factual()
                        && (event.event().date().isEmpty() || event.event().date().equals(earlier.event().date())
                        || pointed && notAfter(earlier.event().date(), event.event().date().get())))
                        .orElse(-1);
            }
            if (same < 0 && bareButForItsDay(event)) {
                // "fighting lasted all night and into Sunday" after "fierce fighting on Sunday": a stated day alone
                // makes no new deed where a deed of its kind was told for that day; another day is another deed
                same = lastOfItsKindOnItsDay(kept, event).orElse(-1);
            }
            if (same < 0 && onlyWho(event)) {
                // a taking is no other telling of a strike or a clash ("rebels have captured villages" after a toll)
                same = lastOfItsKind(kept, event.event()).filter(i -> kept.get(i).event().actor().isEmpty()
                        && kept.get(i).territorial() == event.territorial()).orElse(-1);
            }
            if (same < 0) {
                kept.add(event);
            } else if (reportOfTheFact(kept.get(same).event(), event.event())
                    && event.event().modality() == Modality.ASSERTED) {
                // the deed told as fact after a source's telling of it: the fact is the telling to keep, placed where
                // the source placed it if it names no place of its own
                kept.set(same, placedBy(completed(event, kept.get(same)), kept.get(same).event()));
            } else if (fullerRetelling(kept.get(same), event) || assaultOfOneSentence(kept.get(same), event)) {
                // a headline's toll before the lead: the lead's telling, with its sides, is the one to keep
                kept.set(same, completed(event, kept.get(same)));
            } else {
                kept.set(same, completed(kept.get(same), event));
            }
        }
        return kept.stream().map(CodedEvent::event).toList();
    }

    private static boolean sameHappening(CodedEvent firstCoded, CodedEvent laterCoded) {
        Event first = firstCoded.event();
        Event later = laterCoded.event();
        boolean dates = sameDays(firstCoded, laterCoded);
        // "Four Americans died in the Benghazi assault" after "the terror attack on the U.S. Consulate": a violent
        // deed told again with neither side may be called a fight or an attack
        boolean sameKind = first.type() == later.type() || violent(first) && violent(later)
                && later.actor().isEmpty() && later.target().isEmpty();
        // one sentence's deeds are told apart by its parse (TollFolder), unless they bear one toll
        boolean oneSentence = first.evidence().start() == later.evidence().start();
        if (oneSentence && first.type() == later.type() && first.type().physical() && first.acled() == later.acled()
                && firstCoded.territorial() == laterCoded.territorial() && first.modality() == later.modality()
                && sameArguments(first, later)) {
            // "jets bombed and struck the suburb": two verbs of one sentence naming the same kind of deed, the same
            // sides, place, day and toll in one mood are that deed told twice (two kinds, shelled and bombed, stay two)
            return true;
        }
        if (oneSentence && !(both(first.fatalities(), later.fatalities())
                && first.fatalities().equals(later.fatalities()))) {
            return false;
        }
        boolean place = agree(first.placeRef().or(first::place), later.placeRef().or(later::place));
        if (!oneSentence && oneToll(firstCoded, laterCoded) && place) {
            return true;
        }
        if (oneSentence && violent(first) && violent(later) && first.modality().factual()
                && first.modality() == later.modality() && place) {
            // "strikes by the regime and Russia killed 26": partners' deeds, or one deed told under two types, that
            // bear one sentence's toll are one happening, its dead counted once (a source's report beside a fact may
            // be another deed, as across sentences)
            return true;
        }
        if (!first.type().physical() || !sameKind || first.modality() != later.modality() || !dates) {
            return false;
        }
        boolean actor = agree(side(first.actorSide(), first.actor()), side(later.actorSide(), later.actor()));
        // the civilians a strike killed are no other target than the side it struck, on the same stated day
        boolean target = agree(side(first.targetSide(), first.target()), side(later.targetSide(), later.target()))
                || (civilians(first) || civilians(later)) && first.date().equals(later.date());
        if (!place || !actor || !target || !agree(first.fatalities(), later.fatalities())) {
            return false;
        }
        // a shared side alone is weak (one government strikes many places a day); a place, a toll or both sides is not;
        // civilians beside a side are no second shared side ("jets hit rebel posts", then "jets hit civilians in a
        // market": two deeds of one air force)
        boolean bothSides = both(first.actor(), later.actor()) && both(first.target(), later.target())
                && side(first.targetSide(), first.target()).equals(side(later.targetSide(), later.target()));
        return both(first.place(), later.place()) || both(first.fatalities(), later.fatalities()) || bothSides
                || oneAim(first, later);
    }

    /**
     * "a U.S. jet shot down a Syrian plane" and, in another sentence, "the Pentagon said a U.S. jet downed a Syrian
     * warplane": one deed told as fact and as a source's report, on one stated day, naming the same sides, place and
     * toll where both name them. Both must name alike the place and a side, or the toll and its victims: one army's
     * strikes on the rebels are many a day, and a source's view of a campaign ("Obama can continue ordering airstrikes
     * against ISIS") is no telling of that day's strike.
     */
    private static boolean reportOfTheFact(Event first, Event later) {
        boolean moods = first.modality() != later.modality() && first.modality().factual()
                && later.modality().factual();
        Optional<String> firstPlace = first.placeRef().or(first::place);
        Optional<String> laterPlace = later.placeRef().or(later::place);
        boolean agreeing = agree(side(first.actorSide(), first.actor()), side(later.actorSide(), later.actor()))
                && agree(side(first.targetSide(), first.target()), side(later.targetSide(), later.target()))
                && agree(firstPlace, laterPlace) && agree(first.fatalities(), later.fatalities());
        boolean actor = bothAlike(side(first.actorSide(), first.actor()), side(later.actorSide(), later.actor()));
        boolean target = bothAlike(side(first.targetSide(), first.target()), side(later.targetSide(), later.target()));
        // one place and a side named alike; or one toll of the same victims (a source's "dozens dead" is a vague
        // figure another deed's count of other dead may equal)
        boolean named = bothAlike(firstPlace, laterPlace) && (actor || target)
                || bothAlike(first.fatalities(), later.fatalities()) && target;
        return first.type() == later.type() && first.type().physical() && moods
                && first.evidence().start() != later.evidence().start()
                && both(first.date(), later.date()) && first.date().equals(later.date()) && agreeing && named;
    }

    private static boolean bothAlike(Optional<?> a, Optional<?> b) {
        return both(a, b) && a.equals(b);
    }

    /** {@code kept}, placed where {@code other} places the deed if it names no place of its own. */
    private static CodedEvent placedBy(CodedEvent kept, Event other) {
        Event e = kept.event();
        if (e.place().isPresent() || other.place().isEmpty()) {
            return kept;
        }
        return kept.withEvent(new Event(e.id(), e.type(), e.acled(), e.cameo(), e.actor(), e.actorSide(), e.target(),
                e.targetSide(), other.place(), other.placeRef(), other.lat(), other.lon(), e.date(), e.fatalities(),
                e.modality(), e.confidence(), e.evidence()));
    }

    /**
     * "a plan to defeat ISIS" and, later, "the tools required to defeat ISIS": a deed only hoped for, planned or
     * denied has no day, place or toll of its own, so the same sides named again in the same mood are the same aim
     * (the strikes one government makes each day, which a shared side alone does not tell apart, are told as fact).
     */
    private static boolean oneAim(Event first, Event later) {
        // each side named alike or left out alike: "to defeat ISIS" is not "Iran's retaliatory strikes" on ISIS
        boolean sameSides = first.actor().equals(later.actor()) && first.target().equals(later.target());
        boolean aSide = first.actor().isPresent() || first.target().isPresent();
        // a mention that places, dates or counts the deed tells more than the aim: "the fight to defeat ISIS in Iraq"
        boolean onlySides = Stream.of(first, later).allMatch(e -> e.place().isEmpty() && e.date().isEmpty()
                && e.fatalities().isEmpty());
        return !first.modality().factual() && sameSides && aSide && onlySides;
    }

    /**
     * Two violent deeds of different sentences that state one toll on days that may be one: the dead are counted
     * once, so a headline's or a source's telling ("the monitor said 27 people were killed") is the deed told first,
     * even where a misread headline gives it another side or the source's word makes it reported.
     */
    private static boolean oneToll(CodedEvent firstCoded, CodedEvent laterCoded) {
        Event first = firstCoded.event();
        Event later = laterCoded.event();
        // a source's report folds into the deed told as fact, never the fact into a report: a report's toll may be
        // a vague figure ("dozens dead", counted 12) that a later deed's own count only happens to equal
        boolean modality = first.modality() == later.modality()
                || first.modality() == Modality.ASSERTED && later.modality() == Modality.REPORTED;
        // the sides the world knows must agree, not the names: a misread headline's "actor" is no side
        boolean sides = agree(first.actorSide(), later.actorSide()) && agree(first.targetSide(), later.targetSide());
        // one dead may be anyone: two tellings of a single death are one deed only where they name one victim ("an
        // ambassador was shot dead", then "a woman was killed in the attack")
        boolean victim = first.fatalities().filter(n -> n > 1).isPresent()
                || agree(side(first.targetSide(), first.target()), side(later.targetSide(), later.target()));
        return violent(first) && violent(later) && first.modality().factual() && modality && sides && victim
                && both(first.fatalities(), later.fatalities()) && first.fatalities().equals(later.fatalities())
                && both(first.date(), later.date()) && (sameDays(firstCoded, laterCoded)
                || within(first.date().get(), later.date().get()));
    }

    /** Whether two mentions' days may be one: equal, or one of them only the report's day. */
    private static boolean sameDays(CodedEvent firstCoded, CodedEvent laterCoded) {
        Event first = firstCoded.event();
        Event later = laterCoded.event();
        // a mention without a time of its own bears the report's day, which says nothing against another day of
        // the news; but a later mention stating a day long before it is history told after the news ("… battle in
        // Manbij. … DAESH, which took Manbij in 2014"); an undated one is background, never the news
        boolean history = !firstCoded.explicitDate() && laterCoded.explicitDate() && both(first.date(), later.date())
                && !first.date().get().near(later.date().get(), NEWS_SPAN_DAYS);
        return first.date().equals(later.date()) || (both(first.date(), later.date())
                && (!firstCoded.explicitDate() || !laterCoded.explicitDate()) && !history);
    }

    /**
     * "killed in a car bombing last week" and "a car bomb killed him on Friday": for two tellings of one toll, a day
     * inside a week or a month stated for the other may be its day (a year is too broad to say so).
     */
    private static boolean within(CalendarDate a, CalendarDate b) {
        boolean coarse = a.granularity() != b.granularity() && a.granularity() != CalendarDate.Granularity.YEAR
                && b.granularity() != CalendarDate.Granularity.YEAR;
        return coarse && a.near(b, 0);
    }

    /**
     * A later telling of one toll, in the same mood, that names more of the deed (sides the world knows, a place) than
     * the first: a headline misread before the lead.
     */
    private static boolean fullerRetelling(CodedEvent first, CodedEvent later) {
        return first.event().modality() == later.event().modality()
                && first.event().evidence().start() != later.event().evidence().start() && oneToll(first, later)
                && named(later.event()) > named(first.event());
    }

    /**
     * "fought to defend their homes … one woman has been beheaded": a fight and an assault of one sentence that bear
     * one toll are the assault, the one-sided deed that killed; the fight is the broader telling.
     */
    private static boolean assaultOfOneSentence(CodedEvent first, CodedEvent later) {
        return first.event().evidence().start() == later.event().evidence().start()
                && first.event().type() == EventType.FIGHT && later.event().type() == EventType.ASSAULT;
    }

    /**
     * Whether two deeds of one sentence name the same sides, place, day and toll, each named or unnamed alike, or,
     * told as fact, name one doer, place and day and differ only where one leaves out a target or toll the other names
     * ("Turkish jets downed a Syrian plane, the first time Turkey had downed any plane": one doer's deed told twice; a
     * second target named is a second deed).
     */
    private static boolean sameArguments(Event first, Event later) {
        boolean alike = first.actor().equals(later.actor()) && first.target().equals(later.target())
                && first.place().equals(later.place()) && first.date().equals(later.date())
                && first.fatalities().equals(later.fatalities());
        // told as fact at one place: aims named side by side ("to fight ISIS and to avoid conflict") are two aims, and
        // a deed placed beside one that is not ("launched the offensive and encircled the town") a step of it
        boolean oneDoer = first.modality().factual() && both(first.actor(), later.actor())
                && first.actor().equals(later.actor()) && agree(first.target(), later.target())
                && first.place().equals(later.place()) && first.date().equals(later.date())
                && agree(first.fatalities(), later.fatalities());
        return alike || oneDoer;
    }

    /** How many of a deed's sides and place are named: sides the world knows, not a mere name. */
    private static int named(Event event) {
        return (event.actorSide().isPresent() ? 1 : 0) + (event.targetSide().isPresent() ? 1 : 0)
                + (event.placeRef().or(event::place).isPresent() ? 1 : 0);
    }

    /**
     * A physical deed told again with nothing of its own (no side, place, toll or stated day): a reference back to
     * the last one of its type, as "the strikes" is, not news.
     */
    private static boolean bare(CodedEvent coded) {
        Event event = coded.event();
        return event.type().physical() && !coded.explicitDate() && event.actor().isEmpty() && event.target().isEmpty()
                && event.place().isEmpty() && event.fatalities().isEmpty()
                && event.modality().factual();
    }

    /**
     * A killing told only by its dead, or a deed told before with only its dead ("the raid left nine dead"): no
     * means, doer, place or stated day, and no target but the civilians its toll names ("a monitor said 31 people
     * were killed").
     */
    private static boolean onlyAToll(CodedEvent coded) {
        Event event = coded.event();
        return (coded.onlyTheDead() || coded.toldBack()) && !coded.explicitDate() && event.fatalities().isPresent()
                && event.actor().isEmpty() && (event.target().isEmpty() || civilians(event)) && event.place().isEmpty()
                && event.modality().factual();
    }

    /** Whether a deed has a day and it begins no later than {@code day} ends. */
    private static boolean notAfter(Optional<CalendarDate> deed, CalendarDate day) {
        return deed.map(d -> !d.first().isAfter(day.last())).orElse(false);
    }

    /** A physical deed told again with nothing of its own but a stated day: no side, place or toll. */
    private static boolean bareButForItsDay(CodedEvent coded) {
        Event event = coded.event();
        return event.type().physical() && coded.explicitDate() && event.date().isPresent()
                && event.actor().isEmpty() && event.target().isEmpty() && event.place().isEmpty()
                && event.fatalities().isEmpty() && event.modality().factual();
    }

    private static boolean violent(Event event) {
        return event.type() == EventType.FIGHT || event.type() == EventType.ASSAULT;
    }

    private static boolean civilians(Event event) {
        return event.target().filter(EventCoder.CIVILIANS::equals).isPresent();
    }

    /**
     * "Twin explosions killed 20 … after two suicide bombers detonated their explosives": the deed last told of the
     * same type and modality, which such a mention names the doer of where it named no one.
     */
    private static Optional<Integer> lastOfItsKind(List<CodedEvent> kept, Event event) {
        return lastWhere(kept, earlier -> earlier.event().type() == event.type()
                && earlier.event().modality() == event.modality());
    }

    /** The deed last told of the same type, ACLED kind and territorial sense for the same day, in any mood. */
    private static Optional<Integer> lastOfItsKindOnItsDay(List<CodedEvent> kept, CodedEvent coded) {
        return lastWhere(kept, earlier -> earlier.event().type() == coded.event().type()
                && earlier.territorial() == coded.territorial() && earlier.event().acled() == coded.event().acled()
                && earlier.event().date().equals(coded.event().date()));
    }

    /** The index of the last kept deed that {@code test} accepts. */
    private static Optional<Integer> lastWhere(List<CodedEvent> kept, Predicate<CodedEvent> test) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (test.test(kept.get(i))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** A physical deed told again naming only who did it: no place, toll, target or stated day of its own. */
    private static boolean onlyWho(CodedEvent coded) {
        Event event = coded.event();
        return event.type().physical() && !coded.explicitDate() && event.actor().isPresent()
                && event.target().isEmpty() && event.place().isEmpty() && event.fatalities().isEmpty()
                && event.modality().factual();
    }

    private static boolean both(Optional<?> a, Optional<?> b) {
        return a.isPresent() && b.isPresent();
    }

    private static Optional<String> side(Optional<String> side, Optional<String> name) {
        return side.or(() -> name);
    }

    /** Equal where both are given; a mention that leaves one out does not contradict one that names it. */
    private static boolean agree(Optional<?> a, Optional<?> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /**
     * The first mention, with the participants and toll only the later one names. Not its place: a later mention's
     * place is as often a list the strikes ranged over ("in Aleppo, Idlib and Raqqa") as the strike's own.
     */
    private static CodedEvent completed(CodedEvent firstCoded, CodedEvent laterCoded) {
        Event first = firstCoded.event();
        Event later = laterCoded.event();
        boolean actor = first.actor().isEmpty();
        boolean target = first.target().isEmpty();
        Event event = new Event(first.id(), first.type(), first.acled(), first.cameo(),
                actor ? later.actor() : first.actor(), actor ? later.actorSide() : first.actorSide(),
                target ? later.target() : first.target(), target ? later.targetSide() : first.targetSide(),
                first.place(), first.placeRef(), first.lat(), first.lon(),
                first.date(), first.fatalities().or(later::fatalities), first.modality(),
                Math.max(first.confidence(), later.confidence()), first.evidence());
        return firstCoded.withEvent(event);
    }
}
