package com.bizbill.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of the application: the system clock plus an offset. The offset is zero in
 * production; in demo mode staff move it forward so a month of billing can be watched in minutes.
 */
public final class ApplicationClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public ApplicationClock(Clock base, Duration offset) {
        this(base, new AtomicReference<>(offset));
    }

    private ApplicationClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    public Duration offset() {
        return offset.get();
    }

    public void setOffset(Duration newOffset) {
        offset.set(newOffset);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ApplicationClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
