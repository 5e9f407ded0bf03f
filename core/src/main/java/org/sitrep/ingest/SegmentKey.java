package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key under which a line or sentence of an article is counted across a source's articles: its text lower-cased,
 * every digit a zero (a view count or a year does not make a caption new) and whitespace runs one space, hashed to 64
 * bits so that no article text is ever persisted.
 */
public final class SegmentKey {
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u200B\\u200D\\uFEFF]+");

    private SegmentKey() {
    }

    /** The normalized form: lower case, digits as 0, whitespace collapsed to single spaces, stripped. */
    public static String normalize(String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        return SPACE.matcher(DIGIT.matcher(lower).replaceAll("0")).replaceAll(" ").strip();
    }

    /** The 64-bit hash of the normalized form. */
    public static long hash(String segment) {
        return digest(normalize(segment));
    }

    /**
     * The key of a segment's first two words (normalized), the fixed head of a template whose rest changes; empty
     * for a segment of two words or fewer. Never equal to a whole segment's key: the head is marked apart.
     */
    public static Optional<Long> prefix(String segment) {
        String[] words = normalize(segment).split(" ");
        return words.length > 2 ? Optional.of(digest("\u0001" + words[0] + " " + words[1])) : Optional.empty();
    }

    private static long digest(String normalized) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                key = (key << 8) | (digest[i] & 0xFF);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
