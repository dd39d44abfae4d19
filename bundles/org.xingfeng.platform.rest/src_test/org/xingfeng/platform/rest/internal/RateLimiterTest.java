package org.xingfeng.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.rest.RateLimiter;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_800_000_000_000L); // a whole minute
    private final RateLimiter limiter = new RateLimiter(now::get);

    @Test
    void allowsTheLimitPerMinuteThenTellsHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("submit", "10.1.1.1", 3));
        }
        now.addAndGet(15_000);
        long wait = limiter.acquire("submit", "10.1.1.1", 3);
        assertEquals(45, wait);
    }

    @Test
    void clientsAndBucketsAreCountedApart() {
        assertEquals(0, limiter.acquire("submit", "a", 1));
        assertTrue(limiter.acquire("submit", "a", 1) > 0);
        assertEquals(0, limiter.acquire("submit", "b", 1));
        assertEquals(0, limiter.acquire("login", "a", 1));
    }

    @Test
    void aNewMinuteStartsAfresh() {
        assertEquals(0, limiter.acquire("submit", "a", 1));
        assertTrue(limiter.acquire("submit", "a", 1) > 0);
        now.addAndGet(60_000);
        assertEquals(0, limiter.acquire("submit", "a", 1));
    }
}
