package com.bizbill.postpaid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * CB-PST-2, CB-PST-3: a postpaid company's invoice for the coupons issued in a month (whenever ordered): billed =
 * settled − carried-over cancellations (coupons of months invoiced before, discarded since) + staff's adjustment. No
 * VAT line: vouchers are taxed when used, not when sold. One per company and month; the receivable already holds the
 * amount (orders post it), so issuing posts nothing; an adjustment and the payment post their own entries.
 */
@Entity
@Table(name = "POSTPAID_INVOICE")
public class PostpaidInvoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private long organisationId;

    /** {@code yyyy-MM}: the month the coupons were issued in. */
    @Column(name = "BILLING_MONTH", nullable = false, updatable = false, length = 7)
    private String month;

    @Column(nullable = false, updatable = false)
    private long settled;

    @Column(name = "CARRIED_OVER", nullable = false, updatable = false)
    private long carriedOver;

    @Column(nullable = false)
    private long adjustment;

    @Column(name = "ADJUSTMENT_REASON", length = 200)
    private String adjustmentReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PostpaidInvoiceStatus status;

    /** The date the master chose to print as the transaction date (null: the issue date). */
    @Column(name = "TRANSACTION_DATE")
    private LocalDate transactionDate;

    @Column(name = "ISSUED_AT", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "PAID_AT")
    private Instant paidAt;

    @Column(name = "PAID_BY", length = 120)
    private String paidBy;

    @Version
    private long version;

    protected PostpaidInvoice() {
    }

    public PostpaidInvoice(long organisationId, String month, long settled, long carriedOver, Instant issuedAt) {
        if (settled < 0 || carriedOver < 0) {
            throw new IllegalArgumentException("amounts are not negative");
        }
        this.organisationId = organisationId;
        this.month = month;
        this.settled = settled;
        this.carriedOver = carriedOver;
        this.status = PostpaidInvoiceStatus.ISSUED;
        this.issuedAt = issuedAt;
    }

    /** CB-PST-3: billed = settled − carried-over cancellations, with staff's adjustment; never below zero. */
    public long getBilled() {
        return Math.max(0, settled - carriedOver + adjustment);
    }

    /** Staff set the billed amount (audited, posted as its own entry by the service); returns the change. */
    public long adjustTo(long billed, String reason) {
        if (status != PostpaidInvoiceStatus.ISSUED) {
            throw new IllegalStateException("a paid invoice is not adjusted");
        }
        if (billed < 0) {
            throw new IllegalArgumentException("billed is not negative");
        }
        long before = getBilled();
        this.adjustment = billed - (settled - carriedOver);
        this.adjustmentReason = reason;
        return getBilled() - before;
    }

    public void paid(Instant at, String by) {
        if (status != PostpaidInvoiceStatus.ISSUED) {
            throw new IllegalStateException("invoice " + id + " is " + status);
        }
        this.status = PostpaidInvoiceStatus.PAID;
        this.paidAt = at;
        this.paidBy = by;
    }

    public void transactionDate(LocalDate date) {
        this.transactionDate = date;
    }

    /** "PI-2026-11-000042": the month and its row. */
    public String number() {
        return String.format("PI-%s-%06d", month, id);
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

    public long getSettled() {
        return settled;
    }

    public long getCarriedOver() {
        return carriedOver;
    }

    public long getAdjustment() {
        return adjustment;
    }

    public String getAdjustmentReason() {
        return adjustmentReason;
    }

    public PostpaidInvoiceStatus getStatus() {
        return status;
    }

    public LocalDate getTransactionDate() {
        return transactionDate;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }
}
