package org.sitrep.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The boilerplate_segment table behind {@link BoilerplateStore}, over JDBI. Thread-safe. */
final class JdbiBoilerplate implements BoilerplateStore {
    /** Hashes per IN list: well under every driver's limit on bound parameters. */
    private static final int CHUNK = 500;
    private final Jdbi jdbi;

    JdbiBoilerplate(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void addSegmentCounts(Map<String, Map<Long, Integer>> counts) {
        jdbi.useTransaction(handle -> {
            // The ingest lock orders concurrent learners, so that an update-else-insert never races (H2 and
            // PostgreSQL share no upsert syntax).
            handle.createQuery("SELECT id FROM ingest_lock WHERE id = 1 FOR UPDATE").mapTo(Integer.class).one();
            counts.forEach((source, keys) -> add(handle, source, keys));
        });
    }

    private static void add(Handle handle, String source, Map<Long, Integer> keys) {
        Set<Long> stored = new HashSet<>(handle.createQuery("SELECT segment_hash FROM boilerplate_segment "
                + "WHERE source = :source").bind("source", source).mapTo(Long.class).list());
        PreparedBatch update = handle.prepareBatch("UPDATE boilerplate_segment SET articles = articles + :n "
                + "WHERE source = :source AND segment_hash = :hash");
        PreparedBatch insert = handle.prepareBatch("INSERT INTO boilerplate_segment (source, segment_hash, articles) "
                + "VALUES (:source, :hash, :n)");
        keys.forEach((hash, n) -> (stored.contains(hash) ? update : insert)
                .bind("source", source).bind("hash", hash).bind("n", n).add());
        if (update.size() > 0) {
            update.execute();
        }
        if (insert.size() > 0) {
            insert.execute();
        }
    }

    @Override
    public Map<Long, Integer> segmentCounts(String source, Set<Long> hashes) {
        Map<Long, Integer> counts = new HashMap<>();
        List<Long> all = List.copyOf(hashes);
        jdbi.useHandle(handle -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                handle.createQuery("SELECT segment_hash, articles FROM boilerplate_segment WHERE source = :source "
                                + "AND segment_hash IN (<hashes>)").bind("source", source)
                        .bindList("hashes", all.subList(from, Math.min(all.size(), from + CHUNK)))
                        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                        .forEach(row -> counts.put(row.getKey(), row.getValue()));
            }
        });
        return counts;
    }

    @Override
    public Map<String, Set<Long>> recurringSegments(int minArticles) {
        Map<String, Set<Long>> recurring = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT source, segment_hash FROM boilerplate_segment "
                        + "WHERE articles >= :min").bind("min", minArticles)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(row -> recurring.computeIfAbsent(row.getKey(), s -> new HashSet<>()).add(row.getValue())));
        return recurring;
    }
}
