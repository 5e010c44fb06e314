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
import java.security.SecureRandom;
import java.time.Instant;

/**
 * One attempt to take money through the payment gateway. Its order id and idempotency key are
 * fixed per attempt, so a retry of the same attempt can never charge twice; a new attempt
 * (a later retry, say) is a new row with a new order id and key. The order id is random, not our
 * id (issue 14 §2): a sequential one can be pre-claimed at the gateway to make the next charge fail.
 */
@Entity
@Table(name = "PAYMENT_ATTEMPT")
public class PaymentAttempt {

    @Id
    @jakarta.persistence.SequenceGenerator(name = "PAYMENT_ATTEMPT_SEQ", sequenceName = "PAYMENT_ATTEMPT_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PAYMENT_ATTEMPT_SEQ") // issue 13 §6: no identity contention
    private Long id;

    /** Issue 14 §2: "BZ" + 20 random base62 characters (about 119 bits), so the next one cannot be guessed. */
    static final String ORDER_ID_PREFIX = "BZ";
    static final int ORDER_ID_RANDOM_LENGTH = 20;
    private static final char[] BASE62 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The order id the gateway sees; rows from before issue 14 §2 keep "BZ" + id (the gateway knows them). */
    @Column(name = "ORDER_ID", nullable = false, unique = true, length = 64, updatable = false)
    private String orderId;

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

    /** CHARGE takes money, CANCEL gives back (part of) the payment {@link #cancelsPaymentKey}. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private AttemptKind kind = AttemptKind.CHARGE;

    @Column(name = "CANCELS_PAYMENT_KEY", length = 200, updatable = false)
    private String cancelsPaymentKey;

    /** Reconciliation could not settle it (the booking failed): staff look at it; the reason says why. */
    @Column(name = "NEEDS_STAFF", nullable = false)
    private boolean needsStaff;

    @Column(name = "STAFF_REASON", length = 500)
    private String staffReason;

    /** Issue 16 §3: the invoice an invoice charge or card cancel is for, by foreign key (the reference is a label). */
    @Column(name = "INVOICE_ID", updatable = false)
    private Long invoiceId;

    /** Issue 16 §3: the invoice card payment a card cancel (BP-PAY-4) refunds, by foreign key. */
    @Column(name = "INVOICE_PAYMENT_ID", updatable = false)
    private Long invoicePaymentId;

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
        this.orderId = newOrderId();
    }

    /** Issue 14 §2: assigned once, when the attempt is made, never derived from the (sequential) id. */
    static String newOrderId() {
        char[] c = new char[ORDER_ID_RANDOM_LENGTH];
        for (int i = 0; i < c.length; i++) {
            c[i] = BASE62[RANDOM.nextInt(BASE62.length)];
        }
        return ORDER_ID_PREFIX + new String(c);
    }

    /**
     * A cancel of {@code amount} won of the gateway payment {@code paymentKey} (issue 13): written and
     * committed before the gateway is called, with its own idempotency key, so a retry never refunds twice.
     */
    public static PaymentAttempt cancelOf(String purpose, String reference, int attemptNo, long amount,
                                          String paymentKey, Instant createdAt) {
        if (paymentKey == null || paymentKey.isBlank()) {
            throw new IllegalArgumentException("a cancel names the payment it cancels");
        }
        PaymentAttempt a = new PaymentAttempt(purpose, reference, attemptNo, amount, createdAt);
        a.kind = AttemptKind.CANCEL;
        a.cancelsPaymentKey = paymentKey;
        return a;
    }

    /** Names the invoice this attempt charges (issue 16 §3); only before it is stored. */
    public PaymentAttempt forInvoice(long invoice) {
        requireNew();
        invoiceId = invoice;
        return this;
    }

    /** Names the invoice card payment this cancel refunds, and its invoice (issue 16 §3); only before it is stored. */
    public PaymentAttempt cancellingInvoicePayment(long invoice, long invoicePayment) {
        if (kind != AttemptKind.CANCEL) {
            throw new IllegalStateException("only a cancel refunds a payment");
        }
        forInvoice(invoice);
        invoicePaymentId = invoicePayment;
        return this;
    }

    private void requireNew() {
        if (id != null) {
            throw new IllegalStateException("attempt " + id + " is stored: what it is for is fixed");
        }
    }

    /** The order id the gateway sees: stable for this attempt, new and unguessable for the next (issue 14 §2). */
    public String orderId() {
        requirePersisted();
        return orderId;
    }

    /** The stored order id for display (pages, staff lists); the gateway calls go through {@link #orderId()}. */
    public String getOrderId() {
        return orderId;
    }

    /** The gateway idempotency key: derived from our attempt id (design.md "Security"). */
    public String idempotencyKey() {
        requirePersisted();
        return (kind == AttemptKind.CANCEL ? "bizbill-cancel-attempt-" : "bizbill-payment-attempt-") + id;
    }

    public boolean isCancel() {
        return kind == AttemptKind.CANCEL;
    }

    /** Still waiting for the gateway's answer (INITIATED or UNKNOWN). */
    public boolean isOpen() {
        return !status.isFinal();
    }

    /**
     * Reconciliation could not settle it (issue 13): the attempt stays open, staff see why, the job goes on
     * with the others. Only an open attempt is flagged; a decision clears the flag.
     */
    public void flagForStaff(String reason) {
        requireOpen();
        needsStaff = true;
        staffReason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    /**
     * Staff closed it by hand after checking with the gateway that nothing moved (INITIATED or UNKNOWN,
     * issue 13: an INITIATED one too).
     */
    public void closeByHand(String note, Instant at) {
        requireOpen();
        failed("MANUAL", note, at);
    }

    public void succeeded(String gatewayPaymentKey, Instant at) {
        requireOpen();
        status = PaymentStatus.SUCCEEDED;
        paymentKey = gatewayPaymentKey;
        failureCode = null;
        failureMessage = null;
        decidedAt = at;
        needsStaff = false;
    }

    public void failed(String code, String message, Instant at) {
        requireOpen();
        status = PaymentStatus.FAILED;
        failureCode = code;
        failureMessage = message == null || message.length() <= 500 ? message : message.substring(0, 500);
        decidedAt = at;
        needsStaff = false;
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

    public AttemptKind getKind() {
        return kind;
    }

    public String getCancelsPaymentKey() {
        return cancelsPaymentKey;
    }

    public boolean isNeedsStaff() {
        return needsStaff;
    }

    public String getStaffReason() {
        return staffReason;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Long getInvoicePaymentId() {
        return invoicePaymentId;
    }
}
