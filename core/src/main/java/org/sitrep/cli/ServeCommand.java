package org.sitrep.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.pipeline.Models;
import org.sitrep.ingest.InputReader;
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
    /** How often the server looks for articles that other writers stored. */
    static final int CATCH_UP_SECONDS = 5;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Mixin
    MailOptions mail;

    @Option(names = "--digest-days", defaultValue = "1,15", description = "Days of the month the digest is sent "
            + "(default: ${DEFAULT-VALUE}); with --no-digest, never.")
    String digestDays;

    @Option(names = "--no-digest", description = "Do not send the digest on schedule.")
    boolean noDigest;

    @Option(names = "--token", defaultValue = "${env:SITREP_TOKEN}",
            description = "Bearer token that writes need (default: $SITREP_TOKEN; without one, writes are refused).")
    String token;

    @Override
    public Integer call() throws InterruptedException {
        try (Store opened = store.open(); var shared = org.sitrep.store.StoreSharing.share(store.db).orElse(null)) {
            serve(opened, host, port, Optional.ofNullable(token).filter(t -> !t.isBlank()), spec,
                    Optional.of(mail), noDigest ? Optional.empty()
                            : Optional.of(org.sitrep.digest.DigestSchedule.parse(digestDays)));
            return 0;
        }
    }

    /** Starts the server on the store (with the newsletter and its schedule when given) and blocks. */
    static void serve(Store store, String host, int port, Optional<String> token, CommandSpec spec,
                      Optional<MailOptions> mail, Optional<org.sitrep.digest.DigestSchedule> schedule)
            throws InterruptedException {
        Models models = Models.shared();
        // What batch ingests learned of each source's boilerplate, as of start: a POSTed article counts nothing.
        var learned = org.sitrep.ingest.LearnedBoilerplate.of(
                store.recurringSegments(org.sitrep.ingest.LearnedBoilerplate.MIN_ARTICLES));
        SituationService service = new SituationService(store, models.articleBuilder(learned), models.extractor());
        Gazetteer gazetteer = models.gazetteer();
        KnowledgeBase knowledge = models.knowledge();
        Optional<org.sitrep.digest.Newsletter> newsletter = mail.map(m -> m.newsletter(store));
        try (WebServer server = WebServer.start(service, gazetteer, knowledge, token, InputReader.DEFAULT_MAX_BYTES,
                host, port, newsletter)) {
            spec.commandLine().getOut().printf("sitrep is serving on http://%s:%d/ (Ctrl-C to stop)%n",
                    host.equals("127.0.0.1") || host.equals("0.0.0.0") ? "localhost" : host, server.port());
            spec.commandLine().getOut().flush();
            java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors
                    .newSingleThreadScheduledExecutor();
            // Articles other writers store (an ingest, a Flink job on the same PostgreSQL) join the picture here.
            timer.scheduleWithFixedDelay(() -> {
                try {
                    service.catchUp();
                } catch (RuntimeException e) {
                    spec.commandLine().getErr().println("reading new articles from the store failed: "
                            + e.getMessage());
                }
            }, CATCH_UP_SECONDS, CATCH_UP_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            if (newsletter.isPresent() && schedule.isPresent()) {
                org.sitrep.digest.DigestBuilder builder = new org.sitrep.digest.DigestBuilder(gazetteer, knowledge);
                String baseUrl = mail.get().baseUrl;
                // Hourly: on a sending day, each language's issue goes to whoever has not had it (the send log
                // makes the repeats harmless).
                timer.scheduleAtFixedRate(() -> schedule.get().periodFor(java.time.LocalDate.now()).ifPresent(p -> {
                    for (String lang : java.util.List.of("en", "ar")) {
                        try {
                            var facts = service.store().allFacts(); // texts only while an issue is built
                            newsletter.get().send(builder.build(service.situation(), facts, p[0], p[1], lang, baseUrl),
                                    topics -> builder.build(service.situation(), facts, p[0], p[1], lang, baseUrl,
                                            topics));
                        } catch (RuntimeException e) {
                            spec.commandLine().getErr().println("digest " + p[0] + ".." + p[1] + " " + lang
                                    + " failed: " + e.getMessage());
                        }
                    }
                }), 1, 60, java.util.concurrent.TimeUnit.MINUTES);
            }
            try {
                new CountDownLatch(1).await();
            } finally {
                timer.shutdownNow();
            }
        }
    }
}
