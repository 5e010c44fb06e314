package com.bizbill.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A postpaid organisation's credit for one month (CB-PST-1): the limit staff set for the contract,
 * copied when the month opens (the 1st-of-month reset job), and what was used in that month.
 * Remaining credit = limit − use.
 */
@Entity
@Table(name = "CREDIT_LINE")
public class CreditLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private long organisationId;

    /** yyyy-MM */
    @Column(name = "CREDIT_MONTH", nullable = false, length = 7, updatable = false)
    private String month;

    @Column(name = "LIMIT_AMOUNT", nullable = false)
    private long limitAmount;

    @Column(name = "USED_AMOUNT", nullable = false)
    private long usedAmount;

    @Version
    private long version;

    protected CreditLine() {
    }

    public CreditLine(long organisationId, String month, long limitAmount) {
        if (limitAmount < 0) {
            throw new IllegalArgumentException("a credit limit is not negative");
        }
        this.organisationId = organisationId;
        this.month = month;
        this.limitAmount = limitAmount;
    }

    public long remaining() {
        return Math.max(0, limitAmount - usedAmount);
    }

    /** @throws InsufficientBalanceException when the use would pass the limit (nothing changes) */
    public void use(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a use is positive");
        }
        if (amount > remaining()) {
            throw new InsufficientBalanceException(remaining(), amount);
        }
        usedAmount += amount;
    }

    /** A cancelled use gives the credit back for this month. */
    public void release(long amount) {
        if (amount <= 0 || amount > usedAmount) {
            throw new IllegalArgumentException("cannot release " + amount + " of " + usedAmount);
        }
        usedAmount -= amount;
    }

    /** Staff changed the contract's limit: this month follows at once. */
    public void changeLimit(long newLimit) {
        if (newLimit < 0) {
            throw new IllegalArgumentException("a credit limit is not negative");
        }
        limitAmount = newLimit;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getMonth() {
        return month;
    }

    public long getLimitAmount() {
        return limitAmount;
    }

    public long getUsedAmount() {
        return usedAmount;
    }
}
