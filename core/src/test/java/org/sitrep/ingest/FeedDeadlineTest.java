package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedDeadlineTest {

    @Test
    void aFeedThatTricklesForeverEndsAtTheDeadlineWithOneError() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>slow</title>"
                        .getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 600; i++) { // a byte every 100 ms: never done within the deadline
                    body.write(' ');
                    body.flush();
                    Thread.sleep(100);
                }
            } catch (Exception ignored) {
                // the client hung up: expected
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
            InputReader reader = new InputReader(InputReader.DEFAULT_MAX_BYTES, Duration.ofSeconds(2));
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> reader.read(url))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage(url + ": cannot read: the download took longer than 2 s"));
        } finally {
            server.stop(0);
        }
    }
}
