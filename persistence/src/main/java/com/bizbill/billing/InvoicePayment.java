package com.bizbill.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One payment applied to an invoice (BP-INV-3: card or transfer, date, amount). Append-only; the
 * reference (payment attempt, bank statement line) is unique per invoice, so nothing is applied twice.
 * A card payment, and the negative row of a card cancel (BP-PAY-4), name the gateway attempt that made them
 * by its id (issue 16 §3, unique: an attempt is booked once); the reference is then only a label.
 */
@Entity
@Table(name = "INVOICE_PAYMENT")
public class InvoicePayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "INVOICE_ID", nullable = false, updatable = false)
    private long invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private InvoicePaymentMethod method;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(nullable = false, length = 100, updatable = false)
    private String reference;

    @Column(name = "PAID_AT", nullable = false, updatable = false)
    private Instant paidAt;

    /** The card charge (or, on a negative row, the card cancel) attempt that made it; null for a transfer. */
    @Column(name = "ATTEMPT_ID", updatable = false)
    private Long attemptId;

    protected InvoicePayment() {
    }

    private InvoicePayment(long invoiceId, InvoicePaymentMethod method, long amount, String reference, Long attemptId,
                           Instant paidAt) {
        this.invoiceId = invoiceId;
        this.method = method;
        this.amount = amount;
        this.reference = reference;
        this.attemptId = attemptId;
        this.paidAt = paidAt;
    }

    /** BP-INV-3: a bank transfer matched to the invoice; {@code reference} names the statement line. */
    public static InvoicePayment transfer(long invoiceId, long amount, String reference, Instant paidAt) {
        return new InvoicePayment(invoiceId, InvoicePaymentMethod.TRANSFER, amount, reference, null, paidAt);
    }

    /** A card payment confirmed by the gateway for the charge attempt {@code attemptId}. */
    public static InvoicePayment card(long invoiceId, long amount, long attemptId, Instant paidAt) {
        return new InvoicePayment(invoiceId, InvoicePaymentMethod.CARD, amount, "attempt-" + attemptId, attemptId,
                paidAt);
    }

    /** BP-PAY-4: {@code amount} won of the card payment {@code cancelled} refunded by the cancel attempt {@code attemptId}. */
    public static InvoicePayment cardCancel(InvoicePayment cancelled, long amount, long attemptId, Instant paidAt) {
        return new InvoicePayment(cancelled.invoiceId, InvoicePaymentMethod.CARD, -amount,
                "cancel-" + cancelled.id + "-attempt-" + attemptId, attemptId, paidAt);
    }

    /** A card payment (not a cancel's negative row) that its attempt made: what BP-PAY-4 may cancel. */
    public boolean isCardPayment() {
        return method == InvoicePaymentMethod.CARD && amount > 0 && attemptId != null;
    }

    public Long getId() {
        return id;
    }

    public long getInvoiceId() {
        return invoiceId;
    }

    public InvoicePaymentMethod getMethod() {
        return method;
    }

    public long getAmount() {
        return amount;
    }

    public String getReference() {
        return reference;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Long getAttemptId() {
        return attemptId;
    }
}
