package com.bizbill.shared.jobs;

import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.context.Actor;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The schedule is a clock tick, not persistent timers (design.md): every minute it asks the
 * injected clock which periods are due, catching up what fell due while the app was down, and
 * starts the unclaimed ones. Non-persistent, so it works on Payara Micro without Hazelcast; the
 * claim rows make it safe when several nodes tick at once.
 */
@Startup
@jakarta.ejb.DependsOn("Migrations") // its tick reads tables the migration creates
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JobScheduler {

    @Inject
    CallContext callContext;

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    private final AtomicBoolean ticking = new AtomicBoolean();

    @Inject
    JobRunService jobs;

    /** Issue 16 §1: what a context looks for itself on each tick (the billing inbox) observes this. */
    @Inject
    jakarta.enterprise.event.Event<ScheduleTick> ticks;

    /** Looked up at the tick, not at start-up: the clock reads its offset from a table the migration creates. */
    @Inject
    jakarta.enterprise.inject.Instance<java.time.Clock> clock;

    @Inject
    @ConfigProperty(name = "bizbill.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "bizbill.scheduler.lookback-days", defaultValue = "7")
    int lookbackDays;

    @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = "bizbill-tick")
    void tick() {
        if (!enabled || !ticking.compareAndSet(false, true)) {
            return;
        }
        try {
            callContext.runAs(Actor.system("schedule")); // issue 15 §1: the tick's own rows name the schedule
            int started = jobs.startDue(lookbackDays);
            ticks.fire(new ScheduleTick(clock.get().instant()));
            if (started > 0) {
                LOG.info(() -> "schedule tick started " + started + " job run(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "schedule tick failed", e);
        } finally {
            ticking.set(false);
        }
    }
}
