package com.bizbill.billing.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A payment as the sandbox gateway records it: one per order id, found again by its idempotency key
 * (a repeated call returns the first result), with the amount cancelled so far. Every call, declined
 * or not, is also kept so staff can see what the gateway was asked.
 */
@Entity
@Table(name = "SANDBOX_PG_PAYMENT")
public class SandboxPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORDER_ID", nullable = false, unique = true, length = 100)
    private String orderId;

    @Column(name = "IDEMPOTENCY_KEY", length = 200)
    private String idempotencyKey;

    @Column(name = "PAYMENT_KEY", length = 80)
    private String paymentKey;

    @Column(name = "BILLING_KEY", nullable = false, length = 80)
    private String billingKey;

    @Column(nullable = false)
    private long amount;

    @Column(name = "CANCELLED_AMOUNT", nullable = false)
    private long cancelledAmount;

    /** DONE, DECLINED, CANCELED, PARTIAL_CANCELED. */
    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "FAILURE_CODE", length = 60)
    private String failureCode;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SandboxPayment() {
    }

    public SandboxPayment(String orderId, String idempotencyKey, String paymentKey, String billingKey, long amount,
                          String status, String failureCode, Instant createdAt) {
        this.orderId = orderId;
        this.idempotencyKey = idempotencyKey;
        this.paymentKey = paymentKey;
        this.billingKey = billingKey;
        this.amount = amount;
        this.status = status;
        this.failureCode = failureCode;
        this.createdAt = createdAt;
    }

    /** Cancels {@code part} won (or the rest when null); returns what was cancelled. */
    public long cancel(Long part) {
        long rest = amount - cancelledAmount;
        long now = part == null ? rest : part;
        if (!"DONE".equals(status) && !"PARTIAL_CANCELED".equals(status) || now <= 0 || now > rest) {
            throw new IllegalStateException("not cancelable");
        }
        cancelledAmount += now;
        status = cancelledAmount == amount ? "CANCELED" : "PARTIAL_CANCELED";
        return now;
    }

    public Long getId() {
        return id;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getPaymentKey() {
        return paymentKey;
    }

    public String getBillingKey() {
        return billingKey;
    }

    public long getAmount() {
        return amount;
    }

    public long getCancelledAmount() {
        return cancelledAmount;
    }

    public String getStatus() {
        return status;
    }

    public String getFailureCode() {
        return failureCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
