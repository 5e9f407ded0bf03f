package org.sitrep.situation;

import java.util.Optional;

/** One observation of an actor's stance toward another; undated points (background) sort first. */
public record StancePoint(String from, String to, Optional<String> toSide, Optional<DateRange> date, double value,
                          Report report) {
}
