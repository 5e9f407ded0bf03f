package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.pipeline.Models;
import org.sitrep.store.Store;
import org.sitrep.testing.TestData;
import org.sitrep.web.SituationService;
import org.sitrep.web.WebServer;

/** The demo's server for tests: the bundled samples ingested into a fresh store, served on a free loopback port. */
final class ServerFixture implements AutoCloseable {
    static final String TOKEN = "test-token-123";
    private final Store store;
    private final WebServer server;

    ServerFixture(Path dir) {
        String db = dir.resolve("store").toString();
        Cli ingest = Cli.run("ingest", "--db", db, TestData.projectRoot().resolve("samples").toString());
        if (ingest.exitCode() != 0) {
            throw new IllegalStateException("sample ingest failed: " + ingest.err());
        }
        store = Store.open(db);
        SituationService service = new SituationService(store,
                Models.shared().articleBuilder(), Models.shared().extractor());
        server = WebServer.start(service, Models.shared().gazetteer(), Models.shared().knowledge(), Optional.of(TOKEN),
                100_000, "127.0.0.1", 0);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
