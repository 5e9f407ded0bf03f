package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.model.Facts;
import org.sitrep.store.SendRecord;
import org.sitrep.store.Store;
import org.sitrep.store.Subscriber;
import org.sitrep.testing.Samples;

/** Kills a real digest-sending process with SIGKILL mid-run: a restart sends no one a second copy. */
class DigestCrashSafetyIT {
    private static final int SUBSCRIBERS = 60;
    private static final int KILL_AFTER = 15;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    Path dir;

    @Test
    void killedSendingResumesWithoutDuplicatesAndLosesAtMostTheMailInFlight() throws Exception {
        String db = dir.resolve("store").toString();
        try (Store store = Store.open(db)) {
            Facts facts = Samples.factsOfEveryKind();
            store.save(Samples.articleOfEveryKind(), facts, Fingerprint.of(Samples.TEXT));
            for (int i = 0; i < SUBSCRIBERS; i++) {
                String email = "reader" + i + "@example.org";
                store.subscribe(email, "en", List.of());
                store.setStatus(email, Subscriber.Status.CONFIRMED);
            }
        }
        List<String> send = List.of("digest", "send", "--db", db, "--period", "2024-12-01..2024-12-15",
                "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(ServerSetupTest.SMTP.getPort()),
                "--rate", "10");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), SitrepCommand.class.getName()));
        command.addAll(send);
        Process sender = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (greenMail.getReceivedMessages().length < KILL_AFTER && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        sender.destroyForcibly(); // SIGKILL: no shutdown hook, no last write
        assertThat(sender.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int beforeRestart = greenMail.getReceivedMessages().length;
        assertThat(beforeRestart).isBetween(KILL_AFTER, SUBSCRIBERS - 1);

        Cli resumed = Cli.run(send.toArray(String[]::new));
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();

        Map<String, Integer> received = new HashMap<>();
        for (Message message : greenMail.getReceivedMessages()) {
            received.merge(((InternetAddress) message.getAllRecipients()[0]).getAddress(), 1, Integer::sum);
        }
        assertThat(received.values()).as("no one gets a second copy").containsOnly(1);
        try (Store store = Store.open(db)) {
            List<SendRecord> log = store.sendLog();
            assertThat(log).hasSize(SUBSCRIBERS);
            // Every address the log calls sent has its mail; only the one claimed at the kill may be without one.
            assertThat(log).filteredOn(r -> r.status() == SendRecord.Status.SENT).isNotEmpty()
                    .allSatisfy(r -> assertThat(received).containsKey(r.email()));
            assertThat(log).filteredOn(r -> r.status() != SendRecord.Status.SENT).hasSizeLessThanOrEqualTo(1);
            assertThat(received.size()).isGreaterThanOrEqualTo(SUBSCRIBERS - 1);
        }
    }
}
