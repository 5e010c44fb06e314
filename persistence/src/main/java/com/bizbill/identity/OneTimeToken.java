package com.bizbill.identity;

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

/**
 * A one-time link or code: only its SHA-256 hash is stored, it expires, it can be used once,
 * and codes allow a few attempts only.
 */
@Entity
@Table(name = "ONE_TIME_TOKEN")
public class OneTimeToken {

    public static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private TokenPurpose purpose;

    @Column(name = "TOKEN_HASH", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    /** What the token opens: a billing account id, a member id, or an e-mail address. */
    @Column(name = "SUBJECT", nullable = false, length = 320, updatable = false)
    private String subject;

    @Column(name = "EXPIRES_AT", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "USED_AT")
    private Instant usedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected OneTimeToken() {
    }

    public OneTimeToken(TokenPurpose purpose, String tokenHash, String subject, Instant now) {
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.subject = subject;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && attempts < MAX_ATTEMPTS;
    }

    public void use(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("token not usable");
        }
        usedAt = now;
    }

    /** A wrong code was typed against this token. */
    public void failedAttempt() {
        attempts++;
    }

    public void revoke(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public int getAttempts() {
        return attempts;
    }
}
