package com.bizbill.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A recipient of an order (CB-ORD-8). What was ordered for it is written with the order and never changed (the
 * number cannot change once the order is placed): those columns are insert-only. Dispatch (issue 21) keeps its send
 * status (CB-DSP-3), its coupon-page token and its message here. Ids come from a sequence in blocks of 500 so that an order
 * of 10,000 recipients is written in JDBC batches without an id round trip per row (issue 20 §2).
 */
@Entity
@Table(name = "ORDER_RECIPIENT")
public class OrderRecipient {

    public static final int ID_BLOCK = 500;

    @Id
    @SequenceGenerator(name = "ORDER_RECIPIENT_SEQ", sequenceName = "ORDER_RECIPIENT_SEQ", allocationSize = ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ORDER_RECIPIENT_SEQ")
    private Long id;

    @Column(name = "ORDER_ID", nullable = false, updatable = false)
    private long orderId;

    /** The row's place in the order, from 1, as typed or in the file. */
    @Column(name = "SEQ", nullable = false, updatable = false)
    private int seq;

    @Column(name = "MOBILE", nullable = false, length = 11, updatable = false)
    private String mobile;

    @Column(name = "NAME", length = 40, updatable = false)
    private String name;

    @Column(name = "COMPANY", length = 80, updatable = false)
    private String company;

    @Column(name = "TITLE", length = 40, updatable = false)
    private String title;

    /** Issue 23 §3: this recipient's {@code #{기념일}} (a contact's anniversary), else the order's text. */
    @Column(name = "ANNIVERSARY_TEXT", length = 30, updatable = false)
    private String anniversary;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "SEND_STATUS", length = 20)
    private SendStatus sendStatus;

    /** The recipient's coupon page {@code /c/{token}}: 32 random bytes, base64url (≥ 128 bits, unguessable). */
    @Column(name = "TOKEN", length = 64, unique = true)
    private String token;

    /** The message that carries it (Alimtalk, or the MMS fallback once it failed): our reference, written first. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "CHANNEL", length = 20)
    private com.bizbill.messaging.MessageType channel;

    @Column(name = "MESSAGE_REF", length = 60)
    private String messageRef;

    @Column(name = "MESSAGE_ID", length = 100)
    private String messageId;

    @Column(name = "SENT_AT")
    private java.time.Instant sentAt;

    @Column(name = "SETTLED_AT")
    private java.time.Instant settledAt;

    /** Issue 22 §2: the first message's time (the selectable order's 7 days count from it; resends do not restart). */
    @Column(name = "FIRST_SENT_AT")
    private java.time.Instant firstSentAt;

    @Column(name = "RESULT_CODE", length = 40)
    private String resultCode;

    /** Issue 22 §2: when the reminder to choose a gift was sent (written before it is sent: never twice). */
    @Column(name = "REMINDED_AT")
    private java.time.Instant remindedAt;

    /** Issue 22 §2: no gift could be issued at all: the recipient's amount went back; nothing more to choose. */
    @Column(name = "CHOICE_CLOSED_AT")
    private java.time.Instant choiceClosedAt;

    /** Issue 22 §5, CB-DSP-5: how many times the message was sent again (at most {@link #MAX_RESENDS}). */
    @Column(name = "RESEND_COUNT", nullable = false)
    private int resendCount;

    @Column(name = "LAST_RESEND_KEY", length = 120)
    private String lastResendKey;

    @jakarta.persistence.Version
    private long version;

    /** CB-DSP-5: at most three resends per recipient. */
    public static final int MAX_RESENDS = 3;

    protected OrderRecipient() {
    }

    /** CB-DSP-5: may the message go again? Only after success or failure, at most three times. */
    public boolean mayResend() {
        return (sendStatus == SendStatus.SUCCESS || sendStatus == SendStatus.FAILURE) && resendCount < MAX_RESENDS;
    }

    /** Whether {@code key} is the last resend's (a repeated click or call: nothing more to send). */
    public boolean isLastResend(String key) {
        return key != null && key.equals(lastResendKey);
    }

    /**
     * CB-DSP-5: the same message with the same coupons goes again under a new reference (written before the call):
     * the recipient is in progress until its report.
     */
    public void resend(String reference, String key, java.time.Instant at) {
        if (!mayResend()) {
            throw new IllegalStateException("recipient " + id + " cannot be resent (" + sendStatus + ", "
                    + resendCount + " resends)");
        }
        resendCount++;
        lastResendKey = key;
        sendStatus = SendStatus.IN_PROGRESS;
        channel = com.bizbill.messaging.MessageType.ALIMTALK;
        messageRef = reference;
        messageId = null;
        sentAt = at;
        settledAt = null;
        resultCode = null;
    }

    public int getResendCount() {
        return resendCount;
    }

    public void reminded(java.time.Instant at) {
        if (remindedAt == null) {
            remindedAt = at;
        }
    }

    public void choiceClosed(java.time.Instant at) {
        if (choiceClosedAt == null) {
            choiceClosedAt = at;
        }
    }

    public java.time.Instant getRemindedAt() {
        return remindedAt;
    }

    public java.time.Instant getChoiceClosedAt() {
        return choiceClosedAt;
    }

    /** Dispatch takes the recipient: its coupon page token is made once. */
    public void start(String newToken) {
        if (sendStatus == null) {
            sendStatus = SendStatus.IN_PROGRESS;
            token = newToken;
        }
    }

    /** CB-DSP-3 ERROR: a coupon could not be issued, so no message is sent. */
    public void error(String why, java.time.Instant at) {
        requireInProgress();
        sendStatus = SendStatus.ERROR;
        resultCode = why == null ? null : why.substring(0, Math.min(40, why.length()));
        settledAt = at;
    }

    /** The message is about to be handed to the gateway: its reference is kept before the call. */
    public void sending(com.bizbill.messaging.MessageType type, String reference, java.time.Instant at) {
        requireInProgress();
        if (firstSentAt == null) {
            firstSentAt = at;
        }
        channel = type;
        messageRef = reference;
        messageId = null;
        sentAt = at;
    }

    public void accepted(String providerId) {
        messageId = providerId;
    }

    /** CB-DSP-3 SUCCESS: the report says delivered. */
    public void delivered(java.time.Instant at) {
        requireInProgress();
        sendStatus = SendStatus.SUCCESS;
        settledAt = at;
    }

    /** CB-DSP-3 FAILURE: the message (its fallback included) could not be delivered. */
    public void undelivered(String code, java.time.Instant at) {
        requireInProgress();
        sendStatus = SendStatus.FAILURE;
        resultCode = code;
        settledAt = at;
    }

    private void requireInProgress() {
        if (sendStatus != SendStatus.IN_PROGRESS) {
            throw new IllegalStateException("recipient " + id + " is " + sendStatus);
        }
    }

    public SendStatus getSendStatus() {
        return sendStatus;
    }

    public String getToken() {
        return token;
    }

    public com.bizbill.messaging.MessageType getChannel() {
        return channel;
    }

    public String getMessageRef() {
        return messageRef;
    }

    public String getMessageId() {
        return messageId;
    }

    public java.time.Instant getFirstSentAt() {
        return firstSentAt;
    }

    public java.time.Instant getSentAt() {
        return sentAt;
    }

    public java.time.Instant getSettledAt() {
        return settledAt;
    }

    public String getResultCode() {
        return resultCode;
    }

    public OrderRecipient(long orderId, int seq, RecipientRow row) {
        this.orderId = orderId;
        this.seq = seq;
        this.mobile = row.mobile();
        this.name = row.name();
        this.company = row.company();
        this.title = row.title();
        this.anniversary = row.anniversary();
    }

    public RecipientRow row() {
        return new RecipientRow(mobile, name, company, title, anniversary);
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public int getSeq() {
        return seq;
    }

    public String getMobile() {
        return mobile;
    }

    public String getName() {
        return name;
    }

    public String getCompany() {
        return company;
    }

    public String getTitle() {
        return title;
    }
}
