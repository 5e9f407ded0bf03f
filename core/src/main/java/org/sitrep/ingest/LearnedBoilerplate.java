package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Span;

/**
 * The lines and sentences that recur across at least {@link #MIN_ARTICLES} distinct articles of one source (captions,
 * promos, sign-up lines, link lists), known by their {@link SegmentKey} hashes per source, and where they lie in an
 * article. Immutable and thread-safe.
 */
public final class LearnedBoilerplate {
    /** Distinct articles of one source a segment must recur in; two could be one story told twice. */
    public static final int MIN_ARTICLES = 3;
    /**
     * Longer segments are never counted: a whole paragraph or a flattened page repeated is a copy, not a promo. The
     * longest recurring footer in the corpora (a related-news list) is 384 characters; the hand cues stop at 600 too.
     */
    public static final int MAX_LENGTH = 600;

    private final Map<String, Set<Long>> recurring;

    private LearnedBoilerplate(Map<String, Set<Long>> recurring) {
        Map<String, Set<Long>> copy = new HashMap<>();
        recurring.forEach((source, keys) -> copy.put(source, Set.copyOf(keys)));
        this.recurring = Map.copyOf(copy);
    }

    /** Nothing learned: no segment is marked. */
    public static LearnedBoilerplate none() {
        return new LearnedBoilerplate(Map.of());
    }

    /** The segments already known to recur, by source. */
    public static LearnedBoilerplate of(Map<String, Set<Long>> recurring) {
        return new LearnedBoilerplate(recurring);
    }

    /** From counts of distinct articles per source and segment hash: those counted at least MIN_ARTICLES times. */
    public static LearnedBoilerplate fromCounts(Map<String, Map<Long, Integer>> counts) {
        Map<String, Set<Long>> recurring = new HashMap<>();
        counts.forEach((source, keys) -> keys.forEach((key, articles) -> {
            if (articles >= MIN_ARTICLES) {
                recurring.computeIfAbsent(source, s -> new HashSet<>()).add(key);
            }
        }));
        return new LearnedBoilerplate(recurring);
    }

    /** How many segment hashes are known to recur, over all sources. */
    public int size() {
        return recurring.values().stream().mapToInt(Set::size).sum();
    }

    /** The recurring segments of an article of {@code source} inside {@code body} of {@code text}, in order. */
    public List<Span> detect(String source, String text, Span body) {
        Set<Long> keys = recurring.getOrDefault(source, Set.of());
        List<Span> spans = new ArrayList<>();
        if (keys.isEmpty()) {
            return spans;
        }
        for (Span segment : Segments.of(text, body)) {
            if (segment.length() <= MAX_LENGTH && keys.contains(SegmentKey.hash(segment.of(text)))) {
                spans.add(segment);
            }
        }
        return spans;
    }
}
