package org.sitrep.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The subscriber, secret and send-log tables behind {@link SubscriberStore}, over JDBI. Thread-safe. */
final class JdbiSubscribers implements SubscriberStore {
    private final Jdbi jdbi;

    JdbiSubscribers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Subscriber subscribe(String email, String lang, List<String> topics) {
        return jdbi.inTransaction(handle -> {
            Timestamp now = Timestamp.from(Instant.now());
            String joined = String.join(",", topics);
            int updated = handle.createUpdate("UPDATE subscriber SET lang = :lang, topics = :topics, updated_at = :now "
                            + "WHERE email = :email")
                    .bind("lang", lang).bind("topics", joined).bind("now", now).bind("email", email).execute();
            if (updated == 0) {
                handle.createUpdate("INSERT INTO subscriber (email, lang, topics, status, created_at, updated_at) "
                                + "VALUES (:email, :lang, :topics, :status, :now, :now)")
                        .bind("email", email).bind("lang", lang).bind("topics", joined)
                        .bind("status", Subscriber.Status.PENDING.name()).bind("now", now).execute();
            }
            return readSubscriber(handle, email).orElseThrow();
        });
    }

    @Override
    public Optional<Subscriber> subscriber(String email) {
        return jdbi.withHandle(handle -> readSubscriber(handle, email));
    }

    @Override
    public List<Subscriber> subscribers() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT email, lang, topics, status FROM subscriber "
                + "ORDER BY email").map((rs, ctx) -> subscriber(rs)).list());
    }

    @Override
    public void setStatus(String email, Subscriber.Status status) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE subscriber SET status = :status, updated_at = :now "
                        + "WHERE email = :email").bind("status", status.name())
                .bind("now", Timestamp.from(Instant.now())).bind("email", email).execute());
    }

    @Override
    public String secret(String name) {
        return jdbi.inTransaction(handle -> {
            Optional<String> existing = handle.createQuery("SELECT setting_value FROM setting WHERE name = :name")
                    .bind("name", name).mapTo(String.class).findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            byte[] random = new byte[32];
            new java.security.SecureRandom().nextBytes(random);
            String value = java.util.HexFormat.of().formatHex(random);
            handle.createUpdate("INSERT INTO setting (name, setting_value) VALUES (:name, :value)")
                    .bind("name", name).bind("value", value).execute();
            return value;
        });
    }

    @Override
    public boolean claimSend(String issueId, String email) {
        return jdbi.inTransaction(handle -> {
            boolean exists = handle.createQuery("SELECT COUNT(*) FROM digest_send WHERE issue_id = :issue AND email = :email")
                    .bind("issue", issueId).bind("email", email).mapTo(Integer.class).one() > 0;
            if (exists) {
                return false;
            }
            handle.createUpdate("INSERT INTO digest_send (issue_id, email, status, attempts, updated_at) "
                            + "VALUES (:issue, :email, :status, 0, :now)")
                    .bind("issue", issueId).bind("email", email).bind("status", SendRecord.Status.SENDING.name())
                    .bind("now", Timestamp.from(Instant.now())).execute();
            return true;
        });
    }

    @Override
    public void recordSend(String issueId, String email, SendRecord.Status status, int attempts, Optional<String> error) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE digest_send SET status = :status, attempts = :attempts, "
                        + "last_error = :error, updated_at = :now WHERE issue_id = :issue AND email = :email")
                .bind("status", status.name()).bind("attempts", attempts)
                .bind("error", error.map(e -> FactTables.truncate(e, 2000)).orElse(null)).bind("now", Timestamp.from(Instant.now()))
                .bind("issue", issueId).bind("email", email).execute());
    }

    @Override
    public List<SendRecord> sendLog(String issueId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT issue_id, email, status, attempts, last_error "
                        + "FROM digest_send WHERE issue_id = :issue ORDER BY email").bind("issue", issueId)
                .map((rs, ctx) -> sendRecord(rs)).list());
    }

    @Override
    public List<SendRecord> sendLog() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT issue_id, email, status, attempts, last_error "
                + "FROM digest_send ORDER BY issue_id DESC, email").map((rs, ctx) -> sendRecord(rs)).list());
    }

    private static Optional<Subscriber> readSubscriber(Handle handle, String email) {
        return handle.createQuery("SELECT email, lang, topics, status FROM subscriber WHERE email = :email")
                .bind("email", email).map((rs, ctx) -> subscriber(rs)).findFirst();
    }

    private static Subscriber subscriber(ResultSet rs) throws SQLException {
        String topics = rs.getString(3);
        return new Subscriber(rs.getString(1), rs.getString(2), topics.isEmpty() ? List.of() : List.of(topics.split(",")),
                Subscriber.Status.valueOf(rs.getString(4)));
    }

    private static SendRecord sendRecord(ResultSet rs) throws SQLException {
        return new SendRecord(rs.getString(1), rs.getString(2), SendRecord.Status.valueOf(rs.getString(3)), rs.getInt(4),
                Optional.ofNullable(rs.getString(5)));
    }
}
