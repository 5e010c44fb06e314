package com.bizbill.postpaid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * CB-PST-3: a coupon discarded after its month was invoiced: a cancellation carried over to the company's next invoice
 * (then marked with it, so it is deducted once).
 */
@Entity
@Table(name = "POSTPAID_CARRY_OVER")
public class PostpaidCarryOver {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "COUPON_ID", nullable = false, updatable = false, unique = true)
    private long couponId;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "DISCARDED_AT", nullable = false, updatable = false)
    private Instant discardedAt;

    @Column(name = "INVOICE_ID")
    private Long invoiceId;

    protected PostpaidCarryOver() {
    }

    public PostpaidCarryOver(long organisationId, long couponId, long amount, Instant discardedAt) {
        this.organisationId = organisationId;
        this.couponId = couponId;
        this.amount = amount;
        this.discardedAt = discardedAt;
    }

    public void deductedOn(long invoiceId) {
        if (this.invoiceId != null) {
            throw new IllegalStateException("carried over once");
        }
        this.invoiceId = invoiceId;
    }

    public long getAmount() {
        return amount;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }
}
