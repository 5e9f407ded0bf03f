package org.sitrep.web;

import java.time.Duration;
import java.util.Objects;

/**
 * What the server accepts from one request and one client: body sizes, JSON nesting, query length, and the rates of
 * subscriptions (per address and per client address) and of requests that need the token (per client address).
 */
public record Limits(long maxArticleBytes, int maxFormBytes, int maxJsonDepth, int maxQueryChars,
                     Rate subscribesPerAddress, Rate subscribesPerClient, Rate tokenRequestsPerClient) {
    public Limits {
        if (maxArticleBytes <= 0 || maxFormBytes <= 0 || maxJsonDepth <= 0 || maxQueryChars <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxArticleBytes + ", " + maxFormBytes
                    + ", " + maxJsonDepth + ", " + maxQueryChars);
        }
        Objects.requireNonNull(subscribesPerAddress, "subscribesPerAddress");
        Objects.requireNonNull(subscribesPerClient, "subscribesPerClient");
        Objects.requireNonNull(tokenRequestsPerClient, "tokenRequestsPerClient");
    }

    /**
     * The defaults with the given article size limit: forms up to 16 KB, JSON 64 levels deep, search queries of 500
     * characters; 3 subscriptions per address an hour, 10 per client in 10 minutes, 120 token requests a minute.
     */
    public static Limits defaults(long maxArticleBytes) {
        return new Limits(maxArticleBytes, 16 * 1024, 64, 500, new Rate(3, Duration.ofHours(1)),
                new Rate(10, Duration.ofMinutes(10)), new Rate(120, Duration.ofMinutes(1)));
    }

    public Limits withSubscribes(Rate perAddress, Rate perClient) {
        return new Limits(maxArticleBytes, maxFormBytes, maxJsonDepth, maxQueryChars, perAddress, perClient,
                tokenRequestsPerClient);
    }

    public Limits withTokenRequests(Rate perClient) {
        return new Limits(maxArticleBytes, maxFormBytes, maxJsonDepth, maxQueryChars, subscribesPerAddress,
                subscribesPerClient, perClient);
    }

    /** At most {@code permits} requests in any period of length {@code per}, refilled evenly (a token bucket). */
    public record Rate(int permits, Duration per) {
        public Rate {
            if (permits <= 0) {
                throw new IllegalArgumentException("permits must be positive, was " + permits);
            }
            if (per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("per must be positive, was " + per);
            }
        }
    }
}
