package org.sitrep.coding;

import org.sitrep.model.Event;

/**
 * An event with what control derivation needs to know of its clause: whether it claims territory, and whether
 * the claim is only over something inside the place ("security branches in Suwayda"), which leaves it contested,
 * and whether its date is stated (else it is the report's date, which says nothing of since when).
 */
record CodedEvent(Event event, boolean territorial, boolean partial, boolean explicitDate) {
}
