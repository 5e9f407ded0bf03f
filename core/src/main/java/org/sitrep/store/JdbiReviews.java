package org.sitrep.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sitrep.review.Corrections;
import org.sitrep.review.Review;
import org.sitrep.review.TargetKind;
import org.sitrep.review.Verdict;

/** The review tables behind {@link ReviewStore}, over JDBI: inserts only, a review in one transaction. Thread-safe. */
final class JdbiReviews implements ReviewStore {
    private static final String COLUMNS = "SELECT id, target_kind, target_id, verdict, reviewer, reviewed_at, reason "
            + "FROM review";
    private final Jdbi jdbi;

    JdbiReviews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Review saveReview(Review review) {
        return jdbi.inTransaction(handle -> {
            long id = handle.createUpdate("INSERT INTO review (target_kind, target_id, verdict, reviewer, reviewed_at, "
                            + "reason) VALUES (:kind, :target, :verdict, :reviewer, :at, :reason)")
                    .bind("kind", review.kind().name()).bind("target", review.targetId())
                    .bind("verdict", review.verdict().name()).bind("reviewer", review.reviewer())
                    .bind("at", review.at().atOffset(ZoneOffset.UTC)).bind("reason", review.reason())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            review.corrections().values().forEach((field, value) -> handle.createUpdate("INSERT INTO review_correction "
                            + "(review_id, field_name, field_value) VALUES (:id, :field, :value)")
                    .bind("id", id).bind("field", field.name()).bind("value", value).execute());
            for (String report : review.reports()) {
                handle.createUpdate("INSERT INTO review_report (review_id, report) VALUES (:id, :report)")
                        .bind("id", id).bind("report", report).execute();
            }
            return review.withId(id);
        });
    }

    @Override
    public List<Review> reviews() {
        return jdbi.withHandle(handle -> read(handle, COLUMNS + " ORDER BY id", "", Map.of()));
    }

    @Override
    public List<Review> reviews(String targetId) {
        return jdbi.withHandle(handle -> read(handle, COLUMNS + " WHERE target_id = :target ORDER BY id",
                " WHERE review_id IN (SELECT id FROM review WHERE target_id = :target)", Map.of("target", targetId)));
    }

    /** The reviews a query selects, with their corrections and reports read in one query each. */
    private static List<Review> read(Handle handle, String query, String childFilter, Map<String, Object> params) {
        Map<Long, EnumMap<Corrections.Field, String>> corrections = new HashMap<>();
        handle.createQuery("SELECT review_id, field_name, field_value FROM review_correction" + childFilter)
                .bindMap(params).map((rs, ctx) -> {
                    corrections.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Corrections.Field.class))
                            .put(Corrections.Field.valueOf(rs.getString(2)), rs.getString(3));
                    return 0;
                }).list();
        Map<Long, List<String>> reports = new HashMap<>();
        handle.createQuery("SELECT review_id, report FROM review_report" + childFilter + " ORDER BY report")
                .bindMap(params).map((rs, ctx) -> reports.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2))).list();
        return handle.createQuery(query).bindMap(params)
                .map((rs, ctx) -> review(rs, corrections, reports)).list();
    }

    private static Review review(ResultSet rs, Map<Long, EnumMap<Corrections.Field, String>> corrections,
                                 Map<Long, List<String>> reports) throws SQLException {
        long id = rs.getLong(1);
        return new Review(id, TargetKind.valueOf(rs.getString(2)), rs.getString(3), Verdict.valueOf(rs.getString(4)),
                new Corrections(corrections.getOrDefault(id, new EnumMap<>(Corrections.Field.class))), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7),
                reports.getOrDefault(id, List.of()));
    }
}
