package org.sitrep.digest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring tokens for confirmation and unsubscribe links: {@code 2|purpose|base64url(email)|expiry} with an
 * HMAC-SHA256 signature under the server's secret, URL-safe Base64. The address is encoded, so any character it may
 * hold ({@code |} included) survives. Unguessable without the secret; verified in constant time. Tokens of the
 * first format ({@code purpose|email|expiry}), already mailed in unsubscribe links, still verify. Thread-safe.
 */
public final class Tokens {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String VERSION = "2";
    private static final int MAX_TOKEN = 2048;
    private final byte[] secret;

    public Tokens(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String issue(String purpose, String email, Instant expiry) {
        if (purpose.contains("|") || purpose.equals(VERSION)) {
            throw new IllegalArgumentException("purpose must not contain | nor be \"" + VERSION + "\": " + purpose);
        }
        String payload = VERSION + "|" + purpose + "|" + ENCODER.encodeToString(email.getBytes(StandardCharsets.UTF_8))
                + "|" + expiry.getEpochSecond();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The address a token was issued for, if it is genuine, for this purpose, and not expired at {@code now}. */
    public Optional<String> verify(String token, String purpose, Instant now) {
        try {
            int dot = token.indexOf('.');
            if (dot < 0 || token.length() > MAX_TOKEN) {
                return Optional.empty();
            }
            String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            String[] parts = payload.split("\\|", -1);
            String givenPurpose;
            String email;
            String expiry;
            if (parts.length == 4 && parts[0].equals(VERSION)) {
                givenPurpose = parts[1];
                email = new String(DECODER.decode(parts[2]), StandardCharsets.UTF_8);
                expiry = parts[3];
            } else {
                // first format: purpose and expiry hold no '|', so the address is everything between them
                int first = payload.indexOf('|');
                int last = payload.lastIndexOf('|');
                if (first < 0 || last <= first) {
                    return Optional.empty();
                }
                givenPurpose = payload.substring(0, first);
                email = payload.substring(first + 1, last);
                expiry = payload.substring(last + 1);
            }
            if (!givenPurpose.equals(purpose) || Instant.ofEpochSecond(Long.parseLong(expiry)).isBefore(now)) {
                return Optional.empty();
            }
            return Optional.of(email);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
