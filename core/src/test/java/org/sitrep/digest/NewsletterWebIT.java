package org.sitrep.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Facts;
import org.sitrep.store.Store;
import org.sitrep.store.Subscriber;
import org.sitrep.web.SituationService;
import org.sitrep.web.WebServer;

/** The subscribe form, confirmation link, subscriber list and one-click unsubscribe over HTTP, mail over SMTP. */
class NewsletterWebIT {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);
    private static final Pattern LINK = Pattern.compile("(http://\\S+/confirm\\?token=\\S+)");

    @TempDir
    Path dir;

    @Test
    void subscribesThroughTheFormConfirmsByLinkAndUnsubscribesInOneClick() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (Store store = Store.open(dir.resolve("store").toString())) {
            SituationService service = new SituationService(store,
                    new ArticleBuilder(BoilerplateDetector.standard(), LanguageIdentifier.load()), Facts::none);
            String[] base = new String[1];
            try (WebServer server = startWithNewsletter(store, service, base)) {
                HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base[0] + "/api/subscribe"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email=reader%40example.org&lang=ar&topics=Hama%2C+Aleppo"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(form.statusCode()).isEqualTo(202);
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base[0] + "/api/subscribe"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email=nonsense")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base[0] + "/api/subscribers")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

                String mail = GreenMailUtil.getBody(greenMail.getReceivedMessages()[0]);
                assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("أكّد اشتراكك في نشرة sitrep");
                Matcher link = LINK.matcher(mail.replace("=\r\n", "").replace("=3D", "="));
                assertThat(link.find()).as(mail).isTrue();
                String confirmUrl = link.group(1).replace("http://sitrep.test", base[0]);
                assertThat(http.send(HttpRequest.newBuilder(URI.create(confirmUrl)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                assertThat(store.subscriber("reader@example.org").orElseThrow().status())
                        .isEqualTo(Subscriber.Status.CONFIRMED);
                HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base[0] + "/api/subscribers"))
                        .header("Authorization", "Bearer t").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(list.body()).contains("reader@example.org", "confirmed", "Hama,Aleppo");

                Newsletter newsletter = newsletter(store);
                String unsubscribe = newsletter.unsubscribeUrl("reader@example.org").replace("http://sitrep.test", base[0]);
                HttpResponse<String> preferences = http.send(HttpRequest.newBuilder(URI.create(
                        unsubscribe.replace("/unsubscribe?", "/preferences?"))).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(preferences.body()).contains("reader@example.org", "value=\"ar\" selected");
                HttpResponse<String> oneClick = http.send(HttpRequest.newBuilder(URI.create(unsubscribe))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(oneClick.statusCode()).isEqualTo(200);
                assertThat(store.subscriber("reader@example.org").orElseThrow().status())
                        .isEqualTo(Subscriber.Status.UNSUBSCRIBED);
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base[0] + "/confirm?token=forged")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
            }
        }
    }

    private static Newsletter newsletter(Store store) {
        return new Newsletter(store, new MailSettings("127.0.0.1", ServerSetupTest.SMTP.getPort(), Optional.empty(),
                Optional.empty(), false, "sitrep <digest@sitrep.test>", "http://sitrep.test", 1000), Clock.systemUTC(),
                Duration.ofMillis(10));
    }

    private static WebServer startWithNewsletter(Store store, SituationService service, String[] base) {
        WebServer server = WebServer.start(service, Gazetteer.load(), KnowledgeBase.load(), Optional.of("t"), 100_000,
                "127.0.0.1", 0, Optional.of(newsletter(store)));
        base[0] = "http://127.0.0.1:" + server.port();
        return server;
    }
}
