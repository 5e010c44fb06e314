package com.bizbill.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** CB-CART-1: a product in a member's cart, with the validity chosen (CB-ORD-5: its price follows the validity). */
@Entity
@Table(name = "CART_LINE", uniqueConstraints = @UniqueConstraint(name = "UK_CART_LINE",
        columnNames = {"MEMBER_ID", "PRODUCT_ID"}))
public class CartLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "PRODUCT_ID", nullable = false, updatable = false)
    private long productId;

    @Column(name = "VALIDITY_DAYS", nullable = false)
    private int validityDays;

    @Column(name = "ADDED_AT", nullable = false, updatable = false)
    private Instant addedAt;

    protected CartLine() {
    }

    public CartLine(long memberId, long productId, int validityDays, Instant addedAt) {
        this.memberId = memberId;
        this.productId = productId;
        this.validityDays = validityDays;
        this.addedAt = addedAt;
    }

    public void validity(int days) {
        this.validityDays = days;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getProductId() {
        return productId;
    }

    public int getValidityDays() {
        return validityDays;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
