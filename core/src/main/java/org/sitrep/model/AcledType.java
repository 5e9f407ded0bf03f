package org.sitrep.model;

import java.util.Map;
import java.util.Optional;
import org.sitrep.data.DataFiles;

/** ACLED's sub-event types; their event type, labels and disorder type come from {@code acled-types.tsv}. */
public enum AcledType {
    ARMED_CLASH, GOVERNMENT_REGAINS_TERRITORY, NON_STATE_OVERTAKES_TERRITORY,
    SEXUAL_VIOLENCE, ATTACK, ABDUCTION,
    CHEMICAL_WEAPON, AIR_DRONE_STRIKE, SUICIDE_BOMB, SHELLING, REMOTE_EXPLOSIVE, GRENADE,
    PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE,
    VIOLENT_DEMONSTRATION, MOB_VIOLENCE,
    AGREEMENT, ARRESTS, CHANGE_TO_GROUP, DISRUPTED_WEAPONS_USE, BASE_ESTABLISHED, LOOTING, NON_VIOLENT_TRANSFER, OTHER;

    /** One row of the codebook file. */
    private record Labels(String eventType, String subEventType, String disorderType) {
    }

    /** Loaded on first use. */
    private static final class Codebook {
        static final Map<AcledType, Labels> LABELS = DataFiles.byConstant("/org/sitrep/model/acled-types.tsv",
                AcledType.class, row -> new Labels(row[1], row[2], row[3]));
    }

    /** ACLED's {@code event_type} column ("Battles"). */
    public String eventType() {
        return Codebook.LABELS.get(this).eventType();
    }

    /** ACLED's {@code sub_event_type} column ("Armed clash"). */
    public String subEventType() {
        return Codebook.LABELS.get(this).subEventType();
    }

    /** ACLED's {@code disorder_type} column ("Political violence"). */
    public String disorderType() {
        return Codebook.LABELS.get(this).disorderType();
    }

    /** Political violence in ACLED's sense (battles, violence against civilians, explosions, mob violence): the events
     * whose fatalities ACLED counts. */
    public boolean politicalViolence() {
        return disorderType().contains("Political violence");
    }

    /** A change of who holds territory, told by its own words with its own place. */
    public boolean territorial() {
        return this == GOVERNMENT_REGAINS_TERRITORY || this == NON_STATE_OVERTAKES_TERRITORY;
    }

    /** "Battles: Armed clash", the form sitrep shows and stores. */
    public String label() {
        return eventType() + ": " + subEventType();
    }

    /** The type a label ("Battles: Armed clash") or constant name denotes. */
    public static Optional<AcledType> parse(String text) {
        String wanted = text.strip();
        for (AcledType type : values()) {
            if (type.label().equalsIgnoreCase(wanted) || type.name().equalsIgnoreCase(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
