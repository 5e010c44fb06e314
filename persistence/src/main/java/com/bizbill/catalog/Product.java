package com.bizbill.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * CB-CAT-1: a coupon product kept from the supplier (issue 19 §2). The supplier's fields (name, brand, category,
 * face value, image) follow each refresh; the selling side is staff's: status (on sale, suspended), the options'
 * prices, the cashable flag (CB-CAT-2) and the popular order. A product the supplier drops is discontinued, never
 * deleted (orders keep it).
 */
@Entity
@Table(name = "CATALOG_PRODUCT")
public class Product {

    /** The largest face value taken from the supplier (a coupon of ten million won is already far beyond any). */
    public static final long MAX_FACE_VALUE = 10_000_000L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "SUPPLIER_CODE", nullable = false, unique = true, length = 40, updatable = false)
    private String supplierCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "BRAND_ID", nullable = false)
    private long brandId;

    @Column(name = "CATEGORY_ID", nullable = false)
    private long categoryId;

    @Column(name = "FACE_VALUE", nullable = false)
    private long faceValue;

    @Column(name = "IMAGE_URL", length = 500)
    private String imageUrl;

    /** CB-CAT-2: easy to turn into cash; set from the supplier's kind when new, then staff's. */
    @Column(nullable = false)
    private boolean cashable;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProductStatus status;

    /** The last catalog refresh (its period) that listed the product: one not seen by a full refresh was dropped. */
    @Column(name = "LAST_SEEN", length = 20)
    private String lastSeen;

    /** Staff's order in the popular list until orders exist (smaller first; null: after the ranked ones). */
    @Column(name = "POPULAR_RANK")
    private Integer popularRank;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Product() {
    }

    /** A product the supplier lists for the first time: on sale if the supplier sells it. */
    public Product(String supplierCode, String name, long brandId, long categoryId, long faceValue, String imageUrl,
                   boolean cashable, boolean supplierOnSale, String seenIn, Instant now) {
        if (faceValue <= 0 || faceValue > MAX_FACE_VALUE) {
            throw new IllegalArgumentException("a product's face value is 1 to " + MAX_FACE_VALUE + " won");
        }
        this.supplierCode = supplierCode;
        this.name = clip(name, 200);
        this.brandId = brandId;
        this.categoryId = categoryId;
        this.faceValue = faceValue;
        this.imageUrl = clip(imageUrl, 500);
        this.cashable = cashable;
        this.status = supplierOnSale ? ProductStatus.ON_SALE : ProductStatus.DISCONTINUED;
        this.lastSeen = seenIn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A refresh: the supplier's fields follow; staff's stay. Not sold by the supplier any more: discontinued; sold
     * again after that: back as SUSPENDED for staff to decide. Returns whether anything changed.
     */
    public boolean refresh(String newName, long newBrandId, long newCategoryId, long newFaceValue, String newImageUrl,
                           boolean supplierOnSale, String seenIn, Instant now) {
        boolean changed = !clip(newName, 200).equals(name) || newBrandId != brandId || newCategoryId != categoryId
                || validFace(newFaceValue) && newFaceValue != faceValue || !java.util.Objects.equals(clip(newImageUrl, 500),
                imageUrl);
        name = clip(newName, 200);
        brandId = newBrandId;
        categoryId = newCategoryId;
        if (validFace(newFaceValue)) {
            faceValue = newFaceValue; // a nonsense value from the supplier keeps the last good one
        }
        imageUrl = clip(newImageUrl, 500);
        if (!supplierOnSale && status != ProductStatus.DISCONTINUED) {
            status = ProductStatus.DISCONTINUED;
            changed = true;
        } else if (supplierOnSale && status == ProductStatus.DISCONTINUED) {
            status = ProductStatus.SUSPENDED;
            changed = true;
        }
        lastSeen = seenIn;
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    /** A full refresh did not list it: the supplier dropped it. True when that changed the status. */
    public boolean dropped(Instant now) {
        if (status == ProductStatus.DISCONTINUED) {
            return false;
        }
        status = ProductStatus.DISCONTINUED;
        updatedAt = now;
        return true;
    }

    /** Staff put it on sale or suspend it; a discontinued product cannot be put on sale. */
    public void setStatusByStaff(ProductStatus newStatus, Instant now) {
        if (newStatus == ProductStatus.ON_SALE && status == ProductStatus.DISCONTINUED) {
            throw new IllegalStateException("a discontinued product cannot be sold"); // the supplier must list it again
        }
        status = newStatus;
        updatedAt = now;
    }

    public void setCashable(boolean cashable, Instant now) {
        this.cashable = cashable;
        this.updatedAt = now;
    }

    public void setPopularRank(Integer rank) {
        this.popularRank = rank;
    }

    private static boolean validFace(long v) {
        return v > 0 && v <= MAX_FACE_VALUE;
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() > max ? s.substring(0, max) : s;
    }

    public Long getId() {
        return id;
    }

    public String getSupplierCode() {
        return supplierCode;
    }

    public String getName() {
        return name;
    }

    public long getBrandId() {
        return brandId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public long getFaceValue() {
        return faceValue;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public boolean isCashable() {
        return cashable;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public String getLastSeen() {
        return lastSeen;
    }

    public Integer getPopularRank() {
        return popularRank;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
