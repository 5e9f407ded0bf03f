package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.pipeline.Models;
import org.sitrep.store.Store;
import org.sitrep.store.StoreSharing;
import org.sitrep.testing.TestData;
import org.sitrep.web.SituationService;
import org.sitrep.web.WebServer;

/** The demo's server for tests: the bundled samples ingested into a fresh store, served on a free loopback port. */
final class ServerFixture implements AutoCloseable {
    static final String TOKEN = "test-token-123";
    private final String db;
    private Store store;
    private WebServer server;
    private StoreSharing sharing;

    ServerFixture(Path dir) {
        db = dir.resolve("store").toString();
        Cli ingest = Cli.run("ingest", "--db", db, TestData.projectRoot().resolve("samples").toString());
        if (ingest.exitCode() != 0) {
            throw new IllegalStateException("sample ingest failed: " + ingest.err());
        }
        open(0);
    }

    private void open(int port) {
        store = Store.open(db);
        sharing = StoreSharing.share(db).orElseThrow(); // as `serve` does: the CLI may read the store meanwhile
        SituationService service = new SituationService(store,
                Models.shared().articleBuilder(), Models.shared().extractor());
        server = WebServer.start(service, Models.shared().gazetteer(), Models.shared().knowledge(), Optional.of(TOKEN),
                100_000, "127.0.0.1", port);
    }

    /** Stops the server and closes the store, then opens both again on the same port, as an operator's restart. */
    void restart() {
        int port = server.port();
        close();
        open(port);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The store's path, for a second process to open while the server holds it. */
    String db() {
        return db;
    }

    @Override
    public void close() {
        server.close();
        sharing.close();
        store.close();
    }
}
