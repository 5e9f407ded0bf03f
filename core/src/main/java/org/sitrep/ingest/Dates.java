package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the publication dates that articles and feeds declare, in the formats seen in the wild. */
public final class Dates {
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T ].*)");
    private static final Pattern US_DAY = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");

    private Dates() {
    }

    /** The calendar day a date string names, if it is in a known format and a real date. */
    public static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        try {
            Matcher iso = ISO_DAY.matcher(trimmed);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher us = US_DAY.matcher(trimmed);
            if (us.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                        Integer.parseInt(us.group(2))));
            }
            return Optional.of(ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (java.time.DateTimeException | NumberFormatException e) {
            try {
                return Optional.of(OffsetDateTime.parse(trimmed).toLocalDate());
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
