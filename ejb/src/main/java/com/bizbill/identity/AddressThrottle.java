package com.bizbill.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per client address over a sliding window (issue 14, design.md "Login"): at
 * {@code maxFailures} failures within {@code window} the address is blocked until old failures leave
 * the window. A success does NOT clear the count: an attacker who logs into an account of their own
 * between tries keeps every failure against their address. Plain Java, kept in memory.
 */
public final class AddressThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public AddressThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = Math.max(1, maxFailures);
        this.window = window;
        this.clock = clock;
    }

    public boolean isBlocked(String address) {
        Deque<Instant> list = failures.get(String.valueOf(address));
        if (list == null) {
            return false;
        }
        synchronized (list) {
            prune(list);
            return list.size() >= maxFailures;
        }
    }

    public void failed(String address) {
        if (failures.size() > LoginLocks.PRUNE_ABOVE) {
            failures.values().removeIf(l -> {
                synchronized (l) {
                    prune(l);
                    return l.isEmpty();
                }
            });
        }
        Deque<Instant> list = failures.computeIfAbsent(String.valueOf(address), k -> new ArrayDeque<>());
        synchronized (list) {
            prune(list);
            list.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> list) {
        Instant from = clock.instant().minus(window);
        while (!list.isEmpty() && list.peekFirst().isBefore(from)) {
            list.pollFirst();
        }
    }
}
