package com.bizbill.shared.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail the sandbox mail sender "sent": kept so that staff (and tests) can read it. */
@Entity
@Table(name = "OUTBOX_MAIL")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "RECIPIENT", nullable = false, length = 320, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Lob
    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "SENT_AT", nullable = false, updatable = false)
    private Instant sentAt;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String subject, String body, Instant sentAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
