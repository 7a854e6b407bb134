package org.openropa.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token bucket: a burst up to the limit, then the window's rate; the figures the headers carry. */
class RateLimitsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimits limits = new RateLimits(true, 60, 10, Duration.ofSeconds(60), now::get);
    private final Caller caller = new Caller("api-key test", Role.READER, Set.of());

    @Test
    void aBurstUpToTheLimitIsAllowedThenRefusedUntilATokenRefills() {
        for (int i = 0; i < 60; i++) {
            assertTrue(limits.forCredential(caller).allowed());
        }
        RateLimits.Draw refused = limits.forCredential(caller);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds(), "60 per minute refills one a second");
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(limits.forCredential(caller).allowed());
    }

    @Test
    void remainingAndResetDescribeTheBucket() {
        RateLimits.Draw first = limits.forCredential(caller);
        assertEquals(60, first.limit());
        assertEquals(59, first.remaining());
        assertEquals(1, first.resetSeconds());
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertEquals(59, limits.forCredential(caller).remaining(), "a bucket never holds more than its limit");
    }

    @Test
    void addressesAndCredentialsHaveBucketsOfTheirOwn() {
        for (int i = 0; i < 10; i++) {
            limits.forAddress("192.0.2.1");
        }
        assertFalse(limits.forAddress("192.0.2.1").allowed());
        assertTrue(limits.forAddress("192.0.2.2").allowed());
        assertTrue(limits.forCredential(caller).allowed());
    }

    @Test
    void switchedOffNothingIsDrawn() {
        assertNull(new RateLimits(false, 1, 1, Duration.ofSeconds(1), now::get).forCredential(caller));
    }
}
