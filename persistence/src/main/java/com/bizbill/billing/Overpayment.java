package com.bizbill.billing;

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

/**
 * A payment the gateway confirmed but that could not be applied to what it paid for (issue 13): the
 * invoice was already paid another way, the amount exceeds the balance, the wallet charge or usage bill
 * was already closed. The money is held on the overpayment (suspense) ledger account until staff refund it
 * through the gateway. One per payment attempt; it guards its own states OPEN → REFUNDING → REFUNDED
 * (a failed refund goes back to OPEN).
 */
@Entity
@Table(name = "OVERPAYMENT")
public class Overpayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ATTEMPT_ID", nullable = false, unique = true, updatable = false)
    private long attemptId;

    /** The order id of the attempt, copied: random since issue 14 §2, so it cannot be rebuilt from the id. */
    @Column(name = "ORDER_ID", nullable = false, length = 64, updatable = false)
    private String orderId;

    @Column(nullable = false, length = 30, updatable = false)
    private String purpose;

    @Column(nullable = false, length = 100, updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "PAYMENT_KEY", length = 200, updatable = false)
    private String paymentKey;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OverpaymentStatus status = OverpaymentStatus.OPEN;

    @Column(name = "REFUND_ATTEMPT_ID")
    private Long refundAttemptId;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "REFUNDED_AT")
    private Instant refundedAt;

    @Column(name = "REFUNDED_BY", length = 100)
    private String refundedBy;

    @Version
    private long version;

    protected Overpayment() {
    }

    public Overpayment(long attemptId, String orderId, String purpose, String reference, long amount, String paymentKey,
                       String reason, Instant createdAt) {
        if (amount <= 0) {
            throw new IllegalArgumentException("an overpayment is a positive amount: " + amount);
        }
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("an overpayment names the order id of its payment");
        }
        this.attemptId = attemptId;
        this.orderId = orderId;
        this.purpose = purpose;
        this.reference = reference;
        this.amount = amount;
        this.paymentKey = paymentKey;
        this.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        this.createdAt = createdAt;
    }

    /** Staff asked for the refund: one refund attempt at a time. */
    public void refunding(long refundAttemptId, String by) {
        if (status != OverpaymentStatus.OPEN) {
            throw new IllegalStateException("overpayment " + id + " is " + status + ", not OPEN");
        }
        if (paymentKey == null) {
            throw new IllegalStateException("overpayment " + id + " has no gateway payment to refund");
        }
        this.status = OverpaymentStatus.REFUNDING;
        this.refundAttemptId = refundAttemptId;
        this.refundedBy = by;
    }

    /** The gateway confirmed the refund of {@code refundAttemptId}. */
    public void refunded(long refundAttemptId, Instant at) {
        requireRefundingBy(refundAttemptId);
        this.status = OverpaymentStatus.REFUNDED;
        this.refundedAt = at;
    }

    /** The gateway refused the refund: the money is still held, staff may try again. */
    public void refundFailed(long refundAttemptId) {
        requireRefundingBy(refundAttemptId);
        this.status = OverpaymentStatus.OPEN;
        this.refundAttemptId = null;
    }

    private void requireRefundingBy(long attempt) {
        if (status != OverpaymentStatus.REFUNDING || refundAttemptId == null || refundAttemptId != attempt) {
            throw new IllegalStateException("overpayment " + id + " is " + status + ", not refunding by " + attempt);
        }
    }

    public Long getId() {
        return id;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getReference() {
        return reference;
    }

    public long getAmount() {
        return amount;
    }

    public String getPaymentKey() {
        return paymentKey;
    }

    public String getReason() {
        return reason;
    }

    public OverpaymentStatus getStatus() {
        return status;
    }

    public Long getRefundAttemptId() {
        return refundAttemptId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }

    public String getRefundedBy() {
        return refundedBy;
    }

    /** The order id of the payment that overpaid (staff confirm the refund against it). */
    public String getOrderId() {
        return orderId;
    }
}
