package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Content fingerprints of an article body: an exact hash (the article id) over whitespace-normalized text, and
 * a MinHash sketch of word 5-shingles whose LSH bands find re-publications with small edits.
 */
public record Fingerprint(String contentHash, int[] minHash) {
    public static final int HASHES = 64;
    public static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 5;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int[] SEEDS = seeds();

    /** Fingerprints the given body text. */
    public static Fingerprint of(String body) {
        String normalized = body.strip().replaceAll("\\s+", " ");
        return new Fingerprint(sha256(normalized).substring(0, 16), minHash(normalized));
    }

    /** The estimated Jaccard similarity of the two bodies' shingle sets. */
    public double similarity(int[] other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minHash[i] == other[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** One key per LSH band: two sketches that share a band key are near-duplicate candidates. */
    public long[] bandKeys() {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                key = key * 1_000_003L + minHash[band * ROWS + row];
            }
            keys[band] = key;
        }
        return keys;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && contentHash.equals(that.contentHash)
                && Arrays.equals(minHash, that.minHash);
    }

    @Override
    public int hashCode() {
        return contentHash.hashCode();
    }

    @Override
    public String toString() {
        return "Fingerprint[" + contentHash + "]";
    }

    private static int[] minHash(String normalized) {
        String[] words = NON_WORD.split(normalized.toLowerCase(Locale.ROOT));
        int[] sketch = new int[HASHES];
        Arrays.fill(sketch, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.length - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            int h = 1;
            for (int j = i; j < Math.min(words.length, i + SHINGLE); j++) {
                h = 31 * h + words[j].hashCode();
            }
            for (int k = 0; k < HASHES; k++) {
                int mixed = mix(h ^ SEEDS[k]);
                if (mixed < sketch[k]) {
                    sketch[k] = mixed;
                }
            }
        }
        return sketch;
    }

    /** MurmurHash3's finalizer: spreads bits so each seed acts as an independent hash function. */
    private static int mix(int value) {
        int h = value;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    private static int[] seeds() {
        int[] seeds = new int[HASHES];
        int state = 0x9E3779B9;
        for (int i = 0; i < HASHES; i++) {
            state = mix(state + 0x632BE5AB);
            seeds[i] = state;
        }
        return seeds;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
