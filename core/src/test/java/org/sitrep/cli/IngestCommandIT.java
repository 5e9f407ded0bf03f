package org.sitrep.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.Store;
import org.sitrep.testing.TestData;

class IngestCommandIT {
    @TempDir
    Path dir;
    Path inbox;
    String db;

    @BeforeEach
    void writeInputs() throws IOException {
        inbox = Files.createDirectories(dir.resolve("inbox"));
        db = dir.resolve("store").toString();
        write("a.txt", "published: 2024-12-05\nsource: Wire\n\nRebels enter Hama\n\nOpposition fighters entered the "
                + "city of Hama on Thursday after days of fighting with government forces.\n");
        write("b.html", "<html><head><title>Daraa</title></head><body><nav>Menu</nav><article><p>Local fighters said "
                + "they had taken control of Daraa city, the cradle of the 2011 uprising.</p></article></body></html>");
        write("c.json", "{\"title\":\"Homs\",\"text\":\"Rebels reached the outskirts of Homs, a strategic crossroads "
                + "between the coast and the capital.\",\"published\":\"2024-12-06\",\"source\":\"Agency\"}");
        write("d.jsonl", "{\"text\":\"Government forces withdrew from Suwayda province overnight, residents said.\"}\n"
                + "{\"text\": broken}\n"
                + "{\"text\":\"Kurdish-led forces took over several neighbourhoods in Deir ez-Zor on Friday.\"}\n");
        write("e.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title><link>http://f</link>"
                + "<description>d</description><item><title>Quneitra</title><link>http://f/1</link>"
                + "<description>Fighters announced they had entered Quneitra near the Golan heights.</description>"
                + "</item></channel></rss>");
        write("empty.txt", "");
        Files.write(inbox.resolve("binary.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, 3});
        Files.write(inbox.resolve("latin1.txt"), "Rebels in Hama – café".getBytes(Charset.forName("windows-1252")));
        write("cut.json", "{\"text\": \"Rebels advanced towards");
        write("malformed.json", "{\"text\": \"x\" \"title\": \"y\"}");
        write("cut.html", "<html><body><p>The army said that");
        write("big.txt", "Rebels advanced. ".repeat(2000));
    }

    @Test
    void storesEveryInputKindAndNamesEachBadFile() {
        Cli run = Cli.run("ingest", "--db", db, "--no-extract", "--max-size", "20000", inbox.toString());
        assertThat(run.exitCode()).isEqualTo(SitrepCommand.EXIT_BAD_INPUT);
        assertThat(run.out()).contains("6 stored, 0 duplicates, 0 near-duplicates linked, 8 errors");
        assertThat(run.err().lines()).containsExactlyInAnyOrder(
                "error " + inbox.resolve("big.txt") + ": oversized: 34000 bytes exceeds the limit of 20000 bytes "
                        + "(--max-size)",
                "error " + inbox.resolve("binary.txt") + ": binary content (NUL byte at offset 6), not text",
                "error " + inbox.resolve("cut.html") + ": truncated HTML: no closing </body> or </html>",
                "error " + inbox.resolve("cut.json") + ": truncated JSON: input ends at line 1, column 34",
                "error " + inbox.resolve("malformed.json") + ": malformed JSON at line 1, column 14: Unexpected "
                        + "character ('\"' (code 34)): was expecting comma to separate Object entries",
                "error " + inbox.resolve("d.jsonl") + ":2: malformed JSON at line 1, column 10: Unrecognized token "
                        + "'broken': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or "
                        + "'false')",
                "error " + inbox.resolve("empty.txt") + ": empty file",
                "error " + inbox.resolve("latin1.txt") + ": not valid UTF-8 (first bad byte at offset 15) and no "
                        + "other charset declared");
        try (Store store = Store.open(db)) {
            assertThat(store.articles()).extracting(ArticleSummary::title).containsExactlyInAnyOrder(
                    "Rebels enter Hama", "Daraa", "Homs", "Quneitra",
                    "Government forces withdrew from Suwayda province overnight, residents said.",
                    "Kurdish-led forces took over several neighbourhoods in Deir ez-Zor on Friday.");
            assertThat(store.articles()).filteredOn(a -> a.title().equals("Homs")).singleElement()
                    .satisfies(a -> assertThat(a.source()).isEqualTo("Agency"));
        }
    }

    @Test
    void skipsExactDuplicatesOnSecondRunAndLosesNothing() {
        Cli.run("ingest", "--db", db, "--no-extract", "--max-size", "20000", inbox.toString());
        Cli again = Cli.run("ingest", "--db", db, "--no-extract", "--max-size", "20000", inbox.toString());
        assertThat(again.out()).contains("0 stored, 6 duplicates");
        assertThat(again.out()).contains("duplicate " + inbox.resolve("a.txt") + ": same content as stored article");
        try (Store store = Store.open(db)) {
            assertThat(store.articles()).hasSize(6);
        }
    }

    @Test
    void linksARepublicationWithSmallEditsInsteadOfStoringIt() throws IOException {
        Path seed = TestData.seedArticle();
        String republished = Files.readString(seed).replace("source: Sunna Files", "source: Mirror Site")
                .replace("Turkish President Recep", "President Recep")
                .replace("Sunna Files Free Newsletter", "Mirror Site Newsletter");
        Path copy = Files.writeString(dir.resolve("mirror.txt"), republished);
        Cli run = Cli.run("ingest", "--db", db, "--no-extract", seed.toString(), copy.toString(), "--threads", "1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 stored, 0 duplicates, 1 near-duplicates linked");
        assertThat(run.out()).containsPattern("near-duplicate .*mirror.txt: re-publication of [0-9a-f]{16} "
                + "\\(similarity 0\\.9\\d\\), linked");
        try (Store store = Store.open(db)) {
            ArticleSummary only = store.articles().get(0);
            assertThat(store.articles()).hasSize(1);
            assertThat(only.aliases()).isEqualTo(1);
            assertThat(store.aliases(only.id())).singleElement()
                    .satisfies(alias -> assertThat(alias.source()).isEqualTo("Mirror Site"));
        }
    }

    @Test
    void readsAFeedFromALocalhostUrl() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] feed = Files.readAllBytes(inbox.resolve("e.rss"));
        server.createContext("/feed.rss", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, feed.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(feed);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.rss";
            Cli run = Cli.run("ingest", "--db", db, "--no-extract", url, url.replace("feed.rss", "missing"));
            assertThat(run.out()).contains("stored ").contains(url + "#1");
            assertThat(run.err()).contains("error " + url.replace("feed.rss", "missing") + ": HTTP status 404");
            assertThat(run.exitCode()).isEqualTo(SitrepCommand.EXIT_BAD_INPUT);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void listsAndShowsStoredArticles() {
        Cli.run("ingest", "--db", db, "--no-extract", inbox.resolve("a.txt").toString());
        Cli list = Cli.run("articles", "--db", db);
        assertThat(list.out()).contains("2024-12-05", "Wire", "Rebels enter Hama", "1 articles");
        String id = list.out().lines().skip(1).findFirst().orElseThrow().substring(0, 16);
        Cli show = Cli.run("show", id.substring(0, 6), "--db", db);
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("Article " + id, "title:     Rebels enter Hama", "published: 2024-12-05");
        Cli json = Cli.run("show", id, "--db", db, "--format", "json");
        assertThat(json.out()).contains("\"id\" : \"" + id + "\"");
        assertThat(Cli.run("show", "ffff", "--db", db).err()).contains("no article with id ffff");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(inbox.resolve(name), content, UTF_8);
    }
}
