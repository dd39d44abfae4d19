package org.xingfeng.platform.api.rest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Fixed one-minute windows per (bucket, client): at most {@code perMinute} requests in each window. Simple,
 * memory-bounded (old windows are dropped as new ones start) and cheap enough for every citizen request.
 */
public final class RateLimiter {

    static final int MAX_CLIENTS = 100_000;

    private final LongSupplier clockMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    private static final class Window {
        final long minute;
        int count;

        Window(long minute) {
            this.minute = minute;
        }
    }

    /** Seconds to wait if the request is over the limit, 0 if it may go ahead. */
    public long acquire(String bucket, String client, int perMinute) {
        long now = clockMillis.getAsLong();
        long minute = now / 60_000;
        String key = bucket + '|' + client;
        if (windows.size() > MAX_CLIENTS) {
            windows.values().removeIf(w -> w.minute < minute);
        }
        Window w = windows.compute(key, (k, old) -> old == null || old.minute != minute ? new Window(minute) : old);
        synchronized (w) {
            if (w.count >= perMinute) {
                return Math.max(1, 60 - (now % 60_000) / 1000);
            }
            w.count++;
            return 0;
        }
    }
}
