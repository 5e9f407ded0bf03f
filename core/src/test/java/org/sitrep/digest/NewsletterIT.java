package org.sitrep.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Facts;
import org.sitrep.situation.Situation;
import org.sitrep.store.SendRecord;
import org.sitrep.store.Store;
import org.sitrep.store.Subscriber;
import org.sitrep.testing.Samples;

/** Subscriptions and digests over real SMTP: GreenMail in-process, and a refusing server for 4xx and 5xx. */
class NewsletterIT {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9%_.\\-]+)");

    @TempDir
    Path dir;
    Store store;
    DigestIssue issue;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("store").toString());
        Facts facts = Samples.factsOfEveryKind();
        store.save(Samples.articleOfEveryKind(), facts, Fingerprint.of(Samples.TEXT));
        issue = new DigestBuilder(Gazetteer.load(), KnowledgeBase.load()).build(Situation.of(List.of(facts)),
                List.of(facts), LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 15), "en", "http://sitrep.test");
    }

    private Newsletter newsletter(int port) {
        return new Newsletter(store, new MailSettings("127.0.0.1", port, Optional.empty(), Optional.empty(), false,
                "sitrep <digest@sitrep.test>", "http://sitrep.test", 1000), Clock.systemUTC(), Duration.ofMillis(10));
    }

    private Newsletter greenMailNewsletter() {
        return newsletter(ServerSetupTest.SMTP.getPort());
    }

    private static String token(String text) {
        Matcher matcher = TOKEN.matcher(text);
        assertThat(matcher.find()).as("a token link in " + text).isTrue();
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

    @Test
    void sendsNothingButTheConfirmationUntilTheAddressIsConfirmed() throws Exception {
        Newsletter newsletter = greenMailNewsletter();
        newsletter.subscribe("Reader@Example.org", "en", List.of("Hama"));
        newsletter.subscribe("reader@example.org", "en", List.of("Hama", "Aleppo"));
        assertThat(store.subscribers()).singleElement().satisfies(s -> {
            assertThat(s.email()).isEqualTo("reader@example.org");
            assertThat(s.status()).isEqualTo(Subscriber.Status.PENDING);
            assertThat(s.topics()).containsExactly("Hama", "Aleppo");
        });
        MimeMessage[] confirmations = greenMail.getReceivedMessages();
        assertThat(confirmations).hasSize(2);
        assertThat(confirmations[0].getSubject()).isEqualTo("Confirm your sitrep digest subscription");
        assertThat(newsletter.send(issue).sent()).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(2);

        String token = token(GreenMailUtil.getBody(confirmations[1]));
        assertThat(newsletter.confirm(token + "x")).isEmpty();
        assertThat(newsletter.confirm(token)).contains("reader@example.org");
        assertThat(store.subscriber("reader@example.org").orElseThrow().status()).isEqualTo(Subscriber.Status.CONFIRMED);
        assertThatThrownBy(() -> newsletter.subscribe("not an address", "en", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid e-mail address");
    }

    @Test
    void deliversTheDigestWithBothPartsAndOneClickUnsubscribe() throws Exception {
        Newsletter newsletter = greenMailNewsletter();
        newsletter.subscribe("reader@example.org", "en", List.of());
        newsletter.confirm(token(GreenMailUtil.getBody(greenMail.getReceivedMessages()[0])));
        assertThat(newsletter.send(issue)).isEqualTo(new Newsletter.SendReport(1, 0, 0, 0));

        MimeMessage digest = greenMail.getReceivedMessages()[1];
        assertThat(digest.getSubject()).isEqualTo("sitrep digest: 2024-12-01 – 2024-12-15");
        String unsubscribe = digest.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).startsWith("<http://sitrep.test/unsubscribe?token=");
        assertThat(digest.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        MimeMultipart parts = (MimeMultipart) digest.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        String html = (String) parts.getBodyPart(1).getContent();
        String unsubscribeUrl = unsubscribe.substring(1, unsubscribe.length() - 1);
        assertThat(html).contains("Hama", "held by", "Syrian opposition", "<svg", "href=\"" + unsubscribeUrl + "\"")
                .doesNotContain("SITREP-");
        String text = ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
        assertThat(text).contains("Changes of control", "Hama (حماة): held by Syrian opposition", "(1 source)\n",
                "Unsubscribe:\n" + unsubscribeUrl + "\n").doesNotContain("SITREP-");

        assertThat(newsletter.unsubscribe(token(unsubscribe))).contains("reader@example.org");
        assertThat(store.subscriber("reader@example.org").orElseThrow().status())
                .isEqualTo(Subscriber.Status.UNSUBSCRIBED);
        DigestIssue next = new DigestIssue("2024-12-16_2024-12-31_en", LocalDate.of(2024, 12, 16),
                LocalDate.of(2024, 12, 31), "en", "next", "<p>x</p>", "x");
        assertThat(newsletter.send(next).sent()).isZero();
    }

    @Test
    void sendsEachSubscriberOnlyTheTopicsTheyFollow() throws Exception {
        Facts facts = store.facts(store.articles().get(0).id()).orElseThrow();
        DigestBuilder builder = new DigestBuilder(Gazetteer.load(), KnowledgeBase.load());
        Situation situation = Situation.of(List.of(facts));
        LocalDate from = LocalDate.of(2024, 12, 1);
        LocalDate to = LocalDate.of(2024, 12, 15);
        for (String address : List.of("all@example.org", "hama@example.org", "aleppo@example.org")) {
            store.subscribe(address, "en", address.startsWith("all") ? List.of()
                    : List.of(address.startsWith("hama") ? "hama" : "Aleppo"));
            store.setStatus(address, Subscriber.Status.CONFIRMED);
        }
        Newsletter.SendReport report = greenMailNewsletter().send(issue,
                topics -> builder.build(situation, List.of(facts), from, to, "en", "http://sitrep.test", topics));
        assertThat(report.sent()).isEqualTo(3);
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
            String to0 = message.getAllRecipients()[0].toString();
            if (to0.startsWith("aleppo")) {
                assertThat(text).doesNotContain("Hama").contains("Nothing reported in this period.");
            } else {
                assertThat(text).contains("Hama (حماة): held by Syrian opposition");
            }
        }
        assertThat(store.sendLog(issue.id())).hasSize(3);
    }

    @Test
    void neverMailsAnIssueTwiceAfterACrashOrARetry() throws Exception {
        Newsletter newsletter = greenMailNewsletter();
        for (String address : List.of("a@example.org", "b@example.org", "c@example.org")) {
            store.subscribe(address, "en", List.of());
            store.setStatus(address, Subscriber.Status.CONFIRMED);
        }
        // A crash between claiming a@ and the SMTP transaction leaves SENDING: it may have gone out, so it never goes again.
        assertThat(store.claimSend(issue.id(), "a@example.org")).isTrue();
        assertThat(newsletter.send(issue)).isEqualTo(new Newsletter.SendReport(2, 1, 0, 0));
        assertThat(newsletter.send(issue)).isEqualTo(new Newsletter.SendReport(0, 3, 0, 0));
        assertThat(greenMail.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactly("b@example.org", "c@example.org");
    }

    @Test
    void retriesTemporaryRefusalsAndRecordsBounces() throws Exception {
        try (RefusingSmtpServer smtp = new RefusingSmtpServer(2)) {
            Newsletter newsletter = newsletter(smtp.port());
            for (String address : List.of("slow@example.org", "bounce@example.org")) {
                store.subscribe(address, "en", List.of());
                store.setStatus(address, Subscriber.Status.CONFIRMED);
            }
            Newsletter.SendReport report = newsletter.send(issue);
            assertThat(report.bounced()).isEqualTo(1);
            assertThat(report.sent()).isEqualTo(1);
            assertThat(store.sendLog(issue.id())).extracting(SendRecord::email, SendRecord::status, SendRecord::attempts)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("bounce@example.org", SendRecord.Status.BOUNCED, 1),
                            org.assertj.core.groups.Tuple.tuple("slow@example.org", SendRecord.Status.SENT, 3));
            assertThat(store.sendLog(issue.id()).get(0).lastError().orElseThrow()).contains("550");
            assertThat(smtp.accepted.get()).isEqualTo(1);
        }
    }
}
