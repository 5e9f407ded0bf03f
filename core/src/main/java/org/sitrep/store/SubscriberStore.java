package org.sitrep.store;

import java.util.List;
import java.util.Optional;

/** Subscribers, the digest send log and settings: the part of the store the newsletter uses. */
public interface SubscriberStore {

    /** Adds a pending subscriber, or updates language and topics of an existing one (one row per address). */
    Subscriber subscribe(String email, String lang, List<String> topics);

    Optional<Subscriber> subscriber(String email);

    List<Subscriber> subscribers();

    void setStatus(String email, Subscriber.Status status);

    /** A named secret, created at random on first use and kept. */
    String secret(String name);

    /** Claims the send of an issue to an address: true only the first time (the row is created as SENDING). */
    boolean claimSend(String issueId, String email);

    void recordSend(String issueId, String email, SendRecord.Status status, int attempts, Optional<String> error);

    List<SendRecord> sendLog(String issueId);

    /** Every issue in the send log with its per-status counts, newest issue first. */
    List<SendRecord> sendLog();
}
