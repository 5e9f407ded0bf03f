package org.sitrep.digest;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Locale;

/** What a subscriber may ask for, checked at every edge: one mailbox, a supported language, bounded topics. */
public final class SubscriptionInput {
    /** Most topics one subscriber may follow. */
    public static final int MAX_TOPICS = 20;
    /** Longest topic name: the longest actor or place name is far shorter, and 20 of them fit the store's column. */
    public static final int MAX_TOPIC_CHARS = 80;

    private SubscriptionInput() {
    }

    /** Validates an address: one mailbox with a local part and a dotted domain, at most 254 characters. */
    public static String email(String email) {
        String trimmed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        try {
            if (trimmed.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new AddressException("control characters (line breaks) are not allowed");
            }
            InternetAddress address = new InternetAddress(trimmed, true);
            String domain = trimmed.substring(trimmed.indexOf('@') + 1);
            if (trimmed.length() > 254 || !trimmed.contains("@") || !domain.contains(".") || !address.getAddress().equals(trimmed)) {
                throw new AddressException("not a single mailbox");
            }
            return trimmed;
        } catch (AddressException e) {
            throw new IllegalArgumentException("invalid e-mail address \"" + email + "\": " + e.getMessage(), e);
        }
    }

    /** Validates a language: en or ar. */
    public static String language(String lang) {
        if (!"en".equals(lang) && !"ar".equals(lang)) {
            throw new IllegalArgumentException("language must be en or ar, was \"" + lang + "\"");
        }
        return lang;
    }

    /**
     * Validates topics (place or actor names): at most {@value #MAX_TOPICS}, each at most {@value #MAX_TOPIC_CHARS}
     * characters without commas or control characters.
     */
    public static List<String> topics(List<String> topics) {
        List<String> stripped = topics.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (stripped.size() > MAX_TOPICS) {
            throw new IllegalArgumentException("at most " + MAX_TOPICS + " topics, were " + stripped.size());
        }
        for (String topic : stripped) {
            if (topic.length() > MAX_TOPIC_CHARS) {
                throw new IllegalArgumentException("a topic has at most " + MAX_TOPIC_CHARS + " characters, one had "
                        + topic.length());
            }
            if (topic.contains(",") || topic.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a topic must not hold commas or control characters");
            }
        }
        return stripped;
    }
}
