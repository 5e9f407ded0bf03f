package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;

/**
 * Where articles and their facts live. One interface for every backend (embedded H2, PostgreSQL), so the CLI,
 * the server and a Flink sink share it. Implementations are thread-safe.
 */
public interface Store extends SubscriberStore, ReviewStore, BoilerplateStore, AutoCloseable {

    /** Opens (creating and migrating as needed) the store at a JDBC URL or an H2 file path. */
    static Store open(String location) {
        return JdbiStore.open(StoreLocation.parse(location));
    }

    /** The stored article with the same content, or one whose body is nearly the same. */
    Optional<Duplicate> findDuplicate(Fingerprint fingerprint);

    /**
     * Stores an article (its text once) with all its facts in one transaction, unless the store already holds it: the duplicate
     * decision and the insert are one atomic step under a store-wide lock, so concurrent writers (threads,
     * servers, Flink subtasks) never store one article twice. A near copy is linked as a re-publication instead.
     *
     * @return empty when stored; otherwise the stored article it duplicates
     */
    Optional<Duplicate> save(Article article, Facts facts, Fingerprint fingerprint);

    /** A stored article with its text, to which its facts' offsets point. */
    Optional<Article> article(String articleId);

    /** Records, once however many writers try, that {@code article} re-publishes {@code duplicate.articleId()}. */
    void linkNearDuplicate(Article article, Fingerprint fingerprint, Duplicate duplicate);

    /** Every stored article, newest first, with how many facts of each kind it has. */
    List<ArticleSummary> articles();

    /** One page of {@link #articles()}, paged in SQL. */
    List<ArticleSummary> articles(int offset, int limit);

    /** How many articles are stored. */
    int articleCount();

    /** One article with all its stored facts. */
    Optional<Facts> facts(String articleId);

    /** The re-publications linked to an article. */
    List<Alias> aliases(String articleId);

    /** Every article with its facts, for rebuilding derived views. */
    List<Facts> allFacts();

    /** Every article with its facts, one at a time, read in batches (memory bounded by a batch, not the store). */
    void forEachFacts(java.util.function.Consumer<Facts> consumer);

    /** Every stored article with its text and facts, read in batches; the texts are for a pass, not to keep. */
    void forEachStored(java.util.function.BiConsumer<Article, Facts> consumer);

    /** Every stored article's id, in id order (for a reader that catches up with other writers). */
    List<String> articleIds();

    /** The named stored articles with their texts and facts, read in batches; ids not stored are skipped. */
    void forEachStored(List<String> articleIds, java.util.function.BiConsumer<Article, Facts> consumer);

    @Override
    void close();
}
