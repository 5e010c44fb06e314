package com.bizbill.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An account's balance at the end of a day, written by the daily ledger-snapshot job.
 * Unique per account and day, so running the job again for a day adds nothing.
 */
@Entity
@Table(name = "BALANCE_SNAPSHOT",
        uniqueConstraints = @UniqueConstraint(columnNames = {"ACCOUNT_ID", "SNAPSHOT_DATE"}))
public class BalanceSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "SNAPSHOT_DATE", nullable = false, updatable = false)
    private LocalDate snapshotDate;

    /** Sum of signed postings up to the end of the day. */
    @Column(name = "POSTING_SUM", nullable = false, updatable = false)
    private long postingSum;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    protected BalanceSnapshot() {
    }

    public BalanceSnapshot(long accountId, LocalDate snapshotDate, long postingSum, Instant createdAt) {
        this.accountId = accountId;
        this.snapshotDate = snapshotDate;
        this.postingSum = postingSum;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public LocalDate getSnapshotDate() {
        return snapshotDate;
    }

    public long getPostingSum() {
        return postingSum;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
