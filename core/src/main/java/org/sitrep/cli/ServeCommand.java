package org.sitrep.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.store.Store;
import org.sitrep.web.SituationService;
import org.sitrep.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the REST API and the map-and-timeline web UI over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the REST API (/api/…, /openapi.json) and the web UI on http://HOST:PORT/.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--token", defaultValue = "${env:SITREP_TOKEN}",
            description = "Bearer token that writes need (default: $SITREP_TOKEN; without one, writes are refused).")
    String token;

    @Override
    public Integer call() throws InterruptedException {
        try (Store opened = store.open()) {
            serve(opened, host, port, Optional.ofNullable(token).filter(t -> !t.isBlank()), spec);
            return 0;
        }
    }

    /** Starts the server on the store and blocks until the process is stopped. */
    static void serve(Store store, String host, int port, Optional<String> token, CommandSpec spec)
            throws InterruptedException {
        SituationService service = new SituationService(store,
                new ArticleBuilder(BoilerplateDetector.standard(), LanguageIdentifier.load()), SharedExtractor.get());
        try (WebServer server = WebServer.start(service, Gazetteer.load(), KnowledgeBase.load(), token,
                InputReader.DEFAULT_MAX_BYTES, host, port)) {
            spec.commandLine().getOut().printf("sitrep is serving on http://%s:%d/ (Ctrl-C to stop)%n",
                    host.equals("127.0.0.1") || host.equals("0.0.0.0") ? "localhost" : host, server.port());
            spec.commandLine().getOut().flush();
            new CountDownLatch(1).await();
        }
    }
}
