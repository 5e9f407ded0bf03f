package org.sitrep.store;

import java.util.Optional;

/** One line of the send log: a digest issue to one subscriber, its state, attempts and last error. */
public record SendRecord(String issueId, String email, Status status, int attempts, Optional<String> lastError) {

    /** SENDING is written before the SMTP transaction: after a crash it counts as sent (never mail twice). */
    public enum Status { SENDING, SENT, RETRYING, BOUNCED, FAILED }
}
