package com.bizbill.catalog.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A coupon in the sandbox supplier's own books (issue 21 §2), keyed by the caller's transaction id as a real supplier
 * keeps it: the same transaction id is never issued twice (a repeat is refused and counted, so a test can prove that
 * nothing was issued twice), a lost answer leaves the coupon here for a look-up to find, and its price counts against
 * the operator's deposit at the supplier until it is discarded.
 */
@Entity
@Table(name = "SANDBOX_SUPPLIER_COUPON")
public class SandboxSupplierCoupon {

    public enum State { ISSUED, USED, DISCARDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TRANSACTION_ID", nullable = false, unique = true, length = 80, updatable = false)
    private String transactionId;

    @Column(name = "GOODS_CODE", nullable = false, length = 40, updatable = false)
    private String goodsCode;

    @Column(name = "FACE_VALUE", nullable = false, updatable = false)
    private long faceValue;

    @Column(name = "PIN", nullable = false, length = 20, updatable = false)
    private String pin;

    @Column(name = "VALID_UNTIL", nullable = false, updatable = false)
    private LocalDate validUntil;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "ISSUED_AT", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "CHANGED_AT")
    private Instant changedAt;

    /** Issue calls that came again with this transaction id (refused): 0 unless someone issued twice. */
    @Column(name = "REPEATED_ISSUES", nullable = false)
    private int repeatedIssues;

    @Version
    private long version;

    protected SandboxSupplierCoupon() {
    }

    public SandboxSupplierCoupon(String transactionId, String goodsCode, long faceValue, String pin, LocalDate validUntil,
                                 Instant issuedAt) {
        this.transactionId = transactionId;
        this.goodsCode = goodsCode;
        this.faceValue = faceValue;
        this.pin = pin;
        this.validUntil = validUntil;
        this.state = State.ISSUED;
        this.issuedAt = issuedAt;
    }

    public void issuedAgain() {
        repeatedIssues++;
    }

    /** Discards an issued coupon; a used one cannot be (false), a discarded one stays so. */
    public boolean discard(Instant at) {
        if (state == State.USED) {
            return false;
        }
        if (state == State.ISSUED) {
            state = State.DISCARDED;
            changedAt = at;
        }
        return true;
    }

    /** The recipient redeemed it at the shop (the sandbox's staff screen or a test). */
    public boolean use(Instant at) {
        if (state != State.ISSUED) {
            return false;
        }
        state = State.USED;
        changedAt = at;
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public String getGoodsCode() {
        return goodsCode;
    }

    public long getFaceValue() {
        return faceValue;
    }

    public String getPin() {
        return pin;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public State getState() {
        return state;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public int getRepeatedIssues() {
        return repeatedIssues;
    }
}
