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
 * One attempt to take money through the payment gateway. Its order id and idempotency key are
 * derived from our own id, so a retry of the same attempt can never charge twice; a new attempt
 * (a later retry, say) is a new row with a new key.
 */
@Entity
@Table(name = "PAYMENT_ATTEMPT")
public class PaymentAttempt {

    @Id
    @jakarta.persistence.SequenceGenerator(name = "PAYMENT_ATTEMPT_SEQ", sequenceName = "PAYMENT_ATTEMPT_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PAYMENT_ATTEMPT_SEQ") // issue 13 §6: no identity contention
    private Long id;

    /** What is being paid: WALLET_CHARGE, INVOICE, USAGE_BILL … */
    @Column(nullable = false, length = 30, updatable = false)
    private String purpose;

    /** The record paid for (invoice id, charge id …) and its attempt number, unique together. */
    @Column(nullable = false, length = 100, updatable = false)
    private String reference;

    @Column(name = "ATTEMPT_NO", nullable = false, updatable = false)
    private int attemptNo;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentStatus status = PaymentStatus.INITIATED;

    @Column(name = "PAYMENT_KEY", length = 200)
    private String paymentKey;

    @Column(name = "FAILURE_CODE", length = 100)
    private String failureCode;

    @Column(name = "FAILURE_MESSAGE", length = 500)
    private String failureMessage;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    @Version
    private long version;

    protected PaymentAttempt() {
    }

    public PaymentAttempt(String purpose, String reference, int attemptNo, long amount, Instant createdAt) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a payment is for a positive amount: " + amount);
        }
        this.purpose = purpose;
        this.reference = reference;
        this.attemptNo = attemptNo;
        this.amount = amount;
        this.createdAt = createdAt;
    }

    /** The order id the gateway sees: stable for this attempt, new for the next. */
    public String orderId() {
        requirePersisted();
        return "BZ" + id;
    }

    /** The gateway idempotency key: derived from our attempt id (design.md "Security"). */
    public String idempotencyKey() {
        requirePersisted();
        return "bizbill-payment-attempt-" + id;
    }

    public void succeeded(String gatewayPaymentKey, Instant at) {
        requireOpen();
        status = PaymentStatus.SUCCEEDED;
        paymentKey = gatewayPaymentKey;
        failureCode = null;
        failureMessage = null;
        decidedAt = at;
    }

    public void failed(String code, String message, Instant at) {
        requireOpen();
        status = PaymentStatus.FAILED;
        failureCode = code;
        failureMessage = message == null || message.length() <= 500 ? message : message.substring(0, 500);
        decidedAt = at;
    }

    /** The answer was lost: only reconciliation decides from here. */
    public void outcomeUnknown() {
        if (status != PaymentStatus.INITIATED) {
            throw new IllegalStateException("attempt " + id + " is " + status + ", not INITIATED");
        }
        status = PaymentStatus.UNKNOWN;
    }

    private void requireOpen() {
        if (status.isFinal()) {
            throw new IllegalStateException("attempt " + id + " is already " + status);
        }
    }

    private void requirePersisted() {
        if (id == null) {
            throw new IllegalStateException("persist the attempt before calling the gateway");
        }
    }

    public Long getId() {
        return id;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getReference() {
        return reference;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public long getAmount() {
        return amount;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getPaymentKey() {
        return paymentKey;
    }

    public String getFailureCode() {
        return failureCode;
    }

    public String getFailureMessage() {
        return failureMessage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
