package org.sitrep.digest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.sitrep.store.SendRecord;
import org.sitrep.store.Subscriber;
import org.sitrep.store.SubscriberStore;

/**
 * Subscriptions with double opt-in and the sending of digest issues over SMTP (Jakarta Mail / Angus): signed,
 * expiring tokens in every link, List-Unsubscribe headers, a send log claimed before each SMTP transaction so
 * that a restart never mails anyone twice, retries with backoff on 4xx replies, bounces recorded on 5xx.
 */
public final class Newsletter {
    static final String CONFIRM = "confirm";
    static final String UNSUBSCRIBE = "unsubscribe";
    private static final Duration CONFIRM_VALIDITY = Duration.ofDays(7);
    private static final Duration UNSUBSCRIBE_VALIDITY = Duration.ofDays(3650);
    private static final int MAX_ATTEMPTS = 3;

    private final SubscriberStore store;
    private final MailSettings settings;
    private final Tokens tokens;
    private final Session session;
    private final Clock clock;
    private final Duration backoff;

    public Newsletter(SubscriberStore store, MailSettings settings, Clock clock, Duration backoff) {
        this.store = store;
        this.settings = settings;
        this.tokens = new Tokens(store.secret("digest-token-key"));
        this.clock = clock;
        this.backoff = backoff;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", Integer.toString(settings.port()));
        props.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        props.put("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "30000");
        props.put("mail.smtp.localhost", "localhost"); // no reverse lookup of this host for every EHLO
        this.session = Session.getInstance(props);
    }

    /**
     * Registers a subscriber and mails the confirmation link; nothing else goes to them until then. An address that
     * is already confirmed is left as it is (whoever asked may not own it): its owner gets a mail with the link to
     * their preferences instead. The mail goes out before anything is written, so a mail server that is down leaves
     * the store as it was and the request can simply be repeated.
     *
     * @throws IllegalArgumentException for an invalid address, language or topics
     * @throws MailException when the SMTP server does not take the mail
     */
    public Subscriber subscribe(String email, String lang, List<String> topics) {
        String address = SubscriptionInput.email(email);
        String language = SubscriptionInput.language(lang);
        List<String> valid = SubscriptionInput.topics(topics);
        Optional<Subscriber> existing = store.subscriber(address);
        if (existing.isPresent() && existing.get().status() == Subscriber.Status.CONFIRMED) {
            mail(address, Labels.get(existing.get().lang(), "notice_subject"),
                    "Someone asked to subscribe this address to the sitrep digest. It is subscribed already, and "
                            + "nothing was changed.\n\nTo change your language or topics, or to unsubscribe:\n\n"
                            + preferencesUrl(address) + "\n\nIf you did not ask, ignore this mail.\n");
            return existing.get();
        }
        String link = settings.baseUrl() + "/confirm?token=" + encode(tokens.issue(CONFIRM, address,
                clock.instant().plus(CONFIRM_VALIDITY)));
        mail(address, Labels.get(language, "confirm_subject"),
                "Please confirm that you want the sitrep digest twice a month at this address:\n\n" + link
                        + "\n\nIf you did not ask for it, ignore this mail: nothing more will be sent.\n");
        store.subscribe(address, language, valid);
        if (existing.isPresent() && existing.get().status() == Subscriber.Status.UNSUBSCRIBED) {
            store.setStatus(address, Subscriber.Status.PENDING);
        }
        return store.subscriber(address).orElseThrow();
    }

    /** Saves the language and topics of the subscriber a management token names; empty if the token is not valid. */
    public Optional<Subscriber> savePreferences(String token, String lang, List<String> topics) {
        String language = SubscriptionInput.language(lang);
        List<String> valid = SubscriptionInput.topics(topics);
        return subscriberOf(token).filter(address -> store.subscriber(address).isPresent())
                .map(address -> store.subscribe(address, language, valid));
    }

    private void mail(String address, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            transport(message);
        } catch (MessagingException e) {
            throw new MailException("cannot send mail to " + address + ": " + SmtpReplies.describe(e), e);
        }
    }

    /** Confirms the address a valid confirmation token names. */
    public Optional<String> confirm(String token) {
        Optional<String> address = tokens.verify(token, CONFIRM, clock.instant());
        address.filter(a -> store.subscriber(a).isPresent()).ifPresent(a -> store.setStatus(a, Subscriber.Status.CONFIRMED));
        return address;
    }

    /** Unsubscribes the address an unsubscribe token names. */
    public Optional<String> unsubscribe(String token) {
        Optional<String> address = tokens.verify(token, UNSUBSCRIBE, clock.instant());
        address.filter(a -> store.subscriber(a).isPresent())
                .ifPresent(a -> store.setStatus(a, Subscriber.Status.UNSUBSCRIBED));
        return address;
    }

    public String unsubscribeUrl(String email) {
        return settings.baseUrl() + "/unsubscribe?token="
                + encode(tokens.issue(UNSUBSCRIBE, email, clock.instant().plus(UNSUBSCRIBE_VALIDITY)));
    }

    /** Where this server is reached from outside: the start of every link in mails. */
    public String baseUrl() {
        return settings.baseUrl();
    }

    /** The preferences page of an address: the same management token as its unsubscribe link. */
    public String preferencesUrl(String email) {
        return unsubscribeUrl(email).replace("/unsubscribe?", "/preferences?");
    }

    /** What one send run did. */
    public record SendReport(int sent, int skipped, int bounced, int failed) {
    }

    /** Sends an issue to every confirmed subscriber of its language who has not had it yet. */
    public SendReport send(DigestIssue issue) {
        return send(issue, topics -> issue);
    }

    /**
     * Sends an issue to every confirmed subscriber of its language who has not had it yet, each getting the
     * variant for their topics ({@code forTopics} is asked once per distinct topic list).
     */
    public SendReport send(DigestIssue issue, java.util.function.Function<List<String>, DigestIssue> forTopics) {
        java.util.Map<List<String>, DigestIssue> variants = new java.util.HashMap<>();
        int sent = 0;
        int skipped = 0;
        int bounced = 0;
        int failed = 0;
        long pauseNanos = (long) (1e9 / settings.messagesPerSecond());
        try (Connection connection = new Connection()) {
        for (Subscriber subscriber : store.subscribers()) {
            if (subscriber.status() != Subscriber.Status.CONFIRMED || !subscriber.lang().equals(issue.lang())) {
                continue;
            }
            if (!store.claimSend(issue.id(), subscriber.email())) {
                skipped++;
                continue;
            }
            long started = System.nanoTime();
            DigestIssue variant = subscriber.topics().isEmpty() ? issue
                    : variants.computeIfAbsent(subscriber.topics(), forTopics);
            SendRecord.Status outcome = deliver(connection, variant, subscriber.email());
            switch (outcome) {
                case SENT -> sent++;
                case BOUNCED -> bounced++;
                default -> failed++;
            }
            long rest = pauseNanos - (System.nanoTime() - started);
            if (rest > 0) {
                sleep(Duration.ofNanos(rest));
            }
        }
        }
        return new SendReport(sent, skipped, bounced, failed);
    }

    private SendRecord.Status deliver(Connection connection, DigestIssue issue, String email) {
        String unsubscribe = unsubscribeUrl(email);
        for (int attempt = 1; ; attempt++) {
            try {
                connection.send(message(issue, email, unsubscribe));
                store.recordSend(issue.id(), email, SendRecord.Status.SENT, attempt, Optional.empty());
                return SendRecord.Status.SENT;
            } catch (MessagingException e) {
                int code = SmtpReplies.replyCode(e);
                boolean temporary = code >= 400 && code < 500 || code < 0;
                Optional<String> error = Optional.of(SmtpReplies.describe(e));
                if (!temporary) {
                    store.recordSend(issue.id(), email, SendRecord.Status.BOUNCED, attempt, error);
                    return SendRecord.Status.BOUNCED;
                }
                if (attempt >= MAX_ATTEMPTS) {
                    store.recordSend(issue.id(), email, SendRecord.Status.FAILED, attempt, error);
                    return SendRecord.Status.FAILED;
                }
                store.recordSend(issue.id(), email, SendRecord.Status.RETRYING, attempt, error);
                sleep(backoff.multipliedBy(1L << (attempt - 1)));
            }
        }
    }

    private MimeMessage message(DigestIssue issue, String email, String unsubscribe) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email));
        message.setSubject(issue.subject(), "UTF-8");
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        DigestIssue mailed = issue.addressedTo(unsubscribe, unsubscribe.replace("/unsubscribe?", "/preferences?"));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mailed.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(mailed.html(), "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }

    /** One SMTP connection kept open for a whole send run, reopened after a failure. */
    private final class Connection implements AutoCloseable {
        private Transport transport;

        void send(MimeMessage message) throws MessagingException {
            if (transport == null || !transport.isConnected()) {
                transport = session.getTransport("smtp");
                if (settings.user().isPresent()) {
                    transport.connect(settings.user().get(), settings.password().orElse(""));
                } else {
                    transport.connect();
                }
            }
            message.saveChanges();
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                close(); // the server may have dropped the session: start a fresh one next time
                throw e;
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // closing after a failed session: nothing left to deliver on it
                }
                transport = null;
            }
        }
    }

    /** The address a management token (from an unsubscribe or preferences link) names, if valid. */
    public Optional<String> subscriberOf(String token) {
        return tokens.verify(token, UNSUBSCRIBE, clock.instant());
    }

    /** The stored subscriber a management token names, if the token is valid and the address still stored. */
    public Optional<Subscriber> subscriber(String token) {
        return subscriberOf(token).flatMap(store::subscriber);
    }

    private void transport(MimeMessage message) throws MessagingException {
        if (settings.user().isPresent()) {
            Transport.send(message, settings.user().get(), settings.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
