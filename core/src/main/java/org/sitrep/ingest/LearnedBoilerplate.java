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
 * article; and the segments, short as link text and captions are, that begin with a source's template head (see
 * {@link BoilerplateTemplates}). Immutable and thread-safe.
 */
public final class LearnedBoilerplate {
    /** Distinct articles of one source a segment must recur in; two could be one story told twice. */
    public static final int MIN_ARTICLES = 3;
    /**
     * Longer segments are never counted: a whole paragraph or a flattened page repeated is a copy, not a promo. The
     * longest recurring footer in the corpora (a related-news list) is 384 characters; the hand cues stop at 600 too.
     */
    public static final int MAX_LENGTH = 600;
    /**
     * Longer segments behind a template head are a sentence, not its slot: a feed that glues its tags or dateline
     * to the lead ("Tags Syria Idlib … Government air raids killed …") keeps the lead. Promos and link text run to
     * 110 characters.
     */
    static final int TEMPLATE_MAX_LENGTH = 120;

    private final Map<String, Set<Long>> recurring;
    private final Map<String, Set<Long>> templates;

    private LearnedBoilerplate(Map<String, Set<Long>> recurring, Map<String, Set<Long>> templates) {
        this.recurring = copy(recurring);
        this.templates = copy(templates);
    }

    private static Map<String, Set<Long>> copy(Map<String, Set<Long>> bySource) {
        Map<String, Set<Long>> copy = new HashMap<>();
        bySource.forEach((source, keys) -> copy.put(source, Set.copyOf(keys)));
        return Map.copyOf(copy);
    }

    /** Nothing learned: no segment is marked. */
    public static LearnedBoilerplate none() {
        return new LearnedBoilerplate(Map.of(), Map.of());
    }

    /** The segments already known to recur, by source. */
    public static LearnedBoilerplate of(Map<String, Set<Long>> recurring) {
        return new LearnedBoilerplate(recurring, Map.of());
    }

    /** The same, marking too the short segments that begin with one of these template heads, by source. */
    public LearnedBoilerplate withTemplates(Map<String, Set<Long>> heads) {
        return new LearnedBoilerplate(recurring, heads);
    }

    /** From counts of distinct articles per source and segment hash: those counted at least MIN_ARTICLES times. */
    public static LearnedBoilerplate fromCounts(Map<String, Map<Long, Integer>> counts) {
        Map<String, Set<Long>> recurring = new HashMap<>();
        counts.forEach((source, keys) -> keys.forEach((key, articles) -> {
            if (articles >= MIN_ARTICLES) {
                recurring.computeIfAbsent(source, s -> new HashSet<>()).add(key);
            }
        }));
        return new LearnedBoilerplate(recurring, Map.of());
    }

    /** How many segment hashes are known to recur, over all sources. */
    public int size() {
        return recurring.values().stream().mapToInt(Set::size).sum();
    }

    /** The recurring segments of an article of {@code source} inside {@code body} of {@code text}, in order. */
    public List<Span> detect(String source, String text, Span body) {
        Set<Long> keys = recurring.getOrDefault(source, Set.of());
        Set<Long> heads = templates.getOrDefault(source, Set.of());
        List<Span> spans = new ArrayList<>();
        if (keys.isEmpty() && heads.isEmpty()) {
            return spans;
        }
        List<Span> segments = Segments.of(text, body);
        for (Span segment : segments) {
            String words = segment.of(text);
            boolean whole = segment.length() <= MAX_LENGTH && keys.contains(SegmentKey.hash(words));
            // an article's first segment behind a template head is its kicker: "Highlights (the news in brief)"
            boolean templated = segment.length() <= TEMPLATE_MAX_LENGTH && segment != segments.get(0)
                    && SegmentKey.prefix(words).filter(heads::contains).isPresent();
            if (whole || templated) {
                spans.add(segment);
            }
        }
        return spans;
    }
}
