package com.bizbill.anniversary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * CB-ANV-1: a product of an anniversary order with the validity chosen and the sale price the owner agreed to; a
 * different price on the day stops the plan instead of paying it.
 */
@Entity
@Table(name = "ANNIVERSARY_PRODUCT")
public class AnniversaryProduct {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PLAN_ID", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false)
    private int position;

    @Column(name = "PRODUCT_ID", nullable = false, updatable = false)
    private long productId;

    @Column(name = "PRODUCT_NAME", nullable = false, length = 200)
    private String productName;

    @Column(name = "VALIDITY_DAYS", nullable = false)
    private int validityDays;

    @Column(name = "SALE_PRICE", nullable = false)
    private long salePrice;

    protected AnniversaryProduct() {
    }

    public AnniversaryProduct(long planId, int position, long productId, String productName, int validityDays,
                              long salePrice) {
        this.planId = planId;
        this.position = position;
        this.productId = productId;
        this.productName = productName;
        this.validityDays = validityDays;
        this.salePrice = salePrice;
    }

    /** The owner agreed to the price of today when switching the plan on again. */
    public void agreeTo(long price) {
        this.salePrice = price;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public int getPosition() {
        return position;
    }

    public long getProductId() {
        return productId;
    }

    public String getProductName() {
        return productName;
    }

    public int getValidityDays() {
        return validityDays;
    }

    public long getSalePrice() {
        return salePrice;
    }
}
