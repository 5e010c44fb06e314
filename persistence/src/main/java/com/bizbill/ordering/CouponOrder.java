package com.bizbill.ordering;

import com.bizbill.catalog.QuotePricing;
import com.bizbill.identity.PaymentType;
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

/**
 * A coupon order (CB-ORD-1..11) as paid: what was bought at which prices for how many recipients, paid how, and what
 * it used of the sub-member's monthly limit (CB-MEM-6) and of the organisation's cashable limit (CB-CAT-2), counted
 * in the month it was placed. Money flows through it (payment, cancel, later issuing): {@code @Version}.
 * Its state changes only through its own methods (CB-DSP-2).
 */
@Entity
@Table(name = "COUPON_ORDER")
public class CouponOrder {

    /** One number per order and never again: allocation 1 keeps the numbers in placing order on every node. */
    @Id
    @SequenceGenerator(name = "COUPON_ORDER_SEQ", sequenceName = "COUPON_ORDER_SEQ", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COUPON_ORDER_SEQ")
    private Long id;

    @Column(name = "ORDER_NUMBER", length = 40, unique = true)
    private String number;

    @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "NAME", nullable = false, length = 200, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "ORDER_TYPE", nullable = false, length = 20, updatable = false)
    private QuotePricing.Kind type;

    @Column(name = "SEND_TITLE", nullable = false, length = 64, updatable = false)
    private String sendTitle;

    /** Null for an immediate order. */
    @Column(name = "RESERVED_AT", updatable = false)
    private Instant reservedAt;

    /** When dispatch may take it: the placing time or the reserved time. */
    @Column(name = "DUE_AT", nullable = false, updatable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrderStatus status;

    @Column(name = "RECIPIENT_COUNT", nullable = false, updatable = false)
    private int recipientCount;

    @Column(name = "FACE_TOTAL", nullable = false, updatable = false)
    private long faceTotal;

    @Column(name = "FINAL_AMOUNT", nullable = false, updatable = false)
    private long finalAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "PAYMENT_TYPE", nullable = false, length = 20, updatable = false)
    private PaymentType paymentType;

    /** The month ({@code yyyy-MM}) whose limits the order used; a cancel gives them back to this month. */
    @Column(name = "PLACED_MONTH", nullable = false, length = 7, updatable = false)
    private String placedMonth;

    /** What counted against the sub-member's monthly limit (0 for a master, who has none). */
    @Column(name = "MEMBER_LIMIT_USE", nullable = false, updatable = false)
    private long memberLimitUse;

    @Column(name = "CASHABLE_USE", nullable = false, updatable = false)
    private long cashableUse;

    /**
     * Issue 21 §2, CB-MEM-6, CB-CAT-2: what came back to the month's limits with the money returned after placing (a
     * recipient whose coupon could not be issued; issue 22's difference refunds). Changed by one guarded update
     * ({@code OrderQueries}), since the dispatch's partitions return money side by side.
     */
    @Column(name = "LIMIT_RETURNED", nullable = false)
    private long limitReturned;

    @Column(name = "CASHABLE_RETURNED", nullable = false)
    private long cashableReturned;

    @Column(name = "TEMPLATE_ID", nullable = false, updatable = false)
    private long templateId;

    @Column(name = "SENDER_PROFILE", nullable = false, length = 100, updatable = false)
    private String senderProfile;

    @Column(name = "AUTO_FILL", nullable = false, updatable = false)
    private boolean autoFill;

    @Column(name = "ANNIVERSARY_TEXT", length = 100, updatable = false)
    private String anniversaryText;

    @Column(name = "COUPON_PAGE_MESSAGE", length = 2000, updatable = false)
    private String couponPageMessage;

    @Column(name = "FALLBACK_NUMBER", nullable = false, length = 20, updatable = false)
    private String fallbackNumber;

    @Column(name = "DUPLICATES_ALLOWED", nullable = false, updatable = false)
    private boolean duplicatesAllowed;

    @Column(name = "REQUEST_KEY", nullable = false, length = 240, updatable = false)
    private String requestKey;

    @Column(name = "PLACED_AT", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "PLACED_BY", nullable = false, length = 200, updatable = false)
    private String placedBy;

    @Column(name = "CANCELLED_AT")
    private Instant cancelledAt;

    @Column(name = "CANCELLED_BY", length = 200)
    private String cancelledBy;

    @Column(name = "SENDING_SINCE")
    private Instant sendingSince;

    @Column(name = "COMPLETED_AT")
    private Instant completedAt;

    @Version
    private long version;

    protected CouponOrder() {
    }

    /** The paid order as the placement decided it; numbered by {@link #numberAs} once its id is known. */
    public CouponOrder(Placed p) {
        this.organisationId = p.organisationId();
        this.memberId = p.memberId();
        this.name = p.name();
        this.type = p.type();
        this.sendTitle = p.sendTitle();
        this.reservedAt = p.reservedAt();
        this.dueAt = p.reservedAt() == null ? p.placedAt() : p.reservedAt();
        this.status = OrderStatus.RESERVED;
        this.recipientCount = p.recipientCount();
        this.faceTotal = p.faceTotal();
        this.finalAmount = p.finalAmount();
        this.paymentType = p.paymentType();
        this.placedMonth = p.placedMonth();
        this.memberLimitUse = p.memberLimitUse();
        this.cashableUse = p.cashableUse();
        this.templateId = p.templateId();
        this.senderProfile = p.senderProfile();
        this.autoFill = p.autoFill();
        this.anniversaryText = p.anniversaryText();
        this.couponPageMessage = p.couponPageMessage();
        this.fallbackNumber = p.fallbackNumber();
        this.duplicatesAllowed = p.duplicatesAllowed();
        this.requestKey = p.requestKey();
        this.placedAt = p.placedAt();
        this.placedBy = p.placedBy();
    }

    /** Everything an order is placed with. */
    public record Placed(long organisationId, long memberId, String name, QuotePricing.Kind type, String sendTitle,
                         Instant reservedAt, int recipientCount, long faceTotal, long finalAmount,
                         PaymentType paymentType, String placedMonth, long memberLimitUse, long cashableUse,
                         long templateId, String senderProfile, boolean autoFill, String anniversaryText,
                         String couponPageMessage, String fallbackNumber, boolean duplicatesAllowed,
                         String requestKey, Instant placedAt, String placedBy) {
    }

    public void numberAs(String orderNumber) {
        if (number != null) {
            throw new IllegalStateException("order " + number + " is numbered already");
        }
        this.number = orderNumber;
    }

    /** CB-DSP-2: cancel only while reserved (not started). */
    public void cancel(String by, Instant at) {
        if (status != OrderStatus.RESERVED) {
            throw new IllegalStateException("order " + number + " is " + status + ", not RESERVED");
        }
        status = OrderStatus.RESERVATION_CANCELLED;
        cancelledBy = by;
        cancelledAt = at;
    }

    /** CB-DSP-2: dispatch started (from RESERVED only; a cancelled order never starts). */
    public boolean startSending(Instant at) {
        if (status != OrderStatus.RESERVED) {
            return false;
        }
        status = OrderStatus.SENDING;
        sendingSince = at;
        return true;
    }

    /** CB-DSP-2: every recipient ended as success, failure or error. */
    public void complete(Instant at) {
        if (status != OrderStatus.SENDING) {
            throw new IllegalStateException("order " + number + " is " + status + ", not SENDING");
        }
        status = OrderStatus.COMPLETED;
        completedAt = at;
    }

    public Instant getSendingSince() {
        return sendingSince;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public boolean isCancellable() {
        return status == OrderStatus.RESERVED;
    }

    public long getDiscount() {
        return faceTotal - finalAmount;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getName() {
        return name;
    }

    public QuotePricing.Kind getType() {
        return type;
    }

    public String getSendTitle() {
        return sendTitle;
    }

    public Instant getReservedAt() {
        return reservedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public int getRecipientCount() {
        return recipientCount;
    }

    public long getFaceTotal() {
        return faceTotal;
    }

    public long getFinalAmount() {
        return finalAmount;
    }

    public PaymentType getPaymentType() {
        return paymentType;
    }

    public String getPlacedMonth() {
        return placedMonth;
    }

    public long getMemberLimitUse() {
        return memberLimitUse;
    }

    public long getLimitReturned() {
        return limitReturned;
    }

    public long getCashableReturned() {
        return cashableReturned;
    }

    public long getCashableUse() {
        return cashableUse;
    }

    public long getTemplateId() {
        return templateId;
    }

    public String getSenderProfile() {
        return senderProfile;
    }

    public boolean isAutoFill() {
        return autoFill;
    }

    public String getAnniversaryText() {
        return anniversaryText;
    }

    public String getCouponPageMessage() {
        return couponPageMessage;
    }

    public String getFallbackNumber() {
        return fallbackNumber;
    }

    public boolean isDuplicatesAllowed() {
        return duplicatesAllowed;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }
}
