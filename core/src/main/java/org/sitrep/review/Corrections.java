package org.sitrep.review;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.AcledType;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;

/**
 * What a correction changes in the claim it targets, field by field; a field left out keeps the machine's value,
 * except a side, which belongs to its actor: correcting an actor (or a controller) without its side leaves the side
 * unknown. Values are normalised when made (a type to its constant, a date to its TIMEX3 value), so stored and
 * parsed corrections compare equal.
 */
public record Corrections(Map<Field, String> values) {
    /** No change: the corrections of an accept or a reject. */
    public static final Corrections NONE = new Corrections(Map.of());
    private static final int MAX_TEXT = 300;

    /** A field a correction can set, with the kinds of target it belongs to. */
    public enum Field {
        TYPE(TargetKind.EVENT), ACLED(TargetKind.EVENT), ACTOR(TargetKind.EVENT), ACTOR_SIDE(TargetKind.EVENT),
        TARGET(TargetKind.EVENT), TARGET_SIDE(TargetKind.EVENT), PLACE(TargetKind.EVENT),
        /** Set from the gazetteer when a corrected place resolves, never given by the analyst. */
        PLACE_REF(),
        LAT(),
        LON(),
        DATE(TargetKind.EVENT, TargetKind.CONTROL), CONTROLLER(TargetKind.CONTROL), SIDE(TargetKind.CONTROL),
        STATUS(TargetKind.CONTROL);

        private final Set<TargetKind> kinds;

        Field(TargetKind... kinds) {
            this.kinds = kinds.length == 0 ? EnumSet.noneOf(TargetKind.class) : EnumSet.of(kinds[0], kinds);
        }

        /** How the field is named in requests and on the command line ("actor_side"). */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether an analyst may set the field on a target of this kind. */
        public boolean settable(TargetKind kind) {
            return kinds.contains(kind);
        }

        /** Whether the field is filled in by sitrep (a resolved place's id and coordinates), not by the analyst. */
        public boolean derived() {
            return kinds.isEmpty();
        }

        /** The field a label names, case-insensitively, "-" read as "_". */
        public static Optional<Field> parse(String label) {
            String wanted = label.strip().replace('-', '_');
            for (Field field : values()) {
                if (field.label().equalsIgnoreCase(wanted)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }

        String normalise(String value) {
            String v = value.strip();
            if (v.isEmpty()) {
                throw new ReviewException("correction " + label() + " is empty: give a value or leave the field out");
            }
            return switch (this) {
                case TYPE -> EventType.parse(v).map(Enum::name).orElseThrow(() -> new ReviewException(
                        "correction type must be a PLOVER type (" + java.util.Arrays.stream(EventType.values())
                                .map(Enum::name).collect(Collectors.joining(", ")) + "), was " + ReviewException.quote(v)));
                case ACLED -> AcledType.parse(v).map(Enum::name).orElseThrow(() -> new ReviewException(
                        "correction acled must be an ACLED sub-event type such as \"Battles: Armed clash\", was "
                                + ReviewException.quote(v)));
                case DATE -> CalendarDate.parse(v).map(Object::toString).orElseThrow(() -> new ReviewException(
                        "correction date must be YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY, was " + ReviewException.quote(v)));
                case STATUS -> status(v).map(ControlStatus::label).orElseThrow(() -> new ReviewException(
                        "correction status must be held or contested, was " + ReviewException.quote(v)));
                case LAT, LON -> coordinate(v);
                default -> {
                    if (v.length() > MAX_TEXT) {
                        throw new ReviewException("correction " + label() + " has at most " + MAX_TEXT
                                + " characters, had " + v.length());
                    }
                    yield v;
                }
            };
        }

        private String coordinate(String v) {
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d) && Math.abs(d) <= 180) {
                    return Double.toString(d);
                }
            } catch (NumberFormatException ignored) {
                // named below
            }
            throw new ReviewException("correction " + label() + " must be a coordinate in degrees, was "
                    + ReviewException.quote(v));
        }
    }

    public Corrections {
        Objects.requireNonNull(values, "values");
        EnumMap<Field, String> normalised = new EnumMap<>(Field.class);
        values.forEach((field, value) -> normalised.put(field, field.normalise(value)));
        values = Collections.unmodifiableMap(normalised);
    }

    /**
     * An analyst's corrections of a target of {@code kind}, by field label ("controller" → "Syrian government"):
     * every label must name a field settable on that kind.
     */
    public static Corrections of(TargetKind kind, Map<String, String> given) {
        EnumMap<Field, String> values = new EnumMap<>(Field.class);
        given.forEach((label, value) -> {
            Field field = Field.parse(label).filter(f -> f.settable(kind)).orElseThrow(() -> new ReviewException(
                    "cannot correct " + ReviewException.quote(label) + " of " + (kind == TargetKind.EVENT ? "an " : "a ")
                            + kind.label() + ": fields are " + java.util.Arrays.stream(Field.values())
                            .filter(f -> f.settable(kind)).map(Field::label).collect(Collectors.joining(", "))));
            values.put(field, value == null ? "" : value);
        });
        return new Corrections(values);
    }

    /** These corrections with a corrected place resolved: its gazetteer name, GeoNames id and coordinates. */
    public Corrections withPlace(Place place) {
        EnumMap<Field, String> resolved = new EnumMap<>(Field.class);
        resolved.putAll(values);
        resolved.put(Field.PLACE, place.name());
        resolved.put(Field.PLACE_REF, place.geonameId());
        resolved.put(Field.LAT, Double.toString(place.lat()));
        resolved.put(Field.LON, Double.toString(place.lon()));
        return new Corrections(resolved);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Optional<String> text(Field field) {
        return Optional.ofNullable(values.get(field));
    }

    public Optional<EventType> type() {
        return text(Field.TYPE).map(EventType::valueOf);
    }

    public Optional<AcledType> acled() {
        return text(Field.ACLED).map(AcledType::valueOf);
    }

    public Optional<CalendarDate> date() {
        return text(Field.DATE).map(CalendarDate::of);
    }

    public Optional<ControlStatus> status() {
        return text(Field.STATUS).flatMap(Corrections::status);
    }

    public Optional<Double> lat() {
        return text(Field.LAT).map(Double::valueOf);
    }

    public Optional<Double> lon() {
        return text(Field.LON).map(Double::valueOf);
    }

    private static Optional<ControlStatus> status(String label) {
        for (ControlStatus status : ControlStatus.values()) {
            if (status.label().equalsIgnoreCase(label)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** "field=value" pairs in field order, for one line of text. */
    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey().label() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
