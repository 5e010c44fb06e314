package com.bizbill.shared.time;

import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import com.bizbill.shared.i18n.Formats;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * Staff move the demo clock forward (never backward past real time), persisted so a restart keeps it.
 * Refused outside demo mode: production runs on the system clock.
 */
@Stateless
public class DemoClockService {

    @Inject
    CallContext callContext;

    private static final Duration MAX_STEP = Duration.ofDays(400);

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    com.bizbill.shared.audit.AuditLog audit;

    public boolean isDemo() {
        return clocks.isDemo();
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    public Duration offset() {
        return clocks.applicationClock().offset();
    }

    /** Moves the clock forward by {@code step}; returns the new time. */
    public ZonedDateTime advance(Duration step) {
        requireDemo();
        if (step.isNegative() || step.isZero()) {
            throw new BizbillException(ErrorCode.CLOCK_BACKWARDS, "the demo clock only moves forward");
        }
        if (step.compareTo(MAX_STEP) > 0) {
            throw new BizbillException(ErrorCode.VALIDATION_FAILED, "at most 400 days at a time",
                    java.util.List.of(new BizbillException.FieldError("step", "field.atMostDays",
                            java.util.List.of(MAX_STEP.toDays()))));
        }
        return store(offset().plus(step));
    }

    /** Back to real time. */
    public ZonedDateTime reset() {
        requireDemo();
        return store(Duration.ZERO);
    }

    private ZonedDateTime store(Duration newOffset) {
        String by = callContext.actorName();
        ClockOffset row = em.find(ClockOffset.class, ClockOffset.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        Clock real = Clock.system(clock.getZone());
        if (row == null) {
            row = new ClockOffset(real.instant(), by);
            em.persist(row);
        }
        Duration before = row.getOffset();
        row.setOffset(newOffset, real.instant(), by);
        em.flush();
        // issue 17 §2: the audit line names the demo times a person reads, not the offsets ("PT384H")
        Instant realNow = real.instant();
        audit.record("DEMO_CLOCK_MOVED", "CLOCK", null, null, Formats.KOREAN.dateTime(realNow.plus(before)),
                Formats.KOREAN.dateTime(realNow.plus(newOffset)));
        // applied after the row is written; a rollback after this point is not possible any more
        clocks.applicationClock().setOffset(newOffset);
        return now();
    }

    private void requireDemo() {
        if (!clocks.isDemo()) {
            throw new BizbillException(ErrorCode.CLOCK_DEMO_ONLY, "the clock can be moved in demo mode only");
        }
    }
}
