package com.bizbill.shared.jobs;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issue 16 §2: every few seconds this node confirms, on each claim it owns, that its batch runtime still
 * runs it. Not switched off with the scheduler: a run started by staff or a test needs its heartbeat too.
 * Non-persistent, like the schedule tick, so it works on Payara Micro without Hazelcast.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JobHeartbeat {

    static final int EVERY_SECONDS = 15;
    private static final Logger LOG = Logger.getLogger(JobHeartbeat.class.getName());

    @Inject
    JobRunService jobs;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "bizbill-job-heartbeat")
    void beat() {
        try {
            jobs.beatOwnRuns();
        } catch (RuntimeException e) {
            // a missed beat only brings a takeover closer; the next one tries again
            LOG.log(Level.WARNING, "job heartbeat failed", e);
        }
    }
}
