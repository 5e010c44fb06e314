package com.bizbill.anniversary;

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
 * CB-ANV-1: what an anniversary day did for one recipient: the order it placed, or why it skipped the day. Unique per
 * recipient and day, so a second run of the job (or a second node) neither orders twice nor retries a refused
 * payment silently.
 */
@Entity
@Table(name = "ANNIVERSARY_RUN")
public class AnniversaryRun {

    public enum Outcome {
        ORDERED, SKIPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PLAN_ID", nullable = false, updatable = false)
    private long planId;

    @Column(name = "RECIPIENT_ID", nullable = false, updatable = false)
    private long recipientId;

    @Column(name = "ANNIVERSARY_DAY", nullable = false, updatable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Outcome outcome;

    @Column(name = "ORDER_NUMBER", updatable = false, length = 40)
    private String orderNumber;

    @Column(name = "REASON_KEY", updatable = false, length = 60)
    private String reasonKey;

    @Column(name = "REASON", updatable = false, length = 300)
    private String reason;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    protected AnniversaryRun() {
    }

    private AnniversaryRun(long planId, long recipientId, LocalDate day, Outcome outcome, String orderNumber,
                           String reasonKey, String reason, Instant at) {
        this.planId = planId;
        this.recipientId = recipientId;
        this.day = day;
        this.outcome = outcome;
        this.orderNumber = orderNumber;
        this.reasonKey = reasonKey;
        this.reason = reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300);
        this.createdAt = at;
    }

    public static AnniversaryRun ordered(long planId, long recipientId, LocalDate day, String orderNumber, Instant at) {
        return new AnniversaryRun(planId, recipientId, day, Outcome.ORDERED, orderNumber, null, null, at);
    }

    public static AnniversaryRun skipped(long planId, long recipientId, LocalDate day, String reasonKey, String reason,
                                         Instant at) {
        return new AnniversaryRun(planId, recipientId, day, Outcome.SKIPPED, null, reasonKey, reason, at);
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public LocalDate getDay() {
        return day;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
