package com.bizbill.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A product of an order with what it was at the moment of ordering (CB-ORD-3, CB-ORD-5): name, brand, validity, face
 * value and sale price are copied, so a later price change or a discontinued product never changes a paid order.
 */
@Entity
@Table(name = "ORDER_ITEM")
public class OrderItem {

    @Id
    @SequenceGenerator(name = "ORDER_ITEM_SEQ", sequenceName = "ORDER_ITEM_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ORDER_ITEM_SEQ")
    private Long id;

    @Column(name = "ORDER_ID", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "POSITION", nullable = false, updatable = false)
    private int position;

    @Column(name = "PRODUCT_ID", nullable = false, updatable = false)
    private long productId;

    @Column(name = "PRODUCT_NAME", nullable = false, length = 200, updatable = false)
    private String productName;

    @Column(name = "BRAND_NAME", nullable = false, length = 200, updatable = false)
    private String brandName;

    @Column(name = "VALIDITY_DAYS", nullable = false, updatable = false)
    private int validityDays;

    @Column(name = "FACE_VALUE", nullable = false, updatable = false)
    private long faceValue;

    @Column(name = "SALE_PRICE", nullable = false, updatable = false)
    private long salePrice;

    @Column(nullable = false, updatable = false)
    private boolean cashable;

    /** CB-ORD-4: the selectable order's gift sent to whoever does not choose within 7 days. */
    @Column(nullable = false, updatable = false)
    private boolean designated;

    protected OrderItem() {
    }

    public OrderItem(long orderId, int position, Line line) {
        this.orderId = orderId;
        this.position = position;
        this.productId = line.productId();
        this.productName = line.productName();
        this.brandName = line.brandName();
        this.validityDays = line.validityDays();
        this.faceValue = line.faceValue();
        this.salePrice = line.salePrice();
        this.cashable = line.cashable();
        this.designated = line.designated();
    }

    /** A product line as priced at placing. */
    public record Line(long productId, String productName, String brandName, int validityDays, long faceValue,
                       long salePrice, boolean cashable, boolean designated) {
    }

    public Line line() {
        return new Line(productId, productName, brandName, validityDays, faceValue, salePrice, cashable, designated);
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
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

    public String getBrandName() {
        return brandName;
    }

    public int getValidityDays() {
        return validityDays;
    }

    public long getFaceValue() {
        return faceValue;
    }

    public long getSalePrice() {
        return salePrice;
    }

    public boolean isCashable() {
        return cashable;
    }

    public boolean isDesignated() {
        return designated;
    }
}
