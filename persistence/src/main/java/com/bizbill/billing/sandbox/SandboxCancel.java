package com.bizbill.billing.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A cancel as the sandbox gateway records it, by its idempotency key (issue 13): the same key asked again
 * answers this first result and refunds nothing a second time.
 */
@Entity
@Table(name = "SANDBOX_PG_CANCEL")
public class SandboxCancel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "IDEMPOTENCY_KEY", nullable = false, unique = true, length = 200, updatable = false)
    private String idempotencyKey;

    @Column(name = "PAYMENT_KEY", nullable = false, length = 80, updatable = false)
    private String paymentKey;

    /** What was asked (null: the rest). */
    @Column(updatable = false)
    private Long amount;

    @Column(nullable = false, updatable = false)
    private boolean ok;

    @Column(name = "CANCELLED_AMOUNT", nullable = false, updatable = false)
    private long cancelledAmount;

    @Column(name = "FAILURE_CODE", length = 60, updatable = false)
    private String failureCode;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    protected SandboxCancel() {
    }

    public SandboxCancel(String idempotencyKey, String paymentKey, Long amount, boolean ok, long cancelledAmount,
                         String failureCode, Instant createdAt) {
        this.idempotencyKey = idempotencyKey;
        this.paymentKey = paymentKey;
        this.amount = amount;
        this.ok = ok;
        this.cancelledAmount = cancelledAmount;
        this.failureCode = failureCode;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getPaymentKey() {
        return paymentKey;
    }

    public Long getAmount() {
        return amount;
    }

    public boolean isOk() {
        return ok;
    }

    public long getCancelledAmount() {
        return cancelledAmount;
    }

    public String getFailureCode() {
        return failureCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
