package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(new Limits.Rate(3, Duration.ofMinutes(30)), now::get);

    @Test
    void refusesPastThePermitsAndSaysWhenTheNextIsFree() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a@example.org", "subscriptions");
        }
        assertThatThrownBy(() -> limiter.acquire("a@example.org", "subscriptions"))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfterSeconds()).isEqualTo(600); // one permit per 10 minutes
                });
        limiter.acquire("b@example.org", "subscriptions"); // other keys are not affected
    }

    @Test
    void refillsEvenlyAndTakesBackRefunds() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("k", "requests");
        }
        now.addAndGet(Duration.ofMinutes(9).toNanos());
        assertThatThrownBy(() -> limiter.acquire("k", "requests")).isInstanceOfSatisfying(
                TooManyRequestsException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(60));
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        limiter.acquire("k", "requests");
        limiter.refund("k");
        limiter.acquire("k", "requests");
        assertThatThrownBy(() -> limiter.acquire("k", "requests")).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void jsonDepthCountsOnlyBracketsOutsideStrings() {
        assertThat(JsonDepth.exceeds("{\"a\": [[1]]}", 3)).isFalse();
        assertThat(JsonDepth.exceeds("{\"a\": [[[1]]]}", 3)).isTrue();
        assertThat(JsonDepth.exceeds("{\"text\": \"[[[[{{{{\\\"[[[[\"}", 1)).isFalse();
    }
}
