package org.sitrep.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.postgresql.ds.PGSimpleDataSource;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.model.Article;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Facts;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeExpression;

/** The {@link Store} over JDBC with JDBI; schema managed by Flyway migrations shared by H2 and PostgreSQL. */
final class JdbiStore implements Store {
    private static final double NEAR_DUPLICATE = 0.8;

    private final Jdbi jdbi;
    private final AutoCloseable pool;
    private final StoreLocation location;

    private JdbiStore(Jdbi jdbi, AutoCloseable pool, StoreLocation location) {
        this.jdbi = jdbi;
        this.pool = pool;
        this.location = location;
    }

    static JdbiStore open(StoreLocation location) {
        DataSource dataSource;
        AutoCloseable pool;
        if (location.isPostgres()) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(location.jdbcUrl());
            dataSource = postgres;
            pool = () -> { };
        } else {
            JdbcConnectionPool h2 = JdbcConnectionPool.create(location.jdbcUrl(), "sa", "");
            dataSource = h2;
            pool = h2::dispose;
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            closeQuietly(pool);
            throw new StoreException("cannot open store " + location.display() + ": " + rootMessage(e), e);
        }
        return new JdbiStore(Jdbi.create(dataSource), pool, location);
    }

    @Override
    public Optional<Duplicate> findDuplicate(Fingerprint fingerprint) {
        return jdbi.withHandle(handle -> findDuplicate(handle, fingerprint));
    }

    private static Optional<Duplicate> findDuplicate(Handle handle, Fingerprint fingerprint) {
        if (exists(handle, fingerprint.contentHash())) {
            return Optional.of(new Duplicate(fingerprint.contentHash(), 1.0, true));
        }
        Optional<String> aliased = handle.createQuery("SELECT article_id FROM article_alias WHERE content_hash = :h")
                .bind("h", fingerprint.contentHash()).mapTo(String.class).findFirst();
        if (aliased.isPresent()) {
            return Optional.of(new Duplicate(aliased.get(), 1.0, true));
        }
        List<Long> keys = Arrays.stream(fingerprint.bandKeys()).boxed().toList();
        List<CandidateSketch> candidates = handle.createQuery("SELECT DISTINCT a.id, a.min_hash FROM article_band b "
                        + "JOIN article a ON a.id = b.article_id WHERE b.band_key IN (<keys>)")
                .bindList("keys", keys)
                .map((rs, ctx) -> new CandidateSketch(rs.getString(1), decodeSketch(rs.getString(2))))
                .list();
        return candidates.stream()
                .map(c -> new Duplicate(c.id(), fingerprint.similarity(c.sketch()), false))
                .filter(d -> d.similarity() >= NEAR_DUPLICATE)
                .max((a, b) -> Double.compare(a.similarity(), b.similarity()));
    }

    @Override
    public Optional<Duplicate> save(Facts facts, Fingerprint fingerprint) {
        Article article = facts.article();
        try {
            return jdbi.inTransaction(handle -> {
                // Serialises writers across threads and processes for the decide-then-insert step only.
                handle.createQuery("SELECT id FROM ingest_lock WHERE id = 1 FOR UPDATE").mapTo(Integer.class).one();
                Optional<Duplicate> duplicate = findDuplicate(handle, fingerprint);
                if (duplicate.isPresent()) {
                    if (!duplicate.get().exact()) {
                        insertAlias(handle, article, fingerprint, duplicate.get());
                    }
                    return duplicate;
                }
                insertArticle(handle, article, fingerprint);
                insertFacts(handle, facts);
                return Optional.<Duplicate>empty();
            });
        } catch (JdbiException e) {
            if (isUniqueViolation(e) && jdbi.withHandle(handle -> exists(handle, article.id()))) {
                // A writer that bypassed the lock (an older version) stored it first: the primary key still holds.
                return Optional.of(new Duplicate(article.id(), 1.0, true));
            }
            throw new StoreException("cannot store article " + article.id() + " in " + location.display() + ": "
                    + rootMessage(e), e);
        }
    }

    /** SQLSTATE 23505 (unique violation) in H2 and PostgreSQL alike. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void linkNearDuplicate(Article article, Fingerprint fingerprint, Duplicate duplicate) {
        try {
            jdbi.useTransaction(handle -> insertAlias(handle, article, fingerprint, duplicate));
        } catch (JdbiException e) {
            if (!isUniqueViolation(e)) { // linked already by a concurrent writer: nothing to do
                throw new StoreException("cannot link article " + article.id() + " in " + location.display() + ": "
                        + rootMessage(e), e);
            }
        }
    }

    private static void insertAlias(Handle handle, Article article, Fingerprint fingerprint, Duplicate duplicate) {
        handle.createUpdate("INSERT INTO article_alias (content_hash, article_id, source, "
                        + "url, title, published, origin, similarity) VALUES (:hash, :target, :source, :url, :title, "
                        + ":published, :origin, :similarity)")
                .bind("hash", fingerprint.contentHash())
                .bind("target", duplicate.articleId())
                .bind("source", article.source())
                .bind("url", article.url().orElse(null))
                .bind("title", truncate(article.title(), 1000))
                .bind("published", article.published().orElse(null))
                .bind("origin", truncate(article.origin(), 2000))
                .bind("similarity", duplicate.similarity())
                .execute();
    }

    @Override
    public List<ArticleSummary> articles() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT a.id, a.published, a.source, a.title, a.language, "
                        + count("entity") + ", " + count("time_expression") + ", " + count("quote") + ", "
                        + count("event") + ", " + count("control_claim") + ", " + count("stance") + ", "
                        + count("article_alias")
                        + " FROM article a ORDER BY a.published DESC NULLS LAST, a.ingested_at DESC, a.id")
                .map((rs, ctx) -> new ArticleSummary(rs.getString(1), date(rs, 2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                        rs.getInt(11), rs.getInt(12)))
                .list());
    }

    @Override
    public Optional<Facts> facts(String articleId) {
        return jdbi.withHandle(handle -> readArticle(handle, articleId).map(article -> readFacts(handle, article)));
    }

    @Override
    public List<Alias> aliases(String articleId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT content_hash, article_id, source, url, title, "
                        + "published, origin, similarity FROM article_alias WHERE article_id = :id ORDER BY content_hash")
                .bind("id", articleId)
                .map((rs, ctx) -> new Alias(rs.getString(1), rs.getString(2), rs.getString(3),
                        Optional.ofNullable(rs.getString(4)), rs.getString(5), date(rs, 6), rs.getString(7),
                        rs.getDouble(8)))
                .list());
    }

    @Override
    public List<Facts> allFacts() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM article ORDER BY id").mapTo(String.class)
                .list().stream()
                .map(id -> readArticle(handle, id).map(article -> readFacts(handle, article)).orElseThrow())
                .toList());
    }

    @Override
    public void close() {
        closeQuietly(pool);
    }

    // ------------------------------------------------------------------ subscribers

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
                .bind("error", error.map(e -> truncate(e, 2000)).orElse(null)).bind("now", Timestamp.from(Instant.now()))
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

    private static String count(String table) {
        return "(SELECT COUNT(*) FROM " + table + " f WHERE f.article_id = a.id)";
    }

    private static boolean exists(Handle handle, String id) {
        return handle.createQuery("SELECT COUNT(*) FROM article WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).one() > 0;
    }

    private static void insertArticle(Handle handle, Article article, Fingerprint fingerprint) {
        handle.createUpdate("INSERT INTO article (id, source, url, title, published, language, body_start, body_end, "
                        + "origin, ingested_at, min_hash, text) VALUES (:id, :source, :url, :title, :published, "
                        + ":language, :bodyStart, :bodyEnd, :origin, :ingestedAt, :minHash, :text)")
                .bind("id", article.id())
                .bind("source", truncate(article.source(), 300))
                .bind("url", article.url().map(u -> truncate(u, 2000)).orElse(null))
                .bind("title", truncate(article.title(), 1000))
                .bind("published", article.published().orElse(null))
                .bind("language", article.language())
                .bind("bodyStart", article.body().start())
                .bind("bodyEnd", article.body().end())
                .bind("origin", truncate(article.origin(), 2000))
                .bind("ingestedAt", Timestamp.from(Instant.now()))
                .bind("minHash", encodeSketch(fingerprint.minHash()))
                .bind("text", article.text())
                .execute();
        PreparedBatch bands = handle.prepareBatch("INSERT INTO article_band (band_key, article_id) VALUES (:key, :id)");
        for (long key : fingerprint.bandKeys()) {
            bands.bind("key", key).bind("id", article.id()).add();
        }
        bands.execute();
        PreparedBatch boiler = handle.prepareBatch("INSERT INTO boilerplate (article_id, start_at, end_at) "
                + "VALUES (:id, :start, :end)");
        for (Span span : article.boilerplate()) {
            boiler.bind("id", article.id()).bind("start", span.start()).bind("end", span.end()).add();
        }
        if (!article.boilerplate().isEmpty()) {
            boiler.execute();
        }
    }

    private static void insertFacts(Handle handle, Facts facts) {
        String id = facts.article().id();
        if (!facts.entities().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO entity (article_id, start_at, end_at, text, type, "
                    + "canonical, ref, lat, lon, confidence) VALUES (:a, :s, :e, :text, :type, :canonical, :ref, "
                    + ":lat, :lon, :c)");
            for (Mention m : facts.entities()) {
                batch.bind("a", id).bind("s", m.start()).bind("e", m.end()).bind("text", truncate(m.text(), 1000))
                        .bind("type", m.type().name()).bind("canonical", truncate(m.canonical(), 300))
                        .bind("ref", m.ref().orElse(null)).bind("lat", m.lat().orElse(null))
                        .bind("lon", m.lon().orElse(null)).bind("c", m.confidence()).add();
            }
            batch.execute();
        }
        if (!facts.times().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO time_expression (article_id, start_at, end_at, text, "
                    + "timex_value, type, confidence) VALUES (:a, :s, :e, :text, :value, :type, :c)");
            for (TimeExpression t : facts.times()) {
                batch.bind("a", id).bind("s", t.start()).bind("e", t.end()).bind("text", truncate(t.text(), 1000))
                        .bind("value", t.value().orElse(null)).bind("type", t.type()).bind("c", t.confidence()).add();
            }
            batch.execute();
        }
        if (!facts.quotes().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO quote (article_id, start_at, end_at, text, speaker, "
                    + "speaker_ref, confidence, ev_start, ev_end, ev_sentence) VALUES (:a, :s, :e, :text, :speaker, "
                    + ":ref, :c, :es, :ee, :sentence)");
            for (Quote q : facts.quotes()) {
                bindEvidence(batch.bind("a", id).bind("s", q.start()).bind("e", q.end()).bind("text", q.text())
                        .bind("speaker", truncate(q.speaker(), 300)).bind("ref", q.speakerRef().orElse(null))
                        .bind("c", q.confidence()), q.evidence()).add();
            }
            batch.execute();
        }
        if (!facts.events().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO event (article_id, event_id, type, acled, cameo, "
                    + "actor, actor_side, target, target_side, place, place_ref, lat, lon, event_date, modality, "
                    + "confidence, ev_start, ev_end, ev_sentence) VALUES (:a, :eventId, :type, :acled, :cameo, :actor, "
                    + ":actorSide, :target, :targetSide, :place, :placeRef, :lat, :lon, :date, :modality, :c, :es, "
                    + ":ee, :sentence)");
            for (Event e : facts.events()) {
                bindEvidence(batch.bind("a", id).bind("eventId", e.id()).bind("type", e.type()).bind("acled", e.acled())
                        .bind("cameo", e.cameo()).bind("actor", e.actor().orElse(null))
                        .bind("actorSide", e.actorSide().orElse(null)).bind("target", e.target().orElse(null))
                        .bind("targetSide", e.targetSide().orElse(null)).bind("place", e.place().orElse(null))
                        .bind("placeRef", e.placeRef().orElse(null)).bind("lat", e.lat().orElse(null))
                        .bind("lon", e.lon().orElse(null)).bind("date", e.date().orElse(null))
                        .bind("modality", e.modality().name()).bind("c", e.confidence()), e.evidence()).add();
            }
            batch.execute();
        }
        if (!facts.control().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO control_claim (article_id, place, place_ref, "
                    + "controller, controller_side, status, since, as_of, confidence, ev_start, ev_end, ev_sentence) "
                    + "VALUES (:a, :place, :placeRef, :controller, :side, :status, :since, :asOf, :c, :es, :ee, "
                    + ":sentence)");
            for (ControlChange c : facts.control()) {
                bindEvidence(batch.bind("a", id).bind("place", c.place()).bind("placeRef", c.placeRef().orElse(null))
                        .bind("controller", c.controller()).bind("side", c.controllerSide().orElse(null))
                        .bind("status", c.status().name()).bind("since", c.since().orElse(null))
                        .bind("asOf", c.asOf().orElse(null)).bind("c", c.confidence()), c.evidence()).add();
            }
            batch.execute();
        }
        if (!facts.stances().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO stance (article_id, from_actor, to_actor, to_side, "
                    + "stance_value, stance_date, confidence, ev_start, ev_end, ev_sentence) VALUES (:a, :from, :to, :side, "
                    + ":value, :date, :c, :es, :ee, :sentence)");
            for (Stance s : facts.stances()) {
                bindEvidence(batch.bind("a", id).bind("from", s.from()).bind("to", s.to())
                        .bind("side", s.toSide().orElse(null)).bind("value", s.value())
                        .bind("date", s.date().orElse(null)).bind("c", s.confidence()), s.evidence()).add();
            }
            batch.execute();
        }
    }

    private static PreparedBatch bindEvidence(PreparedBatch batch, Evidence evidence) {
        return batch.bind("es", evidence.start()).bind("ee", evidence.end()).bind("sentence", evidence.sentence());
    }

    private static Optional<Article> readArticle(Handle handle, String id) {
        Optional<Article> article = handle.createQuery("SELECT id, source, url, title, published, language, text, "
                        + "body_start, body_end, origin FROM article WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Article(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                        rs.getString(4), date(rs, 5), rs.getString(6), rs.getString(7),
                        new Span(rs.getInt(8), rs.getInt(9)), List.of(), rs.getString(10)))
                .findFirst();
        return article.map(a -> {
            List<Span> boiler = handle.createQuery("SELECT start_at, end_at FROM boilerplate WHERE article_id = :id "
                            + "ORDER BY start_at").bind("id", id)
                    .map((rs, ctx) -> new Span(rs.getInt(1), rs.getInt(2))).list();
            return new Article(a.id(), a.source(), a.url(), a.title(), a.published(), a.language(), a.text(), a.body(),
                    boiler, a.origin());
        });
    }

    private static Facts readFacts(Handle handle, Article article) {
        String id = article.id();
        List<Mention> entities = handle.createQuery("SELECT text, start_at, end_at, type, canonical, ref, lat, lon, "
                        + "confidence FROM entity WHERE article_id = :id ORDER BY start_at, end_at").bind("id", id)
                .map((rs, ctx) -> new Mention(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        EntityType.valueOf(rs.getString(4)), rs.getString(5), Optional.ofNullable(rs.getString(6)),
                        optionalDouble(rs, 7), optionalDouble(rs, 8), rs.getDouble(9)))
                .list();
        List<TimeExpression> times = handle.createQuery("SELECT text, start_at, end_at, timex_value, type, confidence "
                        + "FROM time_expression WHERE article_id = :id ORDER BY start_at").bind("id", id)
                .map((rs, ctx) -> new TimeExpression(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        Optional.ofNullable(rs.getString(4)), rs.getString(5), rs.getDouble(6)))
                .list();
        List<Quote> quotes = handle.createQuery("SELECT text, start_at, end_at, speaker, speaker_ref, confidence, "
                        + "ev_start, ev_end, ev_sentence FROM quote WHERE article_id = :id ORDER BY start_at")
                .bind("id", id)
                .map((rs, ctx) -> new Quote(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        Optional.ofNullable(rs.getString(5)), rs.getDouble(6), evidence(id, rs, 7)))
                .list();
        List<Event> events = handle.createQuery("SELECT event_id, type, acled, cameo, actor, actor_side, target, "
                        + "target_side, place, place_ref, lat, lon, event_date, modality, confidence, ev_start, ev_end, "
                        + "ev_sentence FROM event WHERE article_id = :id ORDER BY ev_start, event_id").bind("id", id)
                .map((rs, ctx) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        optional(rs, 5), optional(rs, 6), optional(rs, 7), optional(rs, 8), optional(rs, 9),
                        optional(rs, 10), optionalDouble(rs, 11), optionalDouble(rs, 12), optional(rs, 13),
                        Modality.valueOf(rs.getString(14)), rs.getDouble(15), evidence(id, rs, 16)))
                .list();
        List<ControlChange> control = handle.createQuery("SELECT place, place_ref, controller, controller_side, status, "
                        + "since, as_of, confidence, ev_start, ev_end, ev_sentence FROM control_claim "
                        + "WHERE article_id = :id ORDER BY ev_start, place").bind("id", id)
                .map((rs, ctx) -> new ControlChange(rs.getString(1), optional(rs, 2), rs.getString(3), optional(rs, 4),
                        ControlStatus.valueOf(rs.getString(5)), optional(rs, 6), optional(rs, 7), rs.getDouble(8),
                        evidence(id, rs, 9)))
                .list();
        List<Stance> stances = handle.createQuery("SELECT from_actor, to_actor, to_side, stance_value, stance_date, confidence, "
                        + "ev_start, ev_end, ev_sentence FROM stance WHERE article_id = :id ORDER BY ev_start, to_actor")
                .bind("id", id)
                .map((rs, ctx) -> new Stance(rs.getString(1), rs.getString(2), optional(rs, 3), rs.getDouble(4),
                        optional(rs, 5), rs.getDouble(6), evidence(id, rs, 7)))
                .list();
        return new Facts(article, entities, times, quotes, events, control, stances);
    }

    private static Evidence evidence(String articleId, ResultSet rs, int first) throws SQLException {
        return new Evidence(articleId, rs.getInt(first), rs.getInt(first + 1), rs.getString(first + 2));
    }

    private static Optional<String> optional(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    private static Optional<Double> optionalDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<LocalDate> date(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    private static String encodeSketch(int[] sketch) {
        return Arrays.stream(sketch).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    private static int[] decodeSketch(String encoded) {
        return Arrays.stream(encoded.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing a pool on the way out: nothing left to save
        }
    }

    private record CandidateSketch(String id, int[] sketch) {
    }
}
