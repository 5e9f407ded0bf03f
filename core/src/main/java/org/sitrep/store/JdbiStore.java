package org.sitrep.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.review.Review;

/**
 * The {@link Store} over JDBC with JDBI; schema managed by Flyway migrations shared by H2 and PostgreSQL. Longer
 * than our usual ~300 lines for a reason: it answers for the whole {@link Store} interface (articles, facts,
 * subscribers, send log, reviews, boilerplate counts), each method one transaction; the SQL of facts, subscribers,
 * reviews and boilerplate counts is in {@link FactTables}, {@link JdbiSubscribers}, {@link JdbiReviews} and
 * {@link JdbiBoilerplate}.
 */
final class JdbiStore implements Store {
    private static final double NEAR_DUPLICATE = 0.8;

    /** Articles read per batch: one query per table for the whole batch. */
    private static final int BATCH = 200;
    private final Jdbi jdbi;
    private final AutoCloseable pool;
    private final StoreLocation location;
    private final JdbiSubscribers subscribers;
    private final JdbiReviews reviews;
    private final JdbiBoilerplate boilerplate;

    private JdbiStore(Jdbi jdbi, AutoCloseable pool, StoreLocation location) {
        this.jdbi = jdbi;
        this.pool = pool;
        this.location = location;
        this.subscribers = new JdbiSubscribers(jdbi);
        this.reviews = new JdbiReviews(jdbi);
        this.boilerplate = new JdbiBoilerplate(jdbi);
    }

    static {
        ensureLoopback();
    }

    /** H2's TCP server (see StoreSharing) listens on every interface unless told otherwise: loopback only. */
    static void ensureLoopback() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
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
        try {
            return jdbi.withHandle(handle -> findDuplicate(handle, fingerprint));
        } catch (JdbiException e) {
            throw new StoreException("cannot read " + location.display() + ": " + rootMessage(e), e);
        }
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
    public Optional<Duplicate> save(Article article, Facts facts, Fingerprint fingerprint) {
        if (!article.id().equals(facts.article().id())) {
            throw new IllegalArgumentException("facts of article " + facts.article().id() + " saved with article "
                    + article.id());
        }
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
                FactTables.insertArticle(handle, article, fingerprint);
                FactTables.insertFacts(handle, facts);
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
                .bind("title", FactTables.truncate(article.title(), 1000))
                .bind("published", article.published().orElse(null))
                .bind("origin", FactTables.truncate(article.origin(), 2000))
                .bind("similarity", duplicate.similarity())
                .execute();
    }

    @Override
    public List<ArticleSummary> articles() {
        return articles(0, Integer.MAX_VALUE);
    }

    @Override
    public List<ArticleSummary> articles(int offset, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT a.id, a.published, a.source, a.title, a.language, "
                        + count("entity") + ", " + count("time_expression") + ", " + count("quote") + ", "
                        + count("event") + ", " + count("control_claim") + ", " + count("stance") + ", "
                        + count("article_alias")
                        + " FROM article a ORDER BY a.published DESC NULLS LAST, a.ingested_at DESC, a.id "
                        + "LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new ArticleSummary(rs.getString(1), FactTables.date(rs, 2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                        rs.getInt(11), rs.getInt(12)))
                .list());
    }

    @Override
    public int articleCount() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM article").mapTo(Integer.class).one());
    }

    @Override
    public Optional<Article> article(String articleId) {
        return jdbi.withHandle(handle -> Optional.ofNullable(FactTables.articles(handle, List.of(articleId))
                .get(articleId)));
    }

    @Override
    public Optional<Facts> facts(String articleId) {
        return jdbi.withHandle(handle -> FactTables.read(handle, List.of(articleId)).stream().findFirst());
    }

    @Override
    public List<Alias> aliases(String articleId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT content_hash, article_id, source, url, title, "
                        + "published, origin, similarity FROM article_alias WHERE article_id = :id ORDER BY content_hash")
                .bind("id", articleId)
                .map((rs, ctx) -> new Alias(rs.getString(1), rs.getString(2), rs.getString(3),
                        Optional.ofNullable(rs.getString(4)), rs.getString(5), FactTables.date(rs, 6), rs.getString(7),
                        rs.getDouble(8)))
                .list());
    }

    @Override
    public List<Facts> allFacts() {
        List<Facts> all = new ArrayList<>();
        forEachFacts(all::add);
        return all;
    }

    @Override
    public void forEachFacts(Consumer<Facts> consumer) {
        inBatches(handle -> batch -> FactTables.read(handle, batch).forEach(consumer));
    }

    @Override
    public void forEachStored(java.util.function.BiConsumer<Article, Facts> consumer) {
        forEachStored(articleIds(), consumer);
    }

    @Override
    public List<String> articleIds() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM article ORDER BY id")
                .mapTo(String.class).list());
    }

    @Override
    public void forEachStored(List<String> articleIds, java.util.function.BiConsumer<Article, Facts> consumer) {
        inBatches(articleIds, handle -> batch -> {
            Map<String, Article> articles = FactTables.articles(handle, batch);
            FactTables.read(handle, batch).forEach(facts -> consumer.accept(articles.get(facts.article().id()), facts));
        });
    }

    /** Every stored article id, in batches read each on its own handle: memory bounded by a batch. */
    private void inBatches(java.util.function.Function<Handle, Consumer<List<String>>> work) {
        inBatches(articleIds(), work);
    }

    private void inBatches(List<String> ids, java.util.function.Function<Handle, Consumer<List<String>>> work) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            jdbi.useHandle(handle -> work.apply(handle).accept(batch));
        }
    }

    @Override
    public void close() {
        closeQuietly(pool);
    }

    // The subscriber tables have their own class; the store answers for them.

    @Override
    public Subscriber subscribe(String email, String lang, List<String> topics) {
        return subscribers.subscribe(email, lang, topics);
    }

    @Override
    public Optional<Subscriber> subscriber(String email) {
        return subscribers.subscriber(email);
    }

    @Override
    public List<Subscriber> subscribers() {
        return subscribers.subscribers();
    }

    @Override
    public void setStatus(String email, Subscriber.Status status) {
        subscribers.setStatus(email, status);
    }

    @Override
    public String secret(String name) {
        return subscribers.secret(name);
    }

    @Override
    public boolean claimSend(String issueId, String email) {
        return subscribers.claimSend(issueId, email);
    }

    @Override
    public void recordSend(String issueId, String email, SendRecord.Status status, int attempts,
                           Optional<String> error) {
        subscribers.recordSend(issueId, email, status, attempts, error);
    }

    @Override
    public List<SendRecord> sendLog(String issueId) {
        return subscribers.sendLog(issueId);
    }

    @Override
    public List<SendRecord> sendLog() {
        return subscribers.sendLog();
    }

    // Reviews too: append-only tables of their own.

    @Override
    public Review saveReview(Review review) {
        try {
            return reviews.saveReview(review);
        } catch (JdbiException e) {
            throw new StoreException("cannot store the review in " + location.display() + ": " + rootMessage(e), e);
        }
    }

    @Override
    public List<Review> reviews() {
        return reviews.reviews();
    }

    @Override
    public List<Review> reviews(String targetId) {
        return reviews.reviews(targetId);
    }

    // Learned boilerplate: counts of segment hashes per source.

    @Override
    public void addSegmentCounts(Map<String, Map<Long, Integer>> counts) {
        try {
            boilerplate.addSegmentCounts(counts);
        } catch (JdbiException e) {
            throw new StoreException("cannot store boilerplate counts in " + location.display() + ": "
                    + rootMessage(e), e);
        }
    }

    @Override
    public Map<Long, Integer> segmentCounts(String source, java.util.Set<Long> hashes) {
        return boilerplate.segmentCounts(source, hashes);
    }

    @Override
    public Map<String, java.util.Set<Long>> recurringSegments(int minArticles) {
        return boilerplate.recurringSegments(minArticles);
    }

    private static String count(String table) {
        return "(SELECT COUNT(*) FROM " + table + " f WHERE f.article_id = a.id)";
    }

    private static boolean exists(Handle handle, String id) {
        return handle.createQuery("SELECT COUNT(*) FROM article WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).one() > 0;
    }

    static String encodeSketch(int[] sketch) {
        return Arrays.stream(sketch).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    private static int[] decodeSketch(String encoded) {
        return Arrays.stream(encoded.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage().lines().findFirst().orElse("");
        // H2 reports a failed file write without its reason, and closes the database under the other writers (a
        // second ingest thread then sees only "closed"): name the usual reasons for both.
        boolean failedWrite = message != null && (message.contains("Writing to")
                || message.contains("The database has been closed"));
        return failedWrite ? message + " (the store's disk may be full or read-only; what was reported as stored is "
                + "kept)" : message;
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
