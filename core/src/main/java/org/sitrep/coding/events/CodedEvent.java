package org.sitrep.coding.events;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.sitrep.coding.places.PlaceFinder;
import org.sitrep.model.Event;

/**
 * An event with what control derivation and toll folding need to know of its clause ({@link ClauseFact}): whether it
 * claims territory, and whether
 * the claim is only over something inside the place ("security branches in Suwayda"), which leaves it contested,
 * whether its date is stated (else it is the report's date, which says nothing of since when), and whether it is
 * the aim of an attempt under way ("forces seeking to capture Raqqa", "an offensive to retake Mosul"), which
 * contests the place until a capture is reported; and whether an undated event is told as recent ("recent gains,
 * including the recapture of X", "the progress made recently in taking back X"), which, unlike background history,
 * states how things stand as of the report; and whether it is violence that is fighting only because its target is
 * armed ("air strikes on IS positions", "a suicide bombing against soldiers", "executed fighters"), which takes no
 * ground and so contests no place; and whether a territorial event only goes into the place ("troops entered the
 * city"), which, unlike a capture ("militants overran the city"), does not end a fight for it; and whether the clause
 * tells only the dead ("31 people were killed"), no deed of its own, which counts the dead of a deed told before;
 * and whether the deed is one told before, pointed back to by its determiner ("the raid left nine dead").
 */
public record CodedEvent(Event event, PlaceFinder.Extent extent, Set<CodedEvent.ClauseFact> facts) {

    /** What the event's clause says beyond the event's fields, each read by a later stage. */
    public enum ClauseFact {
        /** The deed claims territory (a capture, a withdrawal). */
        TERRITORIAL,
        /** Its date is stated, not the report's by default. */
        EXPLICIT_DATE,
        /** It is the aim of an attempt under way or to come, which contests the place until a capture is reported. */
        ATTEMPTED,
        /** Undated but told as recent, so it states how things stand as of the report. */
        RECENT,
        /** Violence that is fighting only because its target is armed; it takes no ground. */
        REMOTE,
        /** It only goes into the place, which does not end a fight for it. */
        ENTRY,
        /** The clause tells only the dead, which counts the dead of a deed told before. */
        ONLY_THE_DEAD,
        /** A deed told before, pointed back to by its determiner. */
        TOLD_BACK
    }

    public CodedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(extent, "extent");
        facts = Collections.unmodifiableSet(facts.isEmpty() ? EnumSet.noneOf(ClauseFact.class) : EnumSet.copyOf(facts));
    }

    /** An event whose clause says nothing more of it than its fields. */
    public CodedEvent(Event event, PlaceFinder.Extent extent) {
        this(event, extent, Set.of());
    }

    /** The same event with {@code fact} said of its clause where {@code holds}, and not said where not. */
    public CodedEvent with(ClauseFact fact, boolean holds) {
        EnumSet<ClauseFact> changed = facts.isEmpty() ? EnumSet.noneOf(ClauseFact.class) : EnumSet.copyOf(facts);
        if (holds) {
            changed.add(fact);
        } else {
            changed.remove(fact);
        }
        return new CodedEvent(event, extent, changed);
    }

    /** The same clause facts for an event whose fields a later stage filled (a place, a target, an actor). */
    public CodedEvent withEvent(Event filled) {
        return new CodedEvent(filled, extent, facts);
    }

    public boolean territorial() {
        return facts.contains(ClauseFact.TERRITORIAL);
    }

    public boolean explicitDate() {
        return facts.contains(ClauseFact.EXPLICIT_DATE);
    }

    public boolean attempted() {
        return facts.contains(ClauseFact.ATTEMPTED);
    }

    public boolean recent() {
        return facts.contains(ClauseFact.RECENT);
    }

    public boolean remote() {
        return facts.contains(ClauseFact.REMOTE);
    }

    public boolean entry() {
        return facts.contains(ClauseFact.ENTRY);
    }

    public boolean onlyTheDead() {
        return facts.contains(ClauseFact.ONLY_THE_DEAD);
    }

    public boolean toldBack() {
        return facts.contains(ClauseFact.TOLD_BACK);
    }

    /** Only part of the place is concerned ("eastern districts of Kobani"): a claim on it is a contest. */
    public boolean partial() {
        return extent == PlaceFinder.Extent.PART;
    }

    /** A building in the place ("the consulate in Basra"): a deed there is the building's, no claim on the place. */
    public boolean inBuilding() {
        return extent == PlaceFinder.Extent.BUILDING;
    }

    /** Something near the place, not the place ("a town south of Baghdad"): no claim on it. */
    public boolean near() {
        return extent == PlaceFinder.Extent.NEAR;
    }

    /** Somewhere in a country ("fighting in Syria"): no claim on who holds the country. */
    public boolean countryWide() {
        return extent == PlaceFinder.Extent.COUNTRY;
    }
}
