package com.bizbill.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/**
 * CB-CAT-1, CB-ORD-5: one validity option of a product (30, 60 or 90 days) with its own sale price. The price is
 * staff's (a catalog refresh never changes it; each change is a {@link ProductPriceChange}); whether the supplier
 * still offers the option is the supplier's.
 */
@Entity
@Table(name = "CATALOG_PRODUCT_OPTION", uniqueConstraints = @UniqueConstraint(name = "UK_PRODUCT_OPTION",
        columnNames = {"PRODUCT_ID", "VALIDITY_DAYS"}))
public class ProductOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PRODUCT_ID", nullable = false, updatable = false)
    private long productId;

    @Column(name = "VALIDITY_DAYS", nullable = false, updatable = false)
    private int validityDays;

    @Column(name = "SALE_PRICE", nullable = false)
    private long salePrice;

    @Column(nullable = false)
    private boolean offered;

    @Version
    private long version;

    protected ProductOption() {
    }

    public ProductOption(long productId, int validityDays, long salePrice) {
        if (validityDays <= 0 || salePrice <= 0) {
            throw new IllegalArgumentException("an option has days and a price");
        }
        this.productId = productId;
        this.validityDays = validityDays;
        this.salePrice = salePrice;
        this.offered = true;
    }

    /** The supplier offers the option again, or no more; true when that changed. */
    public boolean offered(boolean now) {
        boolean changed = offered != now;
        offered = now;
        return changed;
    }

    /** Staff set a new sale price (the change and its time are recorded by the caller). */
    public void price(long newPrice) {
        if (newPrice <= 0) {
            throw new IllegalArgumentException("a sale price is more than 0");
        }
        this.salePrice = newPrice;
    }

    public Long getId() {
        return id;
    }

    public long getProductId() {
        return productId;
    }

    public int getValidityDays() {
        return validityDays;
    }

    public long getSalePrice() {
        return salePrice;
    }

    public boolean isOffered() {
        return offered;
    }
}
