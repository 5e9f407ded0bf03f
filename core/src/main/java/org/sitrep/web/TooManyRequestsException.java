package org.sitrep.web;

/** A client went over a rate limit: answered 429 with {@code Retry-After}. */
final class TooManyRequestsException extends ApiException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    TooManyRequestsException(String what, long retryAfterSeconds) {
        super(429, "too many " + what + ": retry in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
