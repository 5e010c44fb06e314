package com.bizbill.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A text message the sandbox message gateway "sent": kept so that staff and tests can read it. */
@Entity
@Table(name = "SANDBOX_MESSAGE")
public class SandboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    protected SandboxMessage() {
    }

    public SandboxMessage(String recipient, String kind, String body, String providerId, Instant sentAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.body = body;
        this.providerId = providerId;
        this.sentAt = sentAt;
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
