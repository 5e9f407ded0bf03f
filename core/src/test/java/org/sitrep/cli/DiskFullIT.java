package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.Store;

/** A store whose disk fills up or turns read-only: one clear line, a non-zero exit, and everything stored is kept. */
class DiskFullIT {
    private static final Pattern STORED = Pattern.compile("^stored ([0-9a-f]{16}) ", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void aFullDiskStopsIngestWithOneClearLineAndKeepsWhatWasReported() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString()) == 0,
                "skipped: cannot mount a small tmpfs here (needs root in a privileged container)");
        try {
            Path inbox = Files.createDirectories(dir.resolve("inbox"));
            Random random = new Random(7);
            for (int i = 0; i < 600; i++) {
                StringBuilder text = new StringBuilder("published: 2016-12-13\n\nReport " + i + "\n\n");
                for (int w = 0; w < 300; w++) {
                    text.append(Long.toString(random.nextLong(), 36)).append(w % 12 == 11 ? ".\n" : " ");
                }
                Files.writeString(inbox.resolve(String.format("a-%04d.txt", i)), text);
            }
            String db = disk.resolve("store").toString();
            // In a child process, as an operator runs it: the failed database must not linger in this JVM.
            Cli full = inChild("ingest", "--db", db, "--no-extract", "--threads", "2", inbox.toString());
            assertThat(full.exitCode()).isEqualTo(SitrepCommand.EXIT_STORE);
            assertThat(full.err().strip().lines().toList()).as(full.err()).singleElement().satisfies(line ->
                    assertThat(line).startsWith("store error: ").contains(db)
                            .containsAnyOf("No space left on device", "disk may be full").doesNotContain("\tat "));
            Matcher stored = STORED.matcher(full.out());
            List<String> reported = stored.results().map(m -> m.group(1)).toList();
            assertThat(reported).isNotEmpty().hasSizeLessThan(600);
            assertThat(run("mount", "-o", "remount,size=64m", disk.toString())).isZero();
            try (Store store = Store.open(db)) {
                assertThat(store.articles().stream().map(ArticleSummary::id).toList()).containsAll(reported);
            }
        } finally {
            run("umount", "-l", disk.toString()); // lazily: a store thread may still hold its file
        }
    }

    @Test
    void aReadOnlyStoreRefusesNewArticlesWithOneClearLineAndStillReads() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("readonly"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk.toString()) == 0,
                "skipped: cannot mount a small tmpfs here (needs root in a privileged container)");
        try {
            String db = disk.resolve("store").toString();
            Path samples = org.sitrep.testing.TestData.projectRoot().resolve("samples");
            Path seed = samples.resolve("seed-sunna-files-2024-12-07.txt");
            assertThat(Cli.run("ingest", "--db", db, "--no-extract", seed.toString()).exitCode()).isZero();
            assertThat(run("mount", "-o", "remount,ro", disk.toString())).isZero();
            Cli refused = Cli.run("ingest", "--db", db, "--no-extract", samples.toString());
            assertThat(refused.exitCode()).isEqualTo(SitrepCommand.EXIT_STORE);
            assertThat(refused.err().strip().lines().toList()).as(refused.err()).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("store error: ").contains("read only"));
            Cli listed = Cli.run("articles", "--db", db);
            assertThat(listed.exitCode()).isZero();
            assertThat(listed.out()).contains("Sunna Files");
        } finally {
            run("umount", "-l", disk.toString());
        }
    }

    private Cli inChild(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), SitrepCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        int exit = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start()
                .waitFor();
        return new Cli(exit, Files.readString(out), Files.readString(err));
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
