package com.bizbill.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One payment applied to an invoice (BP-INV-3: card or transfer, date, amount). Append-only; the
 * reference (payment attempt, bank statement line) is unique per invoice, so nothing is applied twice.
 */
@Entity
@Table(name = "INVOICE_PAYMENT")
public class InvoicePayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "INVOICE_ID", nullable = false, updatable = false)
    private long invoiceId;

    /** CARD or TRANSFER. */
    @Column(nullable = false, length = 20, updatable = false)
    private String method;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(nullable = false, length = 100, updatable = false)
    private String reference;

    @Column(name = "PAID_AT", nullable = false, updatable = false)
    private Instant paidAt;

    protected InvoicePayment() {
    }

    public InvoicePayment(long invoiceId, String method, long amount, String reference, Instant paidAt) {
        this.invoiceId = invoiceId;
        this.method = method;
        this.amount = amount;
        this.reference = reference;
        this.paidAt = paidAt;
    }

    public Long getId() {
        return id;
    }

    public long getInvoiceId() {
        return invoiceId;
    }

    public String getMethod() {
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
}
