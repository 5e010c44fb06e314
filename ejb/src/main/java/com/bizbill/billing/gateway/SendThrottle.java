package com.bizbill.billing.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issue 14 §2: at most {@code max} sends per key (a mobile number, a client address) within a sliding
 * {@code window}. In memory, like the sandbox gateway's phone codes; callers synchronise check and record.
 */
final class SendThrottle {

    private final int max;
    private final Duration window;
    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    SendThrottle(int max, Duration window) {
        this.max = max;
        this.window = window;
    }

    /** Whether one more send for {@code key} at {@code now} stays within the limit. */
    synchronized boolean allows(String key, Instant now) {
        Deque<Instant> times = sent.get(key);
        if (times == null) {
            return true;
        }
        Instant since = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.pollFirst();
        }
        if (times.isEmpty()) {
            sent.remove(key);
            return true;
        }
        return times.size() < max;
    }

    synchronized void record(String key, Instant now) {
        sent.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
    }
}
