package com.bizbill.shared.jobs;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Claim rows of periodic jobs, each change in its own transaction (design.md "Run once per
 * period"): whoever inserts (or re-takes) the row for job + period starts the job; everyone
 * else is told it is already running.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobClaims {

    private static final Logger LOG = Logger.getLogger(JobClaims.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    com.bizbill.shared.audit.AuditLog audit;

    @Inject
    NodeIdentity node;

    @Inject
    com.bizbill.shared.context.CallContext callContext;

    /** Issue 16 §2: liveness is measured in real time; a demo clock moved forward must not age heartbeats. */
    private Instant realNow() {
        return Clock.systemUTC().instant();
    }

    /**
     * Claims job + period. A finished, failed or dead run (see {@code stillRunning}: its owner's heartbeat
     * is stale, or it is ours and our runtime no longer runs it) is taken over for another attempt, owned by
     * this node; a live one is refused.
     */
    public JobRun claim(String jobName, String period, Predicate<JobRun> stillRunning) {
        String by = callContext.actorName(); // issue 15 §1: the run's starter is whoever the context names
        Optional<JobRun> existing = find(jobName, period);
        if (existing.isEmpty()) {
            JobRun run = new JobRun(jobName, period, by, clock.instant());
            run.ownedBy(node.id(), realNow());
            try {
                em.persist(run);
                em.flush();
            } catch (PersistenceException e) {
                // another node or click inserted the same job + period first
                throw new JobException(ErrorCode.JOB_ALREADY_RUNNING, jobName + " " + period + " is already claimed");
            }
            audit.record("JOB_STARTED", "JOB_RUN", run.getId(), null, null, jobName + " " + period);
            return run;
        }
        JobRun run = em.find(JobRun.class, existing.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (run.getStatus() == JobRunStatus.RUNNING && stillRunning.test(run)) {
            throw new JobException(ErrorCode.JOB_ALREADY_RUNNING, jobName + " " + period + " is running");
        }
        String previousOwner = run.getOwnerNode();
        run.restart(by, clock.instant());
        run.ownedBy(node.id(), realNow());
        em.flush();
        audit.record("JOB_RESTARTED", "JOB_RUN", run.getId(), null, null, jobName + " " + period
                + " attempt " + run.getAttempts() + (previousOwner == null || previousOwner.equals(node.id())
                ? "" : ", taken over from " + previousOwner));
        return run;
    }

    /** Whether job + period was ever claimed (the scheduler starts only unclaimed periods). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isClaimed(String jobName, String period) {
        return find(jobName, period).isPresent();
    }

    public void started(long runId, long executionId) {
        // under the row's lock: the job just started may already be counting chunks or finishing on this row (a
        // plain read lost that race with an OptimisticLockException, and the start was reported as failed)
        em.find(JobRun.class, runId, LockModeType.PESSIMISTIC_WRITE).started(executionId);
    }

    /**
     * Ends the run: COMPLETED only when every step completed and no item was left in error (issue 16 §1), else
     * FAILED with the words of what went wrong; the counts are those its chunks added.
     */
    public void finished(long runId, JobRunStatus status, String message) {
        JobRun run = em.find(JobRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            return;
        }
        try {
            switch (status) {
                case COMPLETED -> run.completed(message, clock.instant());
                case FAILED -> run.failed(message, clock.instant());
                default -> throw new IllegalArgumentException("a run finishes COMPLETED or FAILED, not " + status);
            }
        } catch (IllegalStateException late) {
            // issue 15 §3: a run already ended keeps its first outcome (a late second report changes nothing)
            LOG.warning(() -> "ignored: " + late.getMessage() + " (" + status + ")");
        }
    }

    /**
     * Issue 16 §1: a chunk of the run ended; its counts go onto the claim row at once (its own transaction, under
     * the row's lock, since partitions report to the same row), so the history shows a running job's progress.
     */
    public void counted(long runId, ItemCounts counts) {
        // the row's lock, then the entity adds (measured: a bulk JPQL update here made the auto-charge slower still)
        if (counts.items() == 0) {
            return; // nothing to add: no lock taken
        }
        JobRun run = em.find(JobRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run != null) {
            run.counted(counts);
        }
    }

    /** Issue 16 §2: this node's running claims, for the heartbeat. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobRun> ownRunning() {
        return em.createQuery("select r from JobRun r where r.ownerNode = :n and r.status = :s", JobRun.class)
                .setParameter("n", node.id()).setParameter("s", JobRunStatus.RUNNING).getResultList();
    }

    /** Issue 16 §2: this node still runs it (a run that ended meanwhile, or another node's, is left alone). */
    public void beat(long runId) {
        JobRun run = em.find(JobRun.class, runId, LockModeType.PESSIMISTIC_WRITE); // chunks add counts meanwhile
        if (run != null && node.id().equals(run.getOwnerNode())) {
            run.beat(realNow());
        }
    }

    /** The run's claim row as it is now (counts added by its chunks included). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<JobRun> run(long runId) {
        return Optional.ofNullable(em.find(JobRun.class, runId));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<JobRun> find(String jobName, String period) {
        return em.createQuery("select r from JobRun r where r.jobName = :j and r.period = :p", JobRun.class)
                .setParameter("j", jobName).setParameter("p", period).getResultStream().findFirst();
    }
}
