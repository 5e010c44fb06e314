package com.bizbill.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Issue 21 §5: a coupon on which our books and the supplier's disagree for a day: issued there but not here (staff
 * cancel it at the supplier, or adopt it) or issued here but not there (staff look it up again). Found once per day
 * and transaction id; a re-run of the day's reconciliation finds the same row.
 */
@Entity
@Table(name = "COUPON_MISMATCH")
public class CouponMismatch {

    public enum Kind { SUPPLIER_ONLY, OURS_ONLY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "RECON_DAY", nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "TRANSACTION_ID", nullable = false, length = 80, updatable = false)
    private String transactionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(name = "GOODS_CODE", length = 40, updatable = false)
    private String goodsCode;

    @Column(name = "FACE_VALUE", nullable = false, updatable = false)
    private long faceValue;

    @Column(name = "FOUND_AT", nullable = false, updatable = false)
    private Instant foundAt;

    @Column(name = "RESOLVED_AT")
    private Instant resolvedAt;

    @Column(name = "RESOLUTION", length = 200)
    private String resolution;

    protected CouponMismatch() {
    }

    public CouponMismatch(LocalDate day, String transactionId, Kind kind, String goodsCode, long faceValue,
                          Instant foundAt) {
        this.day = day;
        this.transactionId = transactionId;
        this.kind = kind;
        this.goodsCode = goodsCode;
        this.faceValue = faceValue;
        this.foundAt = foundAt;
    }

    public void resolve(String how, Instant at) {
        if (resolvedAt != null) {
            throw new IllegalStateException("mismatch " + id + " was resolved already");
        }
        resolution = how;
        resolvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getGoodsCode() {
        return goodsCode;
    }

    public long getFaceValue() {
        return faceValue;
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolution() {
        return resolution;
    }
}
