package com.bizbill.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the last delivery-report poll ended, kept in memory: after a restart the next poll looks back a
 * day, and reports seen twice change nothing. Every node of a cluster may poll; the same holds.
 */
@ApplicationScoped
public class ReportCursor {

    static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    private final AtomicReference<Instant> last = new AtomicReference<>();

    Instant from(Instant now) {
        Instant l = last.get();
        return l == null || l.isAfter(now) ? now.minus(FIRST_LOOK_BACK) : l;
    }

    void advanceTo(Instant to) {
        last.set(to);
    }
}
