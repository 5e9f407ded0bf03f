package org.sitrep.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Rate limits by key (a client address, an e-mail address): at most {@code permits} at once, refilled evenly at
 * {@code permits / per}, kept as the time a bucket will be full again (the generic cell rate algorithm, in integer
 * nanoseconds). A refused request learns how long until the next permit. Memory stays bounded: a full bucket is the
 * same as none, so full buckets are dropped whenever the map grows. Thread-safe.
 */
final class RateLimiter {
    private static final int SWEEP_ABOVE = 10_000;
    private final long interval;
    private final long window;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger sinceSweep = new AtomicInteger();

    RateLimiter(Limits.Rate rate) {
        this(rate, System::nanoTime);
    }

    RateLimiter(Limits.Rate rate, LongSupplier nanos) {
        this.interval = Math.max(1, rate.per().toNanos() / rate.permits());
        this.window = interval * rate.permits();
        this.nanos = nanos;
    }

    /** Takes a permit for the key, or throws {@link TooManyRequestsException} saying when to retry. */
    void acquire(String key, String what) {
        long now = nanos.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(now));
        long waitNanos = bucket.take(now);
        if (buckets.size() > SWEEP_ABOVE && sinceSweep.incrementAndGet() > SWEEP_ABOVE / 10) {
            sinceSweep.set(0);
            buckets.values().removeIf(b -> b.isFull(now));
        }
        if (waitNanos > 0) {
            throw new TooManyRequestsException(what, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
    }

    /** Gives back a permit taken for a request that did not happen after all (the mail server was down). */
    void refund(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            bucket.refund(nanos.getAsLong());
        }
    }

    private final class Bucket {
        /** When every permit is back: each permit taken pushes it one interval later. */
        private long full;

        Bucket(long now) {
            this.full = now;
        }

        /** Zero when a permit was taken, else the nanoseconds until one is free. */
        synchronized long take(long now) {
            long next = Math.max(full, now) + interval;
            if (next - now > window) {
                return next - window - now;
            }
            full = next;
            return 0;
        }

        synchronized void refund(long now) {
            full = Math.max(now, full - interval);
        }

        synchronized boolean isFull(long now) {
            return full <= now;
        }
    }
}
