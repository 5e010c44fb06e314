package com.bizbill.billing.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
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
    @SequenceGenerator(name = "SANDBOX_PG_PAYMENT_SEQ", sequenceName = "SANDBOX_PG_PAYMENT_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SANDBOX_PG_PAYMENT_SEQ") // issue 13 §6: no identity contention
    private Long id;

    @Column(name = "ORDER_ID", nullable = false, unique = true, length = 100)
    private String orderId;

    @Column(name = "IDEMPOTENCY_KEY", length = 200)
    private String idempotencyKey;

    @Column(name = "PAYMENT_KEY", length = 80)
    private String paymentKey;

    /** Null for window payments and virtual accounts. */
    @Column(name = "BILLING_KEY", length = 80)
    private String billingKey;

    /** BILLING (billing-key charge), CARD or TRANSFER (the gateway's window), VIRTUAL_ACCOUNT. */
    @Column(nullable = false, length = 20)
    private String method = "BILLING";

    @Column(length = 40)
    private String bank;

    @Column(name = "ACCOUNT_NUMBER", length = 40)
    private String accountNumber;

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

    /** A payment the customer approved on the gateway window: READY until the merchant confirms it. */
    public static SandboxPayment approvedInWindow(String orderId, String paymentKey, String method, long amount,
                                                  Instant at) {
        SandboxPayment p = new SandboxPayment(orderId, null, paymentKey, null, amount, "READY", null, at);
        p.method = method;
        return p;
    }

    /** A virtual account waiting for the customer's deposit. */
    public static SandboxPayment virtualAccount(String orderId, String idempotencyKey, String paymentKey, long amount,
                                                String bank, String accountNumber, Instant at) {
        SandboxPayment p = new SandboxPayment(orderId, idempotencyKey, paymentKey, null, amount, "WAITING_FOR_DEPOSIT",
                null, at);
        p.method = "VIRTUAL_ACCOUNT";
        p.bank = bank;
        p.accountNumber = accountNumber;
        return p;
    }

    /** READY → DONE (window payment confirmed) or WAITING_FOR_DEPOSIT → DONE (deposit arrived). */
    public void done(String idempotencyKeyOfConfirm) {
        if (!"READY".equals(status) && !"WAITING_FOR_DEPOSIT".equals(status)) {
            throw new IllegalStateException("payment " + orderId + " is " + status);
        }
        if (idempotencyKey == null) {
            idempotencyKey = idempotencyKeyOfConfirm;
        }
        status = "DONE";
    }

    public String getMethod() {
        return method;
    }

    public String getBank() {
        return bank;
    }

    public String getAccountNumber() {
        return accountNumber;
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
