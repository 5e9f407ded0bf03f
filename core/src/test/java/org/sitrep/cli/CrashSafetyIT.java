package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.Store;

/** Kills a real ingest process with SIGKILL mid-run and checks that everything it reported as stored is there. */
class CrashSafetyIT {
    private static final Pattern STORED = Pattern.compile("^stored ([0-9a-f]{16}) ");
    private static final int FILES = 400;
    private static final int KILL_AFTER = 40;

    @TempDir
    Path dir;

    @Test
    void killedIngestLosesNothingItReportedAsStored() throws Exception {
        Path inbox = writeDistinctArticles(Files.createDirectories(dir.resolve("inbox")));
        String db = dir.resolve("store").toString();
        Process ingest = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SitrepCommand.class.getName(),
                "ingest", "--db", db, "--no-extract", "--threads", "2", "--no-progress", inbox.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(ingest.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (reported.size() < KILL_AFTER && (line = out.readLine()) != null) {
                Matcher stored = STORED.matcher(line);
                if (stored.find()) {
                    reported.add(stored.group(1));
                }
            }
            ingest.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
            assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).hasSize(KILL_AFTER);
        try (Store store = Store.open(db)) {
            List<String> ids = store.articles().stream().map(ArticleSummary::id).toList();
            assertThat(ids).containsAll(reported).hasSizeLessThan(FILES);
            for (String id : reported) {
                assertThat(store.facts(id)).isPresent();
                assertThat(store.article(id)).hasValueSatisfying(article ->
                        assertThat(article.text()).startsWith("published: 2024-12-0"));
            }
        }
        // The store is still usable: a second run completes the rest without duplicates being stored twice.
        Cli resumed = Cli.run("ingest", "--db", db, "--no-extract", inbox.toString());
        assertThat(resumed.exitCode()).isZero();
        try (Store store = Store.open(db)) {
            assertThat(store.articles()).hasSize(FILES);
        }
    }

    /** Word salad from a fixed vocabulary: every file a distinct article, none a near-duplicate of another. */
    private static Path writeDistinctArticles(Path inbox) throws IOException {
        String[] words = ("rebels army city province fighters government forces entered withdrew took control of "
                + "the village town near border airport road said on monday tuesday officials reported shelling "
                + "clashes killed wounded civilians convoy aid talks ceasefire north south east west hills river")
                .split(" ");
        Random random = new Random(42);
        for (int i = 0; i < FILES; i++) {
            StringBuilder text = new StringBuilder("published: 2024-12-0" + (1 + i % 9) + "\n\nArticle " + i + "\n\n");
            for (int w = 0; w < 400; w++) {
                text.append(words[random.nextInt(words.length)]).append(w % 15 == 14 ? ".\n" : " ");
            }
            Files.writeString(inbox.resolve(String.format("article-%04d.txt", i)), text);
        }
        return inbox;
    }
}
