package org.sitrep.store;

import java.util.List;
import java.util.Objects;

/** A digest subscriber: address, language, topics (places or actors; empty = everything) and opt-in status. */
public record Subscriber(String email, String lang, List<String> topics, Status status) {
    public Subscriber {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(lang, "lang");
        topics = List.copyOf(topics);
        Objects.requireNonNull(status, "status");
    }

    /** Where a subscriber stands: nothing is mailed but the confirmation until confirmed. */
    public enum Status { PENDING, CONFIRMED, UNSUBSCRIBED }
}
