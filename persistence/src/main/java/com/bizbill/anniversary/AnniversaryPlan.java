package com.bizbill.anniversary;

import com.bizbill.catalog.QuotePricing;
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
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * CB-ANV-1: a yearly order: products from the cart, general or selectable, an optional end date, recipients each with
 * an anniversary; on each recipient's anniversary an order is placed at 02:00 and sent at {@link #SEND_AT}. Private
 * to the member who made it (not shared between master and sub-members).
 */
@Entity
@Table(name = "ANNIVERSARY_PLAN")
public class AnniversaryPlan {

    /** The manual: orders made by an anniversary are sent at 09:00 on the day. */
    public static final LocalTime SEND_AT = LocalTime.of(9, 0);
    /** The manual's example: ordered at 02:00. */
    public static final LocalTime ORDER_AT = LocalTime.of(2, 0);

    /** What the plan orders each time (the order form's choices, checked again on every order). */
    public record Terms(QuotePricing.Kind kind, Long designatedProductId, String sendTitle, long templateId,
                        boolean autoFill, String anniversaryText, String couponPageMessage, LocalDate endDate) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private QuotePricing.Kind kind;

    @Column(name = "DESIGNATED_PRODUCT_ID")
    private Long designatedProductId;

    @Column(name = "SEND_TITLE", nullable = false, length = 64)
    private String sendTitle;

    @Column(name = "TEMPLATE_ID", nullable = false)
    private long templateId;

    @Column(name = "AUTO_FILL", nullable = false)
    private boolean autoFill;

    @Column(name = "ANNIVERSARY_TEXT", length = 30)
    private String anniversaryText;

    @Column(name = "COUPON_PAGE_MESSAGE", length = 500)
    private String couponPageMessage;

    @Column(name = "END_DATE")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AnniversaryStatus status;

    /** Why it stopped by itself or what the last day could not do: a bundle key and its words, for the screen. */
    @Column(name = "NOTICE_KEY", length = 60)
    private String noticeKey;

    @Column(name = "NOTICE_ARGS", length = 300)
    private String noticeArgs;

    @Column(name = "NOTICE_AT")
    private Instant noticeAt;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 120)
    private String createdBy;

    @Version
    private long version;

    protected AnniversaryPlan() {
    }

    public AnniversaryPlan(long organisationId, long memberId, String name, Terms terms, Instant at, String by) {
        this.organisationId = organisationId;
        this.memberId = memberId;
        this.name = name;
        this.kind = terms.kind();
        this.designatedProductId = terms.designatedProductId();
        this.sendTitle = terms.sendTitle();
        this.templateId = terms.templateId();
        this.autoFill = terms.autoFill();
        this.anniversaryText = terms.anniversaryText();
        this.couponPageMessage = terms.couponPageMessage();
        this.endDate = terms.endDate();
        this.status = AnniversaryStatus.ON;
        this.createdAt = at;
        this.createdBy = by;
    }

    /** Whether orders are made for {@code day}: switched on and not past the end date. */
    public boolean ordersOn(LocalDate day) {
        return status == AnniversaryStatus.ON && (endDate == null || !day.isAfter(endDate));
    }

    /** The owner switches it on (after the service checked its products) or off; the notice is read. */
    public void switchTo(boolean on) {
        this.status = on ? AnniversaryStatus.ON : AnniversaryStatus.OFF;
        this.noticeKey = null;
        this.noticeArgs = null;
        this.noticeAt = null;
    }

    /** CB-ANV-1: a product was discontinued or repriced: no more orders until the owner switches it on again. */
    public void stop(String key, String args, Instant at) {
        this.status = AnniversaryStatus.STOPPED;
        notice(key, args, at);
    }

    /** What the owner should read on the screen (a skipped day). */
    public void notice(String key, String args, Instant at) {
        this.noticeKey = key;
        this.noticeArgs = args == null || args.length() <= 300 ? args : args.substring(0, 300);
        this.noticeAt = at;
    }

    public void endOn(LocalDate date) {
        this.endDate = date;
    }

    public Terms terms() {
        return new Terms(kind, designatedProductId, sendTitle, templateId, autoFill, anniversaryText, couponPageMessage,
                endDate);
    }

    public Long getId() {
        return id;
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

    public QuotePricing.Kind getKind() {
        return kind;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public AnniversaryStatus getStatus() {
        return status;
    }

    public String getNoticeKey() {
        return noticeKey;
    }

    public String getNoticeArgs() {
        return noticeArgs;
    }

    public Instant getNoticeAt() {
        return noticeAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSendTitle() {
        return sendTitle;
    }
}
