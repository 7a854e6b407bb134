package org.openropa.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openropa.common.problem.ApiException;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets: one per credential (API key or token subject), one per client address for calls without valid
 * credentials. A bucket holds the configured number of requests and refills evenly over the window, so a client
 * may burst to its limit and then goes at the window's rate. Kept in memory: each instance limits on its own.
 */
@ApplicationScoped
public class RateLimits {

    /** What a request drew from its bucket, for the RateLimit headers and, when refused, the 429. */
    public record Draw(boolean allowed, String policy, int limit, int remaining, long resetSeconds, long retryAfterSeconds, long windowSeconds) {

        ApiException refusal() {
            return ApiException.tooManyRequests("Over the rate limit of " + limit + " requests per " + windowSeconds + " s for "
                    + (policy.equals(CREDENTIAL) ? "these credentials" : "this client address") + "; retry after " + retryAfterSeconds + " s.",
                    retryAfterSeconds);
        }
    }

    static final String CREDENTIAL = "credential";
    static final String ADDRESS = "address";
    private static final int SWEEP_AT = 10_000;

    private final boolean enabled;
    private final int perCredential;
    private final int perAddress;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public RateLimits(@ConfigProperty(name = "openropa.rate-limit.enabled") boolean enabled,
                      @ConfigProperty(name = "openropa.rate-limit.per-credential") int perCredential,
                      @ConfigProperty(name = "openropa.rate-limit.per-address") int perAddress,
                      @ConfigProperty(name = "openropa.rate-limit.window") Duration window) {
        this(enabled, perCredential, perAddress, window, System::nanoTime);
    }

    RateLimits(boolean enabled, int perCredential, int perAddress, Duration window, LongSupplier nanoTime) {
        this.enabled = enabled;
        this.perCredential = perCredential;
        this.perAddress = perAddress;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Draws one request for a caller with valid credentials; null when limiting is off. */
    Draw forCredential(Caller caller) {
        return draw(CREDENTIAL, caller.actor(), perCredential);
    }

    /** Draws one request for a client without valid credentials; null when limiting is off. */
    Draw forAddress(String address) {
        return draw(ADDRESS, address == null ? "unknown" : address, perAddress);
    }

    private Draw draw(String policy, String who, int limit) {
        if (!enabled) {
            return null;
        }
        if (buckets.size() > SWEEP_AT) {
            long now = nanoTime.getAsLong();
            buckets.values().removeIf(b -> b.full(now));
        }
        return buckets.computeIfAbsent(policy + ":" + who, k -> new Bucket(limit, windowNanos, nanoTime.getAsLong()))
                .draw(policy, nanoTime.getAsLong(), windowNanos);
    }

    /** A bucket of {@code capacity} requests refilled at capacity per window. */
    static final class Bucket {
        private final int capacity;
        private final double perNano;
        private double tokens;
        private long last;

        Bucket(int capacity, long windowNanos, long now) {
            this.capacity = capacity;
            this.perNano = (double) capacity / windowNanos;
            this.tokens = capacity;
            this.last = now;
        }

        synchronized Draw draw(String policy, long now, long windowNanos) {
            refill(now);
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            long reset = seconds((capacity - tokens) / perNano);
            long retryAfter = allowed ? 0 : Math.max(1, seconds((1 - tokens) / perNano));
            return new Draw(allowed, policy, capacity, (int) Math.floor(tokens), reset, retryAfter, Duration.ofNanos(windowNanos).toSeconds());
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
        }

        private static long seconds(double nanos) {
            return (long) Math.ceil(nanos / 1_000_000_000d);
        }
    }
}
