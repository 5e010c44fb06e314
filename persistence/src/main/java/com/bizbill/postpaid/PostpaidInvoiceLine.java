package com.bizbill.postpaid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** CB-PST-3: an order on a postpaid invoice: its date, number, name, order amount and the amount settled that month. */
@Entity
@Table(name = "POSTPAID_INVOICE_LINE")
public class PostpaidInvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "INVOICE_ID", nullable = false, updatable = false)
    private long invoiceId;

    @Column(name = "ORDER_ID", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "ORDER_NUMBER", nullable = false, updatable = false, length = 40)
    private String orderNumber;

    @Column(name = "ORDER_NAME", nullable = false, updatable = false, length = 100)
    private String orderName;

    @Column(name = "ORDERED_AT", nullable = false, updatable = false)
    private Instant orderedAt;

    @Column(name = "ORDER_AMOUNT", nullable = false, updatable = false)
    private long orderAmount;

    @Column(nullable = false, updatable = false)
    private long settled;

    protected PostpaidInvoiceLine() {
    }

    public PostpaidInvoiceLine(long invoiceId, long orderId, String orderNumber, String orderName, Instant orderedAt,
                               long orderAmount, long settled) {
        this.invoiceId = invoiceId;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.orderName = orderName;
        this.orderedAt = orderedAt;
        this.orderAmount = orderAmount;
        this.settled = settled;
    }

    public long getInvoiceId() {
        return invoiceId;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getOrderName() {
        return orderName;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public long getOrderAmount() {
        return orderAmount;
    }

    public long getSettled() {
        return settled;
    }
}
