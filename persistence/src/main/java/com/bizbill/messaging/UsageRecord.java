package com.bizbill.messaging;

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
 * One message a partner store sent (NB-USE-1): type, time (and its Seoul day, by which usage is counted
 * and rated), the gateway's message id (unique: a delivery report or a re-imported record finds it
 * again, never a second one) and the state its delivery report gave. Only DELIVERED is billed.
 */
@Entity
@Table(name = "USAGE_RECORD")
public class UsageRecord {

    @Id
    @SequenceGenerator(name = "USAGE_RECORD_SEQ", sequenceName = "USAGE_RECORD_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "USAGE_RECORD_SEQ") // issue 13 §6: no identity contention
    private Long id;

    @Column(name = "STORE_ID", nullable = false, updatable = false)
    private long storeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "MESSAGE_TYPE", nullable = false, length = 10, updatable = false)
    private MessageType type;

    @Column(name = "RECIPIENT", length = 20, updatable = false)
    private String recipient;

    @Column(name = "SENT_AT", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "SENT_DATE", nullable = false, updatable = false)
    private LocalDate sentDate;

    /** The gateway's message id; our own reference while the gateway's answer is unknown (UNKNOWN). */
    @Column(name = "PROVIDER_MESSAGE_ID", nullable = false, unique = true, length = 100)
    private String providerMessageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private UsageStatus status;

    @Column(name = "RESULT_CODE", length = 20)
    private String resultCode;

    @Column(name = "REPORTED_AT")
    private Instant reportedAt;

    /** API (sent through Bizbill) or IMPORT (sent elsewhere, imported). */
    @Column(nullable = false, length = 10, updatable = false)
    private String source;

    /** The text to send as SMS/LMS should this Alimtalk fail (kept only while the fallback may be needed). */
    @Column(name = "FALLBACK_TEXT", length = 2000)
    private String fallbackText;

    /** For a fallback SMS/LMS: the Alimtalk it replaces. */
    @Column(name = "FALLBACK_OF", updatable = false)
    private Long fallbackOf;

    /**
     * NB-CYC-1: set only for a message known delivered after its month was closed for the store (collected):
     * the usage month whose bill counts it instead. Null: billed with the month it was sent in.
     */
    @Column(name = "CARRY_MONTH", length = 7)
    private String carryMonth;

    @Version
    private long version;

    protected UsageRecord() {
    }

    public UsageRecord(long storeId, MessageType type, String recipient, Instant sentAt, LocalDate sentDate,
                       String providerMessageId, String source, String fallbackText, Long fallbackOf) {
        this.storeId = storeId;
        this.type = type;
        this.recipient = recipient;
        this.sentAt = sentAt;
        this.sentDate = sentDate;
        this.providerMessageId = providerMessageId;
        this.source = source;
        this.fallbackText = fallbackText;
        this.fallbackOf = fallbackOf;
        this.status = UsageStatus.ACCEPTED;
    }

    /** An imported record of a message sent elsewhere, already final. */
    public static UsageRecord imported(long storeId, MessageType type, Instant sentAt, LocalDate sentDate,
                                       String providerMessageId, boolean delivered) {
        UsageRecord r = new UsageRecord(storeId, type, null, sentAt, sentDate, providerMessageId, "IMPORT", null, null);
        r.status = delivered ? UsageStatus.DELIVERED : UsageStatus.FAILED;
        r.reportedAt = sentAt;
        return r;
    }

    /**
     * A message whose send went unanswered (NB-USE-1): kept under our own {@code reference}, which the
     * gateway returns with its delivery report, so that a message it did deliver is billed once.
     */
    public static UsageRecord unknown(long storeId, MessageType type, String recipient, Instant sentAt,
                                      LocalDate sentDate, String reference, String fallbackText, Long fallbackOf) {
        UsageRecord r = new UsageRecord(storeId, type, recipient, sentAt, sentDate, reference, "API", fallbackText,
                fallbackOf);
        r.status = UsageStatus.UNKNOWN;
        return r;
    }

    /** The gateway named an UNKNOWN message in its report: from now on it is found by the gateway's id. */
    public void identified(String gatewayMessageId) {
        if (status != UsageStatus.UNKNOWN) {
            throw new IllegalStateException("only a message of unknown outcome takes the gateway's id");
        }
        providerMessageId = gatewayMessageId;
        status = UsageStatus.ACCEPTED;
    }

    /**
     * Applies a delivery report once: a record already decided keeps its state (reports may come again).
     *
     * @return whether the record changed
     */
    public boolean report(boolean delivered, String code, Instant at) {
        if (status != UsageStatus.ACCEPTED && status != UsageStatus.UNKNOWN) {
            return false;
        }
        status = delivered ? UsageStatus.DELIVERED : UsageStatus.FAILED;
        resultCode = code;
        reportedAt = at;
        if (delivered) {
            fallbackText = null;
        }
        return true;
    }

    /**
     * A delivered message whose own month is already billed goes into the bill of {@code month} (a later,
     * still open month of the store): billed once, late, rather than never.
     */
    public void carryTo(java.time.YearMonth month) {
        if (status != UsageStatus.DELIVERED || !month.isAfter(java.time.YearMonth.from(sentDate))) {
            throw new IllegalStateException("only a delivered message is carried, and only to a later month");
        }
        carryMonth = month.toString();
    }

    public String getCarryMonth() {
        return carryMonth;
    }

    /** The fallback has been sent (or is not possible): the text is no longer kept. */
    public void fallbackDone() {
        fallbackText = null;
    }

    public Long getId() {
        return id;
    }

    public long getStoreId() {
        return storeId;
    }

    public MessageType getType() {
        return type;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public LocalDate getSentDate() {
        return sentDate;
    }

    public String getProviderMessageId() {
        return providerMessageId;
    }

    public UsageStatus getStatus() {
        return status;
    }

    public String getResultCode() {
        return resultCode;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getSource() {
        return source;
    }

    public String getFallbackText() {
        return fallbackText;
    }

    public Long getFallbackOf() {
        return fallbackOf;
    }
}
