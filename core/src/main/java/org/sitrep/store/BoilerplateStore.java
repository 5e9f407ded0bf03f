package org.sitrep.store;

import java.util.Map;
import java.util.Set;

/** Per-source counts of recurring segments (hashes only) for learned boilerplate: the part of the store ingest uses. */
public interface BoilerplateStore {

    /** Adds these counts (source → segment hash → distinct articles) to the stored ones, in one transaction. */
    void addSegmentCounts(Map<String, Map<Long, Integer>> counts);

    /** The stored counts of these segment hashes of one source; hashes never counted are left out. */
    Map<Long, Integer> segmentCounts(String source, Set<Long> hashes);

    /** The segment hashes counted in at least {@code minArticles} articles, by source. */
    Map<String, Set<Long>> recurringSegments(int minArticles);
}
