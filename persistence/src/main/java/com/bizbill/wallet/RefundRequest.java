package com.bizbill.wallet;

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

/** A refund of the remaining balance to a bank account (CB-WAL-4), with its state machine (CB-WAL-5). */
@Entity
@Table(name = "REFUND_REQUEST")
public class RefundRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(nullable = false, updatable = false)
    private long fee;

    /**
     * CB-WAL-4: the part of the amount that was refunded without a fee (drawn from the last 7 days'
     * charges), so later refunds cannot draw it again. Null on refunds filed before issue 13: counted
     * as the whole amount.
     */
    @Column(name = "FEE_FREE_AMOUNT", updatable = false)
    private Long feeFreeAmount;

    @Column(nullable = false, length = 40, updatable = false)
    private String bank;

    @Column(name = "ACCOUNT_NUMBER", nullable = false, length = 40, updatable = false)
    private String accountNumber;

    @Column(nullable = false, length = 60, updatable = false)
    private String holder;

    @Column(name = "BANKBOOK_FILE", nullable = false, length = 200, updatable = false)
    private String bankbookFile;

    @Column(name = "HOLDER_DOCUMENT_FILE", length = 200, updatable = false)
    private String holderDocumentFile;

    @Column(nullable = false, length = 200, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RefundStatus status = RefundStatus.REQUESTED;

    @Column(name = "REQUEST_KEY", nullable = false, length = 120, updatable = false)
    private String requestKey;

    @Column(name = "REJECTION_REASON", length = 300)
    private String rejectionReason;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    @Column(name = "DECIDED_BY", length = 100)
    private String decidedBy;

    @Version
    private long version;

    protected RefundRequest() {
    }

    public RefundRequest(long organisationId, long memberId, long amount, long fee, BankAccount account,
                         String bankbookFile, String holderDocumentFile, String reason, String requestKey,
                         Instant createdAt) {
        com.bizbill.shared.WholeNumbers.withinCeiling(amount); // issue 13: the fixed ceiling
        this.organisationId = organisationId;
        this.memberId = memberId;
        this.amount = amount;
        this.fee = fee;
        this.bank = account.bank();
        this.accountNumber = account.accountNumber();
        this.holder = account.holder();
        this.bankbookFile = bankbookFile;
        this.holderDocumentFile = holderDocumentFile;
        this.reason = reason;
        this.requestKey = requestKey;
        this.createdAt = createdAt;
    }

    /** CB-WAL-4: the fee-free part this refund used (see {@link FeeFreeRefund}). */
    public RefundRequest withFeeFreeAmount(long feeFree) {
        if (feeFree < 0 || feeFree > amount) {
            throw new IllegalArgumentException("fee-free part " + feeFree + " of " + amount);
        }
        this.feeFreeAmount = feeFree;
        return this;
    }

    public Long getFeeFreeAmount() {
        return feeFreeAmount;
    }

    /** Staff take it up: REQUESTED → REVIEWING. */
    public void startReview(String by, Instant at) {
        move(RefundStatus.REQUESTED, RefundStatus.REVIEWING, by, at);
    }

    /** Staff paid it out: REVIEWING → COMPLETED. */
    public void complete(String by, Instant at) {
        move(RefundStatus.REVIEWING, RefundStatus.COMPLETED, by, at);
    }

    /** Staff refuse it (from REQUESTED or REVIEWING); the amount goes back to the wallet. */
    public void reject(String reason, String by, Instant at) {
        if (!status.isOpen()) {
            throw new IllegalStateException("refund " + id + " is " + status);
        }
        status = RefundStatus.REJECTED;
        rejectionReason = reason;
        decidedBy = by;
        decidedAt = at;
    }

    /** The customer withdraws it, only while REQUESTED; the amount goes back to the wallet. */
    public void cancel(String by, Instant at) {
        move(RefundStatus.REQUESTED, RefundStatus.CANCELLED, by, at);
    }

    private void move(RefundStatus from, RefundStatus to, String by, Instant at) {
        if (status != from) {
            throw new IllegalStateException("refund " + id + " is " + status + ", not " + from);
        }
        status = to;
        decidedBy = by;
        decidedAt = at;
    }

    /** What reaches the customer's bank account. */
    public long payout() {
        return amount - fee;
    }

    public BankAccount bankAccount() {
        return new BankAccount(bank, accountNumber, holder);
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getAmount() {
        return amount;
    }

    public long getFee() {
        return fee;
    }

    public String getBankbookFile() {
        return bankbookFile;
    }

    public String getHolderDocumentFile() {
        return holderDocumentFile;
    }

    public String getReason() {
        return reason;
    }

    public RefundStatus getStatus() {
        return status;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
