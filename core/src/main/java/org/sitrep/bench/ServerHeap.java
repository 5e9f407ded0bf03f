package org.sitrep.bench;

import java.io.PrintWriter;
import java.util.Locale;
import org.sitrep.model.Facts;
import org.sitrep.pipeline.Models;
import org.sitrep.store.Store;
import org.sitrep.web.SituationService;

/**
 * The heap the server's in-memory state retains over a store: live heap (after collections) before and after the
 * service loads every stored article and builds its search index. What {@code serve} keeps, not what it reads.
 */
public final class ServerHeap {
    private final Store store;
    private final PrintWriter out;

    public ServerHeap(Store store, PrintWriter out) {
        this.store = store;
        this.out = out;
    }

    public void run() throws InterruptedException {
        var builder = Models.shared().articleBuilder(); // loaded before the first reading: not the service's
        store.forEachFacts(facts -> { }); // the database's page cache fills now, so it is not counted below
        long before = liveHeap();
        long start = System.nanoTime();
        SituationService service = new SituationService(store, builder, Facts::none);
        service.searchIndex();
        long seconds = System.nanoTime() - start;
        long after = liveHeap();
        out.printf(Locale.ROOT, "server state for %d articles (%d merged events): %.1f MB retained, loaded in %.1f s%n",
                store.articleCount(), service.situation().events().size(), (after - before) / 1e6, seconds / 1e9);
        out.flush();
    }

    private static long liveHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
