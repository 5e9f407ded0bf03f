package org.sitrep.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Learns the templates of a source's promos and link text: a line such as "WATCH AGAIN: (a title that changes) 01:04"
 * never recurs whole, but its first two words begin a line or sentence in a large share of the source's articles and
 * almost never in another source's. Writing common to every outlet ("the president", "according to") fails the
 * second test; a merged lead ("Tags (a list) Rebels shelled …") is told apart by its length where marks are read.
 */
public final class BoilerplateTemplates {
    /** Distinct articles a prefix must begin a segment in: a reporter's habit can reach five in a small source. */
    static final int MIN_ARTICLES = 8;
    /** Share of the source's counted articles it must begin a segment in. */
    static final double MIN_SHARE = 0.25;
    /** Share of all its articles, over every source, that are this source's. */
    static final double MIN_SPECIFIC = 0.9;

    private BoilerplateTemplates() {
    }

    /**
     * The template prefix keys of each source, from the articles each prefix began a segment in (source → prefix key
     * → articles) and the articles counted per source.
     */
    public static Map<String, Set<Long>> learn(Map<String, Map<Long, Integer>> prefixes,
                                               Map<String, Integer> articles) {
        Map<Long, Integer> everywhere = new HashMap<>();
        prefixes.values().forEach(keys -> keys.forEach((key, n) -> everywhere.merge(key, n, Integer::sum)));
        Map<String, Set<Long>> templates = new HashMap<>();
        prefixes.forEach((source, keys) -> keys.forEach((key, n) -> {
            if (n >= MIN_ARTICLES && n >= MIN_SHARE * articles.getOrDefault(source, 0)
                    && n >= MIN_SPECIFIC * everywhere.get(key)) {
                templates.computeIfAbsent(source, s -> new HashSet<>()).add(key);
            }
        }));
        return templates;
    }
}
