package com.bizbill.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A text message the sandbox message gateway "sent": kept so that staff and tests can read it. */
@Entity
@Table(name = "SANDBOX_MESSAGE")
public class SandboxMessage {

    @Id
    @SequenceGenerator(name = "SANDBOX_MESSAGE_SEQ", sequenceName = "SANDBOX_MESSAGE_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SANDBOX_MESSAGE_SEQ") // issue 13 §6: no identity contention
    private Long id;

    @Column(name = "RECIPIENT", nullable = false, length = 20, updatable = false)
    private String recipient;

    @Column(name = "KIND", nullable = false, length = 10, updatable = false)
    private String kind;

    @Column(name = "BODY", nullable = false, length = 2000, updatable = false)
    private String body;

    @Column(name = "PROVIDER_ID", nullable = false, length = 40, updatable = false)
    private String providerId;

    @Column(name = "SENT_AT", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "SENDER", length = 20, updatable = false)
    private String sender;

    @Column(name = "TEMPLATE_CODE", length = 40, updatable = false)
    private String templateCode;

    /** The delivery report the sandbox will give: delivered or not, with a result code. */
    @Column(name = "DELIVERED", updatable = false)
    private Boolean delivered;

    @Column(name = "RESULT_CODE", length = 10, updatable = false)
    private String resultCode;

    /** When the report becomes available to {@code reports(from, to)} (a second after sending). */
    @Column(name = "REPORTED_AT", updatable = false)
    private Instant reportedAt;

    /** The sender's own reference of the message (NHN's recipientGroupingKey), given back in its report. */
    @Column(name = "CLIENT_REF", length = 64, updatable = false)
    private String clientRef;

    protected SandboxMessage() {
    }

    public SandboxMessage(String recipient, String kind, String body, String providerId, Instant sentAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.body = body;
        this.providerId = providerId;
        this.sentAt = sentAt;
    }

    /** A message with the delivery report the sandbox decided for it. */
    public SandboxMessage(String recipient, String sender, MessageType type, String templateCode, String body,
                          String providerId, Instant sentAt, boolean delivered, String resultCode, Instant reportedAt) {
        this(recipient, type.name(), body, providerId, sentAt);
        this.sender = sender;
        this.templateCode = templateCode;
        this.delivered = delivered;
        this.resultCode = resultCode;
        this.reportedAt = reportedAt;
    }

    /** Keeps the sender's own reference, to be given back with the delivery report. */
    public SandboxMessage withClientRef(String reference) {
        this.clientRef = reference;
        return this;
    }

    public String getClientRef() {
        return clientRef;
    }

    public String getSender() {
        return sender;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public Boolean getDelivered() {
        return delivered;
    }

    public String getResultCode() {
        return resultCode;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public String getProviderId() {
        return providerId;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
