package com.bizbill.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One charge of a prepaid wallet (CB-WAL-1): by card (registered billing key), real-time transfer
 * (the gateway's window) or virtual account (a deposit that arrives later). The request key makes a
 * double submit one charge.
 */
@Entity
@Table(name = "WALLET_CHARGE")
public class WalletCharge {

    /** CB-WAL-1: the smallest charge. */
    public static final long MINIMUM_AMOUNT = 1_000;

    @Id
    @SequenceGenerator(name = "WALLET_CHARGE_SEQ", sequenceName = "WALLET_CHARGE_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WALLET_CHARGE_SEQ") // issue 13 §6: no identity contention
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ChargeMethod method;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "CANCELLED_AMOUNT", nullable = false)
    private long cancelledAmount;

    /** Issue 18 §1: of the cancelled amount, the refund fee kept (CB-WAL-3); the rest went back to the payer. */
    @Column(name = "CANCEL_FEE", nullable = false)
    private long cancelFee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChargeStatus status = ChargeStatus.PENDING;

    @Column(name = "REQUEST_KEY", nullable = false, length = 250, updatable = false)
    private String requestKey;

    @Column(name = "PAYMENT_ATTEMPT_ID")
    private Long paymentAttemptId;

    @Column(name = "PAYMENT_KEY", length = 200)
    private String paymentKey;

    @Column(length = 40)
    private String bank;

    @Column(name = "ACCOUNT_NUMBER", length = 40)
    private String accountNumber;

    @Column(name = "DUE_AT")
    private Instant dueAt;

    @Column(name = "FAILURE_MESSAGE", length = 500)
    private String failureMessage;

    @Column(name = "REQUESTED_BY", nullable = false, length = 100, updatable = false)
    private String requestedBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "COMPLETED_AT")
    private Instant completedAt;

    @Version
    private long version;

    protected WalletCharge() {
    }

    public WalletCharge(long organisationId, ChargeMethod method, long amount, String requestKey, String requestedBy,
                        Instant createdAt) {
        if (amount < MINIMUM_AMOUNT) {
            throw new IllegalArgumentException("CB-WAL-1: a charge is at least 1,000 won: " + amount);
        }
        com.bizbill.shared.WholeNumbers.withinCeiling(amount); // issue 13: the fixed ceiling
        this.organisationId = organisationId;
        this.method = method;
        this.amount = amount;
        this.requestKey = requestKey;
        this.requestedBy = requestedBy;
        this.createdAt = createdAt;
    }

    public void attachAttempt(long attemptId) {
        this.paymentAttemptId = attemptId;
    }

    public void awaitDeposit(String paymentKey, String bank, String accountNumber, Instant dueAt) {
        requirePending();
        this.paymentKey = paymentKey;
        this.bank = bank;
        this.accountNumber = accountNumber;
        this.dueAt = dueAt;
    }

    public void complete(String paymentKey, Instant at) {
        requirePending();
        this.status = ChargeStatus.COMPLETED;
        this.paymentKey = paymentKey;
        this.completedAt = at;
    }

    public void fail(String message) {
        requirePending();
        this.status = ChargeStatus.FAILED;
        this.failureMessage = message == null || message.length() <= 500 ? message : message.substring(0, 500);
    }

    /** Records a (partial) charge cancel of {@code part} won (CB-WAL-3). */
    public void cancel(long part, long fee) {
        if (part <= 0 || part > cancellable()) {
            throw new IllegalArgumentException("cannot cancel " + part + " of charge " + id);
        }
        if (fee < 0 || fee > part) {
            throw new IllegalArgumentException("a cancel fee is between 0 and the part cancelled");
        }
        cancelledAmount += part;
        cancelFee += fee;
        status = cancelledAmount == amount ? ChargeStatus.CANCELLED : ChargeStatus.PARTIALLY_CANCELLED;
    }

    /** What of this charge has not been cancelled yet (0 unless completed). */
    public long cancellable() {
        return status == ChargeStatus.COMPLETED || status == ChargeStatus.PARTIALLY_CANCELLED
                ? amount - cancelledAmount : 0;
    }

    public boolean isPending() {
        return status == ChargeStatus.PENDING;
    }

    private void requirePending() {
        if (status != ChargeStatus.PENDING) {
            throw new IllegalStateException("charge " + id + " is already " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public ChargeMethod getMethod() {
        return method;
    }

    public long getAmount() {
        return amount;
    }

    public long getCancelFee() {
        return cancelFee;
    }

    /** What went back to the payer of all cancels: cancelled minus the fees kept. */
    public long getCancelRefunded() {
        return cancelledAmount - cancelFee;
    }

    public long getCancelledAmount() {
        return cancelledAmount;
    }

    public ChargeStatus getStatus() {
        return status;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public Long getPaymentAttemptId() {
        return paymentAttemptId;
    }

    public String getPaymentKey() {
        return paymentKey;
    }

    public String getBank() {
        return bank;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getFailureMessage() {
        return failureMessage;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
