package com.bizbill.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * CB-DSP-1, issue 21 §2: one coupon of one product for one recipient. Written before the supplier is called; its
 * transaction id ({@code BZC} + its id) is what the supplier keys the coupon by, so an unanswered issue is settled by
 * looking that id up and never by issuing again ({@link #isAttempted}). Its price is the item's sale price.
 */
@Entity
@Table(name = "ORDER_COUPON")
public class OrderCoupon {

    @Id
    @SequenceGenerator(name = "ORDER_COUPON_SEQ", sequenceName = "ORDER_COUPON_SEQ", allocationSize = OrderRecipient.ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ORDER_COUPON_SEQ")
    private Long id;

    @Column(name = "ORDER_ID", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "RECIPIENT_ID", nullable = false, updatable = false)
    private long recipientId;

    @Column(name = "ITEM_ID", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "GOODS_CODE", nullable = false, length = 40, updatable = false)
    private String goodsCode;

    @Column(name = "VALIDITY_DAYS", nullable = false, updatable = false)
    private int validityDays;

    @Column(nullable = false, updatable = false)
    private long price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CouponStatus status;

    /** When the supplier was first asked (null: never): from then on only a look-up may settle it. */
    @Column(name = "ATTEMPTED_AT")
    private Instant attemptedAt;

    @Column(length = 40)
    private String pin;

    @Column(name = "SUPPLIER_ORDER_NO", length = 60)
    private String supplierOrderNo;

    @Column(name = "VALID_UNTIL")
    private LocalDate validUntil;

    @Column(name = "SETTLED_AT")
    private Instant settledAt;

    @Column(name = "DISCARDED_AT")
    private Instant discardedAt;

    @Column(name = "FAILURE", length = 300)
    private String failure;

    /**
     * Issue 22 §1: the coupon's state as the supplier's status call last gave it (ISSUED, USED, EXPIRED, DISCARDED),
     * refreshed by the daily job; null until first read.
     */
    @Column(name = "SUPPLIER_STATE", length = 20)
    private String supplierState;

    @Column(name = "STATE_CHECKED_AT")
    private Instant stateCheckedAt;

    @Version
    private long version;

    protected OrderCoupon() {
    }

    public OrderCoupon(long orderId, long recipientId, long itemId, String goodsCode, int validityDays, long price) {
        this.orderId = orderId;
        this.recipientId = recipientId;
        this.itemId = itemId;
        this.goodsCode = goodsCode;
        this.validityDays = validityDays;
        this.price = price;
        this.status = CouponStatus.ISSUING;
    }

    /** The supplier's transaction id: ours, unique, stable across retries. */
    public String transactionId() {
        return "BZC" + id;
    }

    public boolean isAttempted() {
        return attemptedAt != null;
    }

    public void attempt(Instant at) {
        if (status != CouponStatus.ISSUING || attemptedAt != null) {
            throw new IllegalStateException("coupon " + id + " was asked for already");
        }
        attemptedAt = at;
    }

    /** The supplier refused before issuing (its deposit short): safe to ask again with the same transaction id. */
    public void askAgain() {
        if (status == CouponStatus.ISSUING) {
            attemptedAt = null;
        }
    }

    public void issued(String pin, String supplierOrderNo, LocalDate validUntil, Instant at) {
        if (status != CouponStatus.ISSUING) {
            throw new IllegalStateException("coupon " + id + " is " + status);
        }
        this.status = CouponStatus.ISSUED;
        this.pin = pin;
        this.supplierOrderNo = supplierOrderNo;
        this.validUntil = validUntil;
        this.settledAt = at;
    }

    public void issueFailed(String why, Instant at) {
        if (status != CouponStatus.ISSUING) {
            throw new IllegalStateException("coupon " + id + " is " + status);
        }
        this.status = CouponStatus.ISSUE_FAILED;
        this.failure = why == null ? null : why.substring(0, Math.min(300, why.length()));
        this.settledAt = at;
    }

    /** Issue 22 §6; issue 24 §3: the issue time stays (the month it is invoiced in), the discard has its own. */
    public void discarded(Instant at) {
        if (status != CouponStatus.ISSUED) {
            throw new IllegalStateException("coupon " + id + " is " + status);
        }
        this.status = CouponStatus.DISCARDED;
        this.discardedAt = at;
    }

    public Instant getDiscardedAt() {
        return discardedAt;
    }

    /** Issue 22 §1: what the supplier's status call said of an issued coupon. */
    public void supplierSays(String state, Instant at) {
        this.supplierState = state;
        this.stateCheckedAt = at;
    }

    public String getSupplierState() {
        return supplierState;
    }

    public Instant getStateCheckedAt() {
        return stateCheckedAt;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public long getItemId() {
        return itemId;
    }

    public String getGoodsCode() {
        return goodsCode;
    }

    public int getValidityDays() {
        return validityDays;
    }

    public long getPrice() {
        return price;
    }

    public CouponStatus getStatus() {
        return status;
    }

    public String getPin() {
        return pin;
    }

    public String getSupplierOrderNo() {
        return supplierOrderNo;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public String getFailure() {
        return failure;
    }
}
