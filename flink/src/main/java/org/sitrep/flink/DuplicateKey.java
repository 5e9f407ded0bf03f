package org.sitrep.flink;

import org.apache.flink.api.java.functions.KeySelector;
import org.sitrep.ingest.ArticleBuilder;

/**
 * The key that sends copies of an article to the same subtask: the first value of its MinHash sketch. Exact copies
 * share the whole sketch, so they always meet; a near copy with (estimated) Jaccard similarity J shares any one
 * MinHash value with probability J, so re-publications (J ≥ 0.8, the store's near-duplicate threshold) meet four
 * times in five or more. Copies that meet are handled in arrival order by one subtask, whose look in the store before
 * extraction finds the first and links the copy without extracting it. The key saves work and keeps an order; it
 * never decides a duplicate: the store does, in the same transaction as the insert, whatever subtask asks.
 */
final class DuplicateKey implements KeySelector<ArticleBuilder.Built, Integer> {
    private static final long serialVersionUID = 1L;

    @Override
    public Integer getKey(ArticleBuilder.Built built) {
        return built.fingerprint().minHash()[0];
    }
}
