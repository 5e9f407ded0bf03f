package org.sitrep.coding.fatalities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.coding.events.CodedEvent;
import org.sitrep.coding.events.EventCoder;
import org.sitrep.coding.events.EventPattern;
import org.sitrep.coding.events.VictimNouns;
import org.sitrep.coding.places.PlaceFinder;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Folds a sentence's toll ("… killing 22 people", "40 were killed in the airstrikes") into the violence it reports
 * (the airstrike, the shelling, the bombing): one event with the violence's type, the toll's victims and, where the
 * violence names none, the killer. Coding the toll apart made every deadly strike two events, one of them a
 * spurious "attack on civilians" (ACLED counts the strike once, with its fatalities).
 */
public final class TollFolder {
    private final LanguagePack pack;
    private final VictimNouns victimNouns;
    private final FatalityCounter fatalities;

    public TollFolder(LanguagePack pack, VictimNouns victimNouns, FatalityCounter fatalities) {
        this.pack = pack;
        this.victimNouns = victimNouns;
        this.fatalities = fatalities;
    }

    /** The events a trigger of one sentence produced. */
    public record Triggered(Token trigger, EventPattern pattern, List<CodedEvent> events) {
    }

    /** The sentence's triggers, each toll's events folded into the nearest violence of the same sentence. */
    public List<Triggered> fold(Sentence parsed, List<Triggered> sentence) {
        List<List<CodedEvent>> events = new ArrayList<>(sentence.stream().map(Triggered::events).toList());
        for (int toll = 0; toll < sentence.size(); toll++) {
            if (!isToll(sentence.get(toll)) || events.get(toll).isEmpty()) {
                continue;
            }
            Optional<Integer> cause = nearestViolence(parsed, sentence, sentence.get(toll).trigger());
            if (cause.isPresent()) {
                CodedEvent victims = events.get(toll).get(0);
                // "stormed a village, killing 12 people": the dead of a battle or a strike told only as people may
                // be of either side, so they are no target of it (one-sided violence keeps them as civilians)
                boolean unmarked = victimNouns.of(parsed, sentence.get(toll).trigger().index())
                        .filter(naming -> naming == VictimNouns.Naming.UNMARKED).isPresent();
                events.set(cause.get(), events.get(cause.get()).stream()
                        .map(e -> folded(e, victims, unmarked && e.event().type() == EventType.FIGHT)).toList());
                events.set(toll, List.of());
            }
        }
        List<Triggered> folded = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            folded.add(new Triggered(sentence.get(i).trigger(), sentence.get(i).pattern(), events.get(i)));
        }
        return folded;
    }

    /**
     * "forces fired rockets on the suburbs in what groups claimed was a gas attack that killed dozens": a deed that
     * names a toll's cause but yields no event of its own (no place, a class, a bare noun) is a retelling of another
     * deed, so the toll is read again for the deeds that stand, lest the dead be lost with the dropped word.
     */
    public List<Triggered> recountForDroppedDeeds(Sentence sentence, List<Triggered> triggered, Set<Integer> deeds) {
        List<Triggered> found = new ArrayList<>(triggered);
        Set<Integer> standing = found.stream().filter(t -> !t.events().isEmpty()).map(t -> t.trigger().index())
                .filter(deeds::contains).collect(Collectors.toSet());
        if (standing.size() == deeds.size()) {
            return found;
        }
        for (int i = 0; i < found.size(); i++) {
            Triggered t = found.get(i);
            if (t.events().isEmpty() || t.events().stream().anyMatch(e -> e.event().fatalities().isPresent())) {
                continue;
            }
            // only a toll whose named cause is the dropped deed: a toll another standing deed caused stays its own
            boolean causeDropped = fatalities.deathWord(sentence, t.trigger().index(), standing)
                    .flatMap(death -> FatalityCounter.deedCause(sentence, death, deeds))
                    .filter(cause -> !standing.contains(cause)).isPresent();
            Optional<Integer> dead = fatalities.count(sentence, t.trigger().index(), standing);
            if (causeDropped && dead.isPresent()
                    && t.events().stream().allMatch(e -> e.event().acled().politicalViolence())) {
                found.set(i, new Triggered(t.trigger(), t.pattern(), t.events().stream()
                        .map(e -> e.withEvent(e.event().withFatalities(dead))).toList()));
            }
        }
        return found;
    }

    /**
     * The violence nearest a toll among the sentence's triggers: a physical event of political violence, and the
     * toll's cause where the parse names one ("bombs dropped by the regime killed 49" is not the clashes' toll).
     */
    private Optional<Integer> nearestViolence(Sentence parsed, List<Triggered> sentence, Token toll) {
        int token = toll.index();
        Set<Integer> deeds = sentence.stream().filter(t -> !isToll(t)).map(t -> t.trigger().index())
                .collect(Collectors.toSet());
        Optional<Integer> cause = FatalityCounter.deedCause(parsed, token, deeds);
        // a deed another toll names as its cause bears that toll, not this one ("a car bomb killed 12 and an air
        // strike killed 30": the 12 are no victims of the strike)
        Set<Integer> claimed = sentence.stream().filter(t -> isToll(t) && t.trigger().index() != token)
                .map(t -> FatalityCounter.deedCause(parsed, t.trigger().index(), deeds)).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Optional<Integer> nearest = Optional.empty();
        for (int i = 0; i < sentence.size(); i++) {
            Triggered t = sentence.get(i);
            boolean caused = cause.map(c -> c == t.trigger().index()).orElse(!claimed.contains(t.trigger().index())
                    && !nearerToll(parsed, sentence, toll, t, deeds));
            boolean violence = !isToll(t) && !t.events().isEmpty() && t.pattern().plover().physical()
                    && t.events().get(0).event().acled().politicalViolence() && caused;
            if (violence && nearest.map(n -> distance(sentence.get(n), token) > distance(t, token)).orElse(true)) {
                nearest = Optional.of(i);
            }
        }
        return nearest;
    }

    /**
     * Whether another toll with another count lies nearer the deed and names no other deed as its cause: the deed's
     * own toll, so this one is a deed of its own ("a bomber killed eight in Homs and an air strike killed 30 in
     * Idlib", where the parser leaves the second verb without its subject).
     */
    private boolean nearerToll(Sentence parsed, List<Triggered> sentence, Token toll, Triggered deed,
                               Set<Integer> deeds) {
        Optional<Integer> count = deaths(sentence, toll);
        int deedIndex = deed.trigger().index();
        return count.isPresent() && sentence.stream().anyMatch(other -> isToll(other) && other.trigger() != toll
                && deaths(sentence, other.trigger()).filter(c -> !c.equals(count.get())).isPresent()
                && distance(other, deedIndex) < Math.abs(toll.index() - deedIndex)
                && FatalityCounter.deedCause(parsed, other.trigger().index(), deeds).map(c -> c == deedIndex)
                .orElse(true));
    }

    private static Optional<Integer> deaths(List<Triggered> sentence, Token toll) {
        return sentence.stream().filter(t -> t.trigger() == toll && !t.events().isEmpty()).findFirst()
                .flatMap(t -> t.events().get(0).event().fatalities());
    }

    private static int distance(Triggered triggered, int token) {
        return Math.abs(triggered.trigger().index() - token);
    }

    private boolean isToll(Triggered triggered) {
        return !triggered.pattern().noun() && pack.has(WordList.TOLL_VERBS, triggered.pattern().lemma());
    }

    /**
     * The violence with the toll's actor where it names none, the toll's victims where it names no target (unless
     * {@code noVictims}: civilians the toll only counts as people, for a fight), and the
     * toll's date where only the toll's clause states one ("were killed on Sunday when helicopters dropped …"). The
     * toll's count, which its own clause gives, over the one the violence took as the sentence's first toll.
     */
    private static CodedEvent folded(CodedEvent violence, CodedEvent toll, boolean noVictims) {
        boolean date = !violence.explicitDate() && toll.explicitDate();
        Event event = withParticipants(violence.event(), toll.event(),
                date ? toll.event().date() : violence.event().date(), noVictims);
        // a place taken from the toll comes with how far the toll's clause reaches ("killed in Syria": the country)
        PlaceFinder.Extent extent = violence.event().place().isEmpty() && toll.event().place().isPresent()
                ? toll.extent() : violence.extent();
        return new CodedEvent(event, extent, violence.facts())
                .with(CodedEvent.ClauseFact.EXPLICIT_DATE, violence.explicitDate() || date);
    }

    private static Event withParticipants(Event violence, Event toll, Optional<CalendarDate> date,
                                          boolean noVictims) {
        boolean actor = violence.actor().isEmpty() && toll.actor().isPresent();
        boolean target = violence.target().isEmpty() && toll.target().isPresent()
                && !(noVictims && toll.target().filter(EventCoder.CIVILIANS::equals).isPresent());
        return new Event(violence.id(), violence.type(), violence.acled(), violence.cameo(),
                actor ? toll.actor() : violence.actor(), actor ? toll.actorSide() : violence.actorSide(),
                target ? toll.target() : violence.target(), target ? toll.targetSide() : violence.targetSide(),
                violence.place().isPresent() ? violence.place() : toll.place(),
                violence.place().isPresent() ? violence.placeRef() : toll.placeRef(),
                violence.place().isPresent() ? violence.lat() : toll.lat(),
                violence.place().isPresent() ? violence.lon() : toll.lon(),
                date, toll.fatalities().or(violence::fatalities), violence.modality(),
                violence.confidence(), violence.evidence());
    }
}
