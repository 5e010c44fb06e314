package com.bizbill.shared.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The claim of one periodic job for one period (design.md "Batch and schedules"): unique on
 * job + period, inserted in its own transaction before the job starts, so a schedule tick and a
 * staff click can never start the same period twice. These rows are the job history staff see.
 */
@Entity
@Table(name = "JOB_RUN", uniqueConstraints = @UniqueConstraint(columnNames = {"JOB_NAME", "PERIOD"}))
public class JobRun {

    /** Issue 17 §4: the message of a run that did its work but whose input was refused (a refused file): a failure. */
    public static final String REFUSED = "REFUSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "JOB_NAME", nullable = false, length = 60, updatable = false)
    private String jobName;

    /** ISO date (2026-11-20) or month (2026-11), depending on the job. */
    @Column(nullable = false, length = 20, updatable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JobRunStatus status;

    @Column(name = "EXECUTION_ID")
    private Long executionId;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "STARTED_BY", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    @Column(name = "ENDED_AT")
    private Instant endedAt;

    /** Items done (issue 16 §1: the column keeps its first name). */
    @Column(name = "ITEMS_WRITTEN", nullable = false)
    private long itemsWritten;

    @Column(name = "ITEMS_SKIPPED", nullable = false)
    private long itemsSkipped;

    @Column(name = "ITEMS_FAILED", nullable = false)
    private long itemsFailed;

    @Column(name = "ITEMS_IN_ERROR", nullable = false)
    private long itemsInError;

    /** Won moved by the items done (charged, billed). */
    @Column(name = "AMOUNT", nullable = false)
    private long amount;

    @Column(length = 500)
    private String message;

    /** Issue 16 §2: the node (one process: name, pid, random part) whose batch runtime runs this claim. */
    @Column(name = "OWNER_NODE", length = 120)
    private String ownerNode;

    /** Issue 16 §2: when the owner last confirmed it is still running it (real time, not the demo clock). */
    @Column(name = "HEARTBEAT_AT")
    private Instant heartbeatAt;

    @Version
    private long version;

    protected JobRun() {
    }

    public JobRun(String jobName, String period, String startedBy, Instant startedAt) {
        this.jobName = jobName;
        this.period = period;
        this.status = JobRunStatus.RUNNING;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.attempts = 1;
    }

    /** Takes the claim again for another attempt (after a failure, a crash, or a staff re-run). */
    public void restart(String by, Instant at) {
        move(JobRunStatus.RUNNING);
        this.startedBy = by;
        this.startedAt = at;
        this.endedAt = null;
        this.executionId = null;
        // each attempt reports what it did itself: a re-run selects only what the dead run left
        this.itemsWritten = 0;
        this.itemsSkipped = 0;
        this.itemsFailed = 0;
        this.itemsInError = 0;
        this.amount = 0;
        this.message = null;
        this.ownerNode = null; // the new owner sets itself (ownedBy)
        this.heartbeatAt = null;
        this.attempts++;
    }

    /** Issue 16 §2: the node that claimed the run starts it here, with its first heartbeat. */
    public void ownedBy(String node, Instant realNow) {
        if (status != JobRunStatus.RUNNING) {
            throw new IllegalStateException("run " + id + " is " + status + ": only a running claim has an owner");
        }
        this.ownerNode = node;
        this.heartbeatAt = realNow;
    }

    /** Issue 16 §2: the owner is still running it. */
    public void beat(Instant realNow) {
        if (status == JobRunStatus.RUNNING && (heartbeatAt == null || realNow.isAfter(heartbeatAt))) {
            this.heartbeatAt = realNow;
        }
    }

    /**
     * Issue 16 §2: whether another node may believe this run is alive — it is running and its owner beat
     * within {@code staleAfter}. A run without a heartbeat (claimed before owners were recorded) is stale.
     */
    public boolean heartbeatFresh(Instant realNow, java.time.Duration staleAfter) {
        return status == JobRunStatus.RUNNING && heartbeatAt != null
                && heartbeatAt.plus(staleAfter).isAfter(realNow);
    }

    public void started(long executionId) {
        this.executionId = executionId;
    }

    /**
     * Issue 16 §1: a chunk of a running attempt ended; its counts are added (several partitions add to one row,
     * each under the row's lock). A chunk reported after the run ended (a partition that outlived a failure) is
     * still counted: its items' own transactions have committed.
     */
    public void counted(ItemCounts c) {
        if (c.done() < 0 || c.skipped() < 0 || c.failed() < 0 || c.inError() < 0) {
            throw new IllegalArgumentException("negative item counts " + c);
        }
        itemsWritten += c.done();
        itemsSkipped += c.skipped();
        itemsFailed += c.failed();
        itemsInError += c.inError();
        amount = Math.addExact(amount, c.amount());
        if (c.firstError() != null && message == null && status == JobRunStatus.RUNNING) {
            message = cut(c.firstError()); // the first item error, for staff while it runs and in the end message
        }
    }

    private static String cut(String words) {
        return words == null || words.length() <= 500 ? words : words.substring(0, 500);
    }

    /** Every step completed and no item was left in error. */
    public void completed(String message, Instant at) {
        end(JobRunStatus.COMPLETED, message, at);
    }

    /** A step failed, an item could not be processed, or the job could not be started. */
    public void failed(String message, Instant at) {
        end(JobRunStatus.FAILED, message, at);
    }

    private void end(JobRunStatus outcome, String message, Instant at) {
        move(outcome);
        this.message = cut(message);
        this.endedAt = at;
    }

    /** Issue 15 §3: the only place the status changes; refuses what {@link JobRunStatus#canBecome} does not allow. */
    private void move(JobRunStatus target) {
        if (!status.canBecome(target)) {
            throw new IllegalStateException("run " + id + " is " + status + ", cannot become " + target);
        }
        status = target;
    }

    public Long getId() {
        return id;
    }

    public String getJobName() {
        return jobName;
    }

    public String getPeriod() {
        return period;
    }

    public JobRunStatus getStatus() {
        return status;
    }

    public String getOwnerNode() {
        return ownerNode;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    /** Items done (written). */
    public long getItemsWritten() {
        return itemsWritten;
    }

    public long getItemsSkipped() {
        return itemsSkipped;
    }

    public long getItemsFailed() {
        return itemsFailed;
    }

    public long getItemsInError() {
        return itemsInError;
    }

    public long getAmount() {
        return amount;
    }

    public String getMessage() {
        return message;
    }
}
