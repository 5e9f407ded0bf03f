package org.sitrep.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TokensTest {
    private static final Instant NOW = Instant.parse("2025-03-02T10:00:00Z");
    private final Tokens tokens = new Tokens("secret");

    @Test
    void anyAddressSurvivesTheToken() {
        for (String email : new String[] {"a|b@example.org", "|@example.org", "\"a|b|c\"@example.org",
                "ünïcode@example.org"}) {
            String token = tokens.issue("confirm", email, NOW.plusSeconds(60));
            assertThat(tokens.verify(token, "confirm", NOW)).contains(email);
            assertThat(tokens.verify(token, "unsubscribe", NOW)).isEmpty();
            assertThat(tokens.verify(token, "confirm", NOW.plusSeconds(61))).isEmpty();
        }
    }

    @Test
    void tokensOfTheFirstFormatStillVerify() throws GeneralSecurityException {
        // as mailed in unsubscribe links before the address was encoded: purpose|email|expiry
        String payload = "unsubscribe|reader@example.org|" + NOW.plusSeconds(60).getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String legacy = base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        assertThat(tokens.verify(legacy, "unsubscribe", NOW)).contains("reader@example.org");
        assertThat(tokens.verify(legacy, "confirm", NOW)).isEmpty();
        assertThat(new Tokens("other").verify(legacy, "unsubscribe", NOW)).isEmpty();
    }
}
