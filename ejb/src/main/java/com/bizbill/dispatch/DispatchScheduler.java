package com.bizbill.dispatch;

import com.bizbill.shared.context.Actor;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.jobs.JobRunService;
import com.bizbill.shared.jobs.ScheduleTick;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Issue 21 §1: on every schedule tick, each order that fell due (at once, or at its reserved time: moving the demo
 * clock makes reserved orders go) and each order still unsettled gets its dispatch run started, claimed by a row so
 * that it runs once on one node; a run still alive is left alone.
 */
@ApplicationScoped
public class DispatchScheduler {

    private static final Logger LOG = Logger.getLogger(DispatchScheduler.class.getName());
    static final int MAX_PER_TICK = 50;

    @Inject
    DispatchQueries queries;

    @Inject
    JobRunService jobs;

    @Inject
    CallContext callContext;

    @Inject
    Dispatcher dispatcher;

    public void onTick(@Observes ScheduleTick tick) {
        startDue();
        dispatcher.expireUnreported();
    }

    /** Starts the due orders' runs; returns how many were started. */
    public int startDue() {
        callContext.runAs(Actor.system("dispatch"));
        int started = 0;
        for (String number : queries.due(MAX_PER_TICK)) {
            if (start(number)) {
                started++;
            }
        }
        return started;
    }

    /** Starts one order's run unless one is alive (then false). */
    public boolean start(String number) {
        try {
            jobs.start(DispatchJobs.COUPON_DISPATCH, number);
            return true;
        } catch (BizbillException e) {
            LOG.fine(() -> "dispatch of " + number + " not started: " + e.getMessage()); // a run is alive
            return false;
        }
    }
}
