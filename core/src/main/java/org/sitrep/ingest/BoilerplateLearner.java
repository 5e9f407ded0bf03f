package org.sitrep.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Span;

/**
 * Counts, per source, in how many distinct articles each short line or sentence occurs. An article that is a copy or
 * a rewrite of one counted before from the same source (the two bodies share at least half their shingles) is not
 * counted again: a story told three times would otherwise pass for boilerplate. It counts too in how many articles
 * each two-word head begins a segment, for {@link BoilerplateTemplates}. Counting is one pass on one thread; the
 * articles' {@link Sighting}s may be read on any.
 */
public final class BoilerplateLearner {
    /** Bodies this alike are one story for counting; below the store's 0.8 so rewrites count once too. */
    private static final double SAME_STORY = 0.5;
    /** Recent articles per source a new one is compared with: linear cost however long the batch. */
    private static final int RECENT = 500;

    private final Map<String, Map<Long, Integer>> counts = new HashMap<>();
    private final Map<String, Deque<Fingerprint>> recent = new HashMap<>();
    private final Map<String, Map<Long, Integer>> prefixes = new HashMap<>();
    private final Map<String, Integer> articles = new HashMap<>();

    /**
     * What one article offers the counts: its sketch, the hashes of its short segments and its segments' two-word
     * heads. Computed apart from the counts, so that a batch's articles can be read on several threads while
     * {@link #add(Sighting)} keeps their order.
     */
    public record Sighting(String source, Fingerprint fingerprint, Set<Long> segments, Set<Long> heads) {
        public Sighting {
            segments = Set.copyOf(segments);
            heads = Set.copyOf(heads);
        }

        /** Reads one article's body for counting. */
        public static Sighting of(String source, String text, Span body) {
            Set<Long> keys = new HashSet<>();
            Set<Long> heads = new HashSet<>();
            for (Span segment : Segments.of(text, body)) {
                if (segment.length() <= LearnedBoilerplate.MAX_LENGTH) {
                    keys.add(SegmentKey.hash(segment.of(text)));
                    SegmentKey.prefix(segment.of(text)).ifPresent(heads::add);
                }
            }
            return new Sighting(source, Fingerprint.of(body.of(text)), keys, heads);
        }
    }

    /** Counts the segments of one article; false (nothing counted) when it retells a story already counted. */
    public boolean add(String source, String text, Span body) {
        return add(Sighting.of(source, text, body));
    }

    /** Counts one article read before; false (nothing counted) when it retells a story already counted. */
    public boolean add(Sighting sighting) {
        String source = sighting.source();
        Deque<Fingerprint> seen = recent.computeIfAbsent(source, s -> new ArrayDeque<>());
        for (Fingerprint earlier : seen) {
            if (sighting.fingerprint().similarity(earlier.minHash()) >= SAME_STORY) {
                return false;
            }
        }
        seen.addFirst(sighting.fingerprint());
        if (seen.size() > RECENT) {
            seen.removeLast();
        }
        Map<Long, Integer> ofSource = counts.computeIfAbsent(source, s -> new HashMap<>());
        sighting.segments().forEach(key -> ofSource.merge(key, 1, Integer::sum));
        Map<Long, Integer> headsOfSource = prefixes.computeIfAbsent(source, s -> new HashMap<>());
        sighting.heads().forEach(key -> headsOfSource.merge(key, 1, Integer::sum));
        articles.merge(source, 1, Integer::sum);
        return true;
    }

    /** The counts so far: source → segment hash → distinct articles. A copy. */
    public Map<String, Map<Long, Integer>> counts() {
        Map<String, Map<Long, Integer>> copy = new HashMap<>();
        counts.forEach((source, keys) -> copy.put(source, Map.copyOf(keys)));
        return copy;
    }

    /** The template heads the articles counted so far show, by source (see {@link BoilerplateTemplates}). */
    public Map<String, Set<Long>> templates() {
        return BoilerplateTemplates.learn(prefixes, articles);
    }

    /** What the counts so far mark. */
    public LearnedBoilerplate learned() {
        return LearnedBoilerplate.fromCounts(counts).withTemplates(templates());
    }
}
