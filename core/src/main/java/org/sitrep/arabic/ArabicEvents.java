package org.sitrep.arabic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.AcledType;
import org.sitrep.model.Actor;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.TimeExpression;

/**
 * Codes events from Arabic trigger words ({@code triggers.tsv}) without a parse: the actor is the nearest known actor
 * before the trigger (verb-first sentences: the first just after it), the target the next actor after it, the place
 * the first known place after it (else the nearest before), all within the windows of {@code pack.tsv}; the date is
 * the sentence's first date, else the report's day. One event per type, ACLED type and place in a sentence; a statement only
 * where its sentence reports no other event. Immutable;
 * thread-safe.
 */
public final class ArabicEvents {
    private static final String TERRITORY = "TERRITORY";

    /** What a trigger word codes. */
    private record Trigger(EventType type, String cameo, Optional<AcledType> acled, double confidence,
                           boolean territorial) {
    }

    private final Map<String, Trigger> triggers = new HashMap<>();
    private final Map<String, Modality> modality = new HashMap<>();
    private final KnowledgeBase knowledge;
    private final Clitics clitics;
    private final ArabicPack pack;
    private final int actorBefore;
    private final int actorAfter;
    private final int placeAfter;
    private final int placeBefore;

    private final ArabicFatalities fatalities;
    private ArabicEvents(KnowledgeBase knowledge, ArabicPack pack) {
        this.knowledge = knowledge;
        this.clitics = pack.clitics();
        this.pack = pack;
        this.actorBefore = pack.setting("actor_window_before");
        this.actorAfter = pack.setting("actor_window_after");
        this.placeAfter = pack.setting("place_window_after");
        this.placeBefore = pack.setting("place_window_before");
        this.fatalities = ArabicFatalities.load(pack);
        for (String[] row : ArabicPack.rows("triggers.tsv")) {
            EventType type = EventType.parse(row[1]).orElseThrow(
                    () -> new IllegalStateException("ar/triggers.tsv: unknown PLOVER type " + row[1]));
            Optional<AcledType> acled = row[3].equals(TERRITORY) ? Optional.empty() : Optional.of(AcledType.parse(
                    row[3]).orElseThrow(() -> new IllegalStateException("ar/triggers.tsv: unknown ACLED " + row[3])));
            Trigger trigger = new Trigger(type, row[2], acled, Double.parseDouble(row[4]),
                    Boolean.parseBoolean(row[5]));
            for (String form : row[0].split("\\|")) {
                triggers.put(pack.normalizer().normalize(form), trigger);
            }
        }
        for (String[] row : ArabicPack.rows("modality-cues.tsv")) {
            Modality value = Modality.valueOf(row[1].strip());
            for (String cue : row[0].split("\\|")) {
                modality.put(pack.normalizer().normalize(cue), value);
            }
        }
    }

    public static ArabicEvents load(KnowledgeBase knowledge, ArabicPack pack) {
        return new ArabicEvents(knowledge, pack);
    }

    /** The events of one sentence, given its known names and dates. */
    public List<TriggeredEvent> code(String articleId, String text, Sentence sentence, List<Name> names,
                                     List<TimeExpression> times, Optional<LocalDate> published) {
        List<TriggeredEvent> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Evidence evidence = new Evidence(articleId, sentence.span().start(), sentence.span().end(),
                sentence.text(text));
        Optional<TimeExpression> stated = times.stream().filter(t -> t.value().isPresent()).findFirst();
        Optional<CalendarDate> date = stated.flatMap(t -> t.value().flatMap(CalendarDate::parse))
                .or(() -> published.map(CalendarDate::day));
        Optional<Integer> deaths = fatalities.count(sentence);
        for (Token token : sentence.tokens()) {
            if (names.stream().anyMatch(n -> n.first() <= token.index() && token.index() <= n.last())) {
                continue;
            }
            Optional<Trigger> found = clitics.variants(token.normal()).stream().map(triggers::get)
                    .filter(java.util.Objects::nonNull).findFirst();
            if (found.isEmpty()) {
                continue;
            }
            Trigger trigger = found.get();
            int at = token.index();
            // after a verb-first trigger a country is where it happens ("في سوريا"), not who acts
            List<Name> notPlaces = names.stream().filter(n -> n.place().isEmpty()).toList();
            Optional<Name> actor = nearestBefore(names, at, actorBefore, false)
                    .or(() -> firstAfter(notPlaces, at, actorAfter, false, Optional.empty()));
            Optional<Name> place = firstAfter(names, at, placeAfter, true, actor)
                    .or(() -> nearestBefore(names.stream().filter(n -> actor.map(a -> a != n).orElse(true)).toList(),
                            at, placeBefore, true));
            Optional<Name> target = firstAfter(names.stream().filter(n -> place.map(p -> p != n).orElse(true))
                    .toList(), at, placeAfter, false, actor);
            String key = trigger.type() + "/" + trigger.acled().map(Enum::name).orElse(TERRITORY) + "@"
                    + place.map(n -> n.mention().canonical()).orElse("");
            if (!seen.add(key)) {
                continue;
            }
            Optional<Actor> who = actor.flatMap(Name::actor);
            Optional<Actor> whom = target.flatMap(Name::actor);
            Optional<Place> where = place.flatMap(Name::place);
            AcledType acled = trigger.acled().orElseGet(() -> territory(who));
            Event event = new Event("a" + sentence.index() + "." + at, trigger.type(), acled, trigger.cameo(),
                    who.map(Actor::name), who.flatMap(knowledge::side), whom.map(Actor::name),
                    whom.flatMap(knowledge::side), where.map(Place::name), where.map(Place::geonameId),
                    where.map(Place::lat), where.map(Place::lon), date,
                    acled.politicalViolence() ? deaths : Optional.empty(), // as English: each violent event
                    modality(sentence, at), trigger.confidence(), evidence);

            events.add(new TriggeredEvent(event, trigger.territorial(), stated.isPresent(),
                    place.filter(p -> pack.near(sentence, p)).isPresent()));
        }
        if (events.stream().anyMatch(e -> e.event().type() != EventType.STATEMENT)) {
            // an announcement that reports another event carries it: the event is the news, not the announcing
            return events.stream().filter(e -> e.event().type() != EventType.STATEMENT).toList();
        }
        return events;
    }

    private AcledType territory(Optional<Actor> actor) {
        boolean state = actor.map(a -> a.kind() == Actor.ActorKind.STATE
                || knowledge.side(a).filter("government"::equals).isPresent()).orElse(false);
        return state ? AcledType.GOVERNMENT_REGAINS_TERRITORY : AcledType.NON_STATE_OVERTAKES_TERRITORY;
    }

    private Modality modality(Sentence sentence, int at) {
        for (int k = Math.max(0, at - 2); k < at; k++) {
            for (String form : clitics.variants(sentence.tokens().get(k).normal())) {
                Modality cue = modality.get(form);
                if (cue != null) {
                    return cue;
                }
            }
        }
        return Modality.ASSERTED;
    }

    static Optional<Name> nearestBefore(List<Name> names, int at, int window, boolean place) {
        Name best = null;
        for (Name name : names) {
            if (name.can(place) && name.last() < at && at - name.last() <= window) {
                best = name;
            }
        }
        return Optional.ofNullable(best);
    }

    static Optional<Name> firstAfter(List<Name> names, int at, int window, boolean place, Optional<Name> not) {
        return names.stream().filter(n -> n.can(place) && n.first() > at && n.first() - at <= window)
                .filter(n -> not.map(o -> o != n && (place || !o.actor().equals(n.actor()))).orElse(true))
                .findFirst();
    }
}
