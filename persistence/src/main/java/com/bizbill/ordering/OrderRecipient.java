package com.bizbill.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A recipient of an order (CB-ORD-8). Written with the order and never changed afterwards (the number cannot change
 * once the order is placed): every column is insert-only. Ids come from a sequence in blocks of 500 so that an order
 * of 10,000 recipients is written in JDBC batches without an id round trip per row (issue 20 §2).
 */
@Entity
@Table(name = "ORDER_RECIPIENT")
public class OrderRecipient {

    public static final int ID_BLOCK = 500;

    @Id
    @SequenceGenerator(name = "ORDER_RECIPIENT_SEQ", sequenceName = "ORDER_RECIPIENT_SEQ", allocationSize = ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ORDER_RECIPIENT_SEQ")
    private Long id;

    @Column(name = "ORDER_ID", nullable = false, updatable = false)
    private long orderId;

    /** The row's place in the order, from 1, as typed or in the file. */
    @Column(name = "SEQ", nullable = false, updatable = false)
    private int seq;

    @Column(name = "MOBILE", nullable = false, length = 11, updatable = false)
    private String mobile;

    @Column(name = "NAME", length = 40, updatable = false)
    private String name;

    @Column(name = "COMPANY", length = 80, updatable = false)
    private String company;

    @Column(name = "TITLE", length = 40, updatable = false)
    private String title;

    protected OrderRecipient() {
    }

    public OrderRecipient(long orderId, int seq, RecipientRow row) {
        this.orderId = orderId;
        this.seq = seq;
        this.mobile = row.mobile();
        this.name = row.name();
        this.company = row.company();
        this.title = row.title();
    }

    public RecipientRow row() {
        return new RecipientRow(mobile, name, company, title);
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public int getSeq() {
        return seq;
    }

    public String getMobile() {
        return mobile;
    }

    public String getName() {
        return name;
    }

    public String getCompany() {
        return company;
    }

    public String getTitle() {
        return title;
    }
}
