package org.sitrep.coding.events;

import org.sitrep.coding.places.PlaceFinder;
import org.sitrep.model.Event;

/**
 * An event with what control derivation needs to know of its clause: whether it claims territory, and whether
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
public record CodedEvent(Event event, boolean territorial, PlaceFinder.Extent extent, boolean explicitDate,
                  boolean attempted, boolean recent, boolean remote, boolean entry, boolean onlyTheDead,
                  boolean toldBack) {

    public CodedEvent(Event event, boolean territorial, PlaceFinder.Extent extent, boolean explicitDate, boolean attempted,
               boolean recent, boolean remote, boolean entry, boolean onlyTheDead) {
        this(event, territorial, extent, explicitDate, attempted, recent, remote, entry, onlyTheDead, false);
    }

    public CodedEvent(Event event, boolean territorial, PlaceFinder.Extent extent, boolean explicitDate, boolean attempted,
               boolean recent, boolean remote, boolean entry) {
        this(event, territorial, extent, explicitDate, attempted, recent, remote, entry, false);
    }

    public CodedEvent(Event event, boolean territorial, PlaceFinder.Extent extent, boolean explicitDate, boolean attempted,
               boolean recent, boolean remote) {
        this(event, territorial, extent, explicitDate, attempted, recent, remote, false);
    }

    public CodedEvent(Event event, boolean territorial, PlaceFinder.Extent extent, boolean explicitDate, boolean attempted,
               boolean recent) {
        this(event, territorial, extent, explicitDate, attempted, recent, false);
    }

    public CodedEvent(Event event, boolean territorial, PlaceFinder.Extent extent, boolean explicitDate, boolean attempted) {
        this(event, territorial, extent, explicitDate, attempted, false);
    }

    /** The same clause facts for an event whose fields a later stage filled (a place, a target, an actor). */
    public CodedEvent withEvent(Event filled) {
        return new CodedEvent(filled, territorial, extent, explicitDate, attempted, recent, remote, entry, onlyTheDead,
                toldBack);
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
