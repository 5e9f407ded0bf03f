package org.sitrep.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.model.AcledType;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Facts;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeExpression;

/**
 * The article and fact tables: one article with all its facts written in the caller's transaction, and articles
 * read back with their facts in batches (one query per table for a whole batch, not per article).
 */
final class FactTables {
    private FactTables() {
    }

    static void insertArticle(Handle handle, Article article, Fingerprint fingerprint) {
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
                .bind("minHash", JdbiStore.encodeSketch(fingerprint.minHash()))
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

    static void insertFacts(Handle handle, Facts facts) {
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
                    + "speaker_ref, speaker_start, speaker_end, confidence, ev_start, ev_end, ev_sentence) VALUES (:a, "
                    + ":s, :e, :text, :speaker, :ref, :ss, :se, :c, :es, :ee, :sentence)");
            for (Quote q : facts.quotes()) {
                bindEvidence(batch.bind("a", id).bind("s", q.start()).bind("e", q.end()).bind("text", q.text())
                        .bind("speaker", truncate(q.speaker(), 300)).bind("ref", q.speakerRef().orElse(null))
                        .bind("ss", q.speakerWords().map(Span::start).orElse(null))
                        .bind("se", q.speakerWords().map(Span::end).orElse(null))
                        .bind("c", q.confidence()), q.evidence()).add();
            }
            batch.execute();
        }
        if (!facts.events().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO event (article_id, event_id, type, acled, cameo, "
                    + "actor, actor_side, target, target_side, place, place_ref, lat, lon, event_date, fatalities, "
                    + "modality, confidence, ev_start, ev_end, ev_sentence) VALUES (:a, :eventId, :type, :acled, "
                    + ":cameo, :actor, :actorSide, :target, :targetSide, :place, :placeRef, :lat, :lon, :date, "
                    + ":fatalities, :modality, :c, :es, :ee, :sentence)");
            for (Event e : facts.events()) {
                bindEvidence(batch.bind("a", id).bind("eventId", e.id()).bind("type", e.type().name()).bind("acled", e.acled().label())
                        .bind("cameo", e.cameo()).bind("actor", e.actor().map(a -> truncate(a, 300)).orElse(null))
                        .bind("actorSide", e.actorSide().orElse(null)).bind("target", e.target().map(t -> truncate(t, 300)).orElse(null))
                        .bind("targetSide", e.targetSide().orElse(null)).bind("place", e.place().map(p -> truncate(p, 300)).orElse(null))
                        .bind("placeRef", e.placeRef().orElse(null)).bind("lat", e.lat().orElse(null))
                        .bind("lon", e.lon().orElse(null)).bind("date", text(e.date())).bind("fatalities", e.fatalities().orElse(null))
                        .bind("modality", e.modality().name()).bind("c", e.confidence()), e.evidence()).add();
            }
            batch.execute();
        }
        if (!facts.control().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO control_claim (article_id, place, place_ref, "
                    + "controller, controller_side, status, since, as_of, confidence, ev_start, ev_end, ev_sentence, "
                    + "challengers) VALUES (:a, :place, :placeRef, :controller, :side, :status, :since, :asOf, :c, "
                    + ":es, :ee, :sentence, :challengers)");
            for (ControlChange c : facts.control()) {
                bindEvidence(batch.bind("a", id).bind("place", truncate(c.place(), 300)).bind("placeRef", c.placeRef().orElse(null))
                        .bind("controller", truncate(c.controller(), 300)).bind("side", c.controllerSide().orElse(null))
                        .bind("status", c.status().name()).bind("since", text(c.since()))
                        .bind("asOf", text(c.asOf())).bind("c", c.confidence())
                        .bind("challengers", c.challengers().isEmpty() ? null
                                : truncate(String.join("\n", c.challengers()), 2000)), c.evidence()).add();
            }
            batch.execute();
        }
        if (!facts.stances().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO stance (article_id, from_actor, to_actor, to_side, "
                    + "stance_value, stance_date, confidence, ev_start, ev_end, ev_sentence) VALUES (:a, :from, :to, :side, "
                    + ":value, :date, :c, :es, :ee, :sentence)");
            for (Stance s : facts.stances()) {
                bindEvidence(batch.bind("a", id).bind("from", truncate(s.from(), 300)).bind("to", truncate(s.to(), 300))
                        .bind("side", s.toSide().orElse(null)).bind("value", s.value())
                        .bind("date", text(s.date())).bind("c", s.confidence()), s.evidence()).add();
            }
            batch.execute();
        }
    }

    private static PreparedBatch bindEvidence(PreparedBatch batch, Evidence evidence) {
        return batch.bind("es", evidence.start()).bind("ee", evidence.end()).bind("sentence", evidence.sentence());
    }

    /** The articles with these ids, with their texts and boilerplate spans, by id. */
    static Map<String, Article> articles(Handle handle, List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Span>> boilerplate = byArticle(handle, "SELECT article_id, start_at, end_at FROM boilerplate "
                + "WHERE article_id IN (<ids>) ORDER BY article_id, start_at, end_at", ids,
                (rs, ctx) -> new Span(rs.getInt(2), rs.getInt(3)));
        return handle.createQuery("SELECT id, source, url, title, published, language, text, body_start, body_end, "
                        + "origin FROM article WHERE id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> new Article(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                        rs.getString(4), date(rs, 5), rs.getString(6), rs.getString(7),
                        new Span(rs.getInt(8), rs.getInt(9)), boilerplate.getOrDefault(rs.getString(1), List.of()),
                        rs.getString(10)))
                .list().stream().collect(Collectors.toMap(Article::id, a -> a));
    }

    /**
     * The articles with these ids and all their facts (no text), in the order of the ids (missing ids are skipped).
     * Each kind of fact comes in a total order of its columns, never in the order rows happen to lie on disk: two
     * stores given the same articles in different orders (ingest, a Flink job) read back equal facts.
     */
    static List<Facts> read(Handle handle, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ArticleMeta> articles = handle.createQuery("SELECT id, source, url, title, published, language, "
                        + "origin FROM article WHERE id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> new ArticleMeta(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                        rs.getString(4), date(rs, 5), rs.getString(6), rs.getString(7)))
                .list().stream().collect(Collectors.toMap(ArticleMeta::id, a -> a));
        Map<String, List<Mention>> entities = byArticle(handle, "SELECT article_id, text, start_at, end_at, type, "
                + "canonical, ref, lat, lon, confidence FROM entity WHERE article_id IN (<ids>) "
                + "ORDER BY article_id, start_at, end_at, type, canonical", ids,
                (rs, ctx) -> new Mention(rs.getString(2), rs.getInt(3), rs.getInt(4), EntityType.valueOf(rs.getString(5)),
                        rs.getString(6), Optional.ofNullable(rs.getString(7)), optionalDouble(rs, 8),
                        optionalDouble(rs, 9), rs.getDouble(10)));
        Map<String, List<TimeExpression>> times = byArticle(handle, "SELECT article_id, text, start_at, end_at, "
                + "timex_value, type, confidence FROM time_expression WHERE article_id IN (<ids>) "
                + "ORDER BY article_id, start_at, end_at, type", ids,
                (rs, ctx) -> new TimeExpression(rs.getString(2), rs.getInt(3), rs.getInt(4),
                        Optional.ofNullable(rs.getString(5)), rs.getString(6), rs.getDouble(7)));
        Map<String, List<Quote>> quotes = byArticle(handle, "SELECT article_id, text, start_at, end_at, speaker, "
                + "speaker_ref, confidence, ev_start, ev_end, ev_sentence, speaker_start, speaker_end FROM quote "
                + "WHERE article_id IN (<ids>) ORDER BY article_id, start_at, end_at", ids,
                (rs, ctx) -> new Quote(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        Optional.ofNullable(rs.getString(6)), span(rs, 11), rs.getDouble(7), evidence(rs, 8)));
        Map<String, List<Event>> events = byArticle(handle, "SELECT article_id, event_id, type, acled, cameo, actor, "
                + "actor_side, target, target_side, place, place_ref, lat, lon, event_date, modality, confidence, "
                + "ev_start, ev_end, ev_sentence, fatalities FROM event WHERE article_id IN (<ids>) "
                + "ORDER BY article_id, ev_start, event_id", ids,
                (rs, ctx) -> new Event(rs.getString(2), EventType.valueOf(rs.getString(3)), acled(rs.getString(4)),
                        rs.getString(5),
                        optional(rs, 6), optional(rs, 7), optional(rs, 8), optional(rs, 9), optional(rs, 10),
                        optional(rs, 11), optionalDouble(rs, 12), optionalDouble(rs, 13), calendarDate(rs, 14),
                        optionalInt(rs, 20), Modality.valueOf(rs.getString(15)), rs.getDouble(16), evidence(rs, 17)));
        Map<String, List<ControlChange>> control = byArticle(handle, "SELECT article_id, place, place_ref, controller, "
                + "controller_side, status, since, as_of, confidence, ev_start, ev_end, ev_sentence, challengers "
                + "FROM control_claim "
                + "WHERE article_id IN (<ids>) ORDER BY article_id, ev_start, place, controller, status, since, as_of", ids,
                (rs, ctx) -> new ControlChange(rs.getString(2), optional(rs, 3), rs.getString(4), optional(rs, 5),
                        ControlStatus.valueOf(rs.getString(6)), calendarDate(rs, 7), calendarDate(rs, 8), rs.getDouble(9),
                        evidence(rs, 10), optional(rs, 13).map(c -> List.of(c.split("\n"))).orElse(List.of())));
        Map<String, List<Stance>> stances = byArticle(handle, "SELECT article_id, from_actor, to_actor, to_side, "
                + "stance_value, stance_date, confidence, ev_start, ev_end, ev_sentence FROM stance "
                + "WHERE article_id IN (<ids>) ORDER BY article_id, ev_start, to_actor, from_actor, stance_value, stance_date", ids,
                (rs, ctx) -> new Stance(rs.getString(2), rs.getString(3), optional(rs, 4), rs.getDouble(5),
                        calendarDate(rs, 6), rs.getDouble(7), evidence(rs, 8)));
        List<Facts> facts = new ArrayList<>();
        for (String id : ids) {
            ArticleMeta article = articles.get(id);
            if (article != null) {
                facts.add(new Facts(article, entities.getOrDefault(id, List.of()), times.getOrDefault(id, List.of()),
                        quotes.getOrDefault(id, List.of()), events.getOrDefault(id, List.of()),
                        control.getOrDefault(id, List.of()), stances.getOrDefault(id, List.of())));
            }
        }
        return facts;
    }

    /** Rows of one table for a batch of articles, grouped by article id (the query's first column), in order. */
    private static <T> Map<String, List<T>> byArticle(Handle handle, String sql, List<String> ids, RowMapper<T> mapper) {
        Map<String, List<T>> grouped = new HashMap<>();
        handle.createQuery(sql).bindList("ids", ids).map((rs, ctx) -> {
            grouped.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(mapper.map(rs, ctx));
            return Boolean.TRUE;
        }).list();
        return grouped;
    }

    /** Evidence columns (start, end, sentence) from {@code first}; the article id is the row's first column. */
    private static Evidence evidence(ResultSet rs, int first) throws SQLException {
        return new Evidence(rs.getString(1), rs.getInt(first), rs.getInt(first + 1), rs.getString(first + 2));
    }

    /** A span stored as two nullable offset columns, {@code first} and the one after it. */
    private static Optional<Span> span(ResultSet rs, int first) throws SQLException {
        int start = rs.getInt(first);
        boolean absent = rs.wasNull();
        int end = rs.getInt(first + 1);
        return absent || rs.wasNull() ? Optional.empty() : Optional.of(new Span(start, end));
    }

    private static Optional<String> optional(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    private static Optional<CalendarDate> calendarDate(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getString(column)).flatMap(CalendarDate::parse);
    }

    private static String text(Optional<CalendarDate> date) {
        return date.map(CalendarDate::toString).orElse(null);
    }

    private static AcledType acled(String label) {
        return AcledType.parse(label).orElseThrow(() -> new IllegalStateException("unknown ACLED type in store: "
                + label));
    }

    private static Optional<Integer> optionalInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<Double> optionalDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<LocalDate> date(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
