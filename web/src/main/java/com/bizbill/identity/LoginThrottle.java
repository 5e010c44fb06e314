package com.bizbill.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-IP throttle of failed logins (design.md "Login"): more than {@code bizbill.login.ip-max-failures}
 * failures from one address within the window blocks further attempts from it until the window
 * has passed. Per-account locking lives with the member (IdentityService). Kept in memory: each
 * node of a cluster counts on its own.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "bizbill.login.ip-max-failures", defaultValue = "20")
    int maxFailures;

    public boolean isBlocked(String ip) {
        Deque<Instant> list = failures.get(ip);
        if (list == null) {
            return false;
        }
        synchronized (list) {
            prune(list);
            return list.size() >= maxFailures;
        }
    }

    public void failed(String ip) {
        Deque<Instant> list = failures.computeIfAbsent(ip, k -> new ArrayDeque<>());
        synchronized (list) {
            prune(list);
            list.addLast(clock.instant());
        }
    }

    public void succeeded(String ip) {
        failures.remove(ip);
    }

    private void prune(Deque<Instant> list) {
        Instant from = clock.instant().minus(WINDOW);
        while (!list.isEmpty() && list.peekFirst().isBefore(from)) {
            list.pollFirst();
        }
    }
}
