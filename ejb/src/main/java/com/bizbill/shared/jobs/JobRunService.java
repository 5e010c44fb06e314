package com.bizbill.shared.jobs;

import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts periodic Jakarta Batch jobs for a period, from the schedule tick, the admin screen or a
 * test, always through a claim row, and keeps the run history staff see.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRunService {

    @Inject
    CallContext callContext;

    public static final String PARAM_PERIOD = "period";
    public static final String PARAM_RUN_ID = "runId";
    private static final Logger LOG = Logger.getLogger(JobRunService.class.getName());
    private static final Set<BatchStatus> LIVE = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);
    /** A claim whose job was never handed to the batch runtime is considered dead after this. */
    private static final Duration START_GRACE = Duration.ofMinutes(2);
    /**
     * Issue 16 §2: another node's run is dead when its owner has not beaten for this long; the owner beats
     * every {@link JobHeartbeat#EVERY_SECONDS} seconds, so six beats in a row must have been missed.
     */
    public static final Duration STALE_AFTER = Duration.ofSeconds(6L * JobHeartbeat.EVERY_SECONDS);

    @Inject
    NodeIdentity node;

    @Inject
    JobClaims claims;

    @Inject
    Clock clock;

    @Inject
    PeriodicJobs periodicJobs;

    @PersistenceContext
    EntityManager em;

    /**
     * Claims job + period and starts the job. Refused while a run of the same period is alive.
     *
     * @return the claim row (its id is the run id)
     */
    public JobRun start(PeriodicJob job, String period) {

        if (period == null || !job.isValidPeriod(period, ZonedDateTime.now(clock))) {
            throw new JobException(ErrorCode.JOB_PERIOD_INVALID, "not a period this job can run for: " + period,
                    java.util.List.of(new BizbillException.FieldError("period", "field.periodInvalid")));
        }
        var before = job.after();
        if (before.isPresent() && claims.find(before.get().jobXmlName(), period)
                .filter(r -> r.getStatus() == JobRunStatus.COMPLETED).isEmpty()) {
            // NB-CYC-1: notify after collecting, charge after notifying; the tick tries again next minute
            throw new JobException(ErrorCode.JOB_PERIOD_INVALID, before.get().jobXmlName() + " " + period
                    + " has not completed yet", java.util.List.of(new BizbillException.FieldError("period",
                    "jobs.afterFirst")));
        }
        JobRun run = claims.claim(job.jobXmlName(), period, this::isAlive);
        Properties params = new Properties();
        params.setProperty(PARAM_PERIOD, period);
        params.setProperty(PARAM_RUN_ID, String.valueOf(run.getId()));
        try {
            long executionId = operator().start(job.jobXmlName(), params);
            claims.started(run.getId(), executionId);
            run.started(executionId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not start " + job.jobXmlName() + " " + period, e);
            claims.finished(run.getId(), JobRunStatus.FAILED, "not started: " + e.getMessage());
            throw new JobException(ErrorCode.INTERNAL, "job could not be started", e);
        }
        return run;
    }

    /** Starts every due period of every periodic job that nobody has claimed yet (the schedule tick). */
    public int startDue(int lookbackDays) {
        int started = 0;
        ZonedDateTime now = ZonedDateTime.now(clock);
        for (PeriodicJob job : periodicJobs.all()) {
            for (String period : job.duePeriods(now, lookbackDays)) {
                if (!claims.isClaimed(job.jobXmlName(), period)) {
                    try {
                        start(job, period); // the tick runs as "schedule" (JobScheduler)
                        started++;
                    } catch (BizbillException e) {
                        LOG.fine(() -> job + " " + period + " not started: " + e.getMessage());
                    }
                }
            }
        }
        return started;
    }

    /**
     * Whether the run is alive (issue 16 §2). Another node's run (or one of a process that is gone) lives by
     * its heartbeat alone: our job repository is per process and its execution ids start again at 1, so it
     * cannot speak for another node's run. Our own run is alive while our runtime runs it.
     */
    boolean isAlive(JobRun run) {
        if (!node.id().equals(run.getOwnerNode())) {
            return run.heartbeatFresh(java.time.Clock.systemUTC().instant(), STALE_AFTER);
        }
        return runsHere(run);
    }

    /** Whether this runtime still runs the (own) run's batch execution. */
    private boolean runsHere(JobRun run) {
        if (run.getExecutionId() == null) {
            return run.getStartedAt().plus(START_GRACE).isAfter(clock.instant());
        }
        try {
            return LIVE.contains(operator().getJobExecution(run.getExecutionId()).getBatchStatus());
        } catch (NoSuchJobExecutionException e) {
            return false; // ended without reporting (the JVM was stopped mid-run); the claim is stale
        }
    }

    /** Issue 16 §2: beats for this node's runs that its runtime still runs; returns how many. */
    public int beatOwnRuns() {
        int beaten = 0;
        for (JobRun run : claims.ownRunning()) {
            if (runsHere(run)) {
                claims.beat(run.getId());
                beaten++;
            }
        }
        return beaten;
    }

    public Page<JobRun> history(int page, int size) {
        return history(null, null, page, size);
    }

    /**
     * Runs newest first, of one job and/or in one status when given (null: any). The delivery-report job
     * alone adds a run every 10 minutes, so staff look for the monthly runs by job.
     */
    public Page<JobRun> history(PeriodicJob job, JobRunStatus status, int page, int size) {
        String where = " where 1 = 1" + (job == null ? "" : " and r.jobName = :job")
                + (status == null ? "" : " and r.status = :status");
        var count = em.createQuery("select count(r) from JobRun r" + where, Long.class);
        var items = em.createQuery("select r from JobRun r" + where + " order by r.startedAt desc, r.id desc",
                JobRun.class);
        if (job != null) {
            count.setParameter("job", job.jobXmlName());
            items.setParameter("job", job.jobXmlName());
        }
        if (status != null) {
            count.setParameter("status", status);
            items.setParameter("status", status);
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    public JobRun find(long runId) {
        JobRun run = em.find(JobRun.class, runId);
        if (run == null) {
            throw new JobException(ErrorCode.JOB_RUN_NOT_FOUND, "no job run " + runId);
        }
        return run;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
