package com.bizbill.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A partner system's API key. Only a SHA-256 hash of the key is stored (keys are long random
 * strings, so a fast hash is enough and keeps every API call cheap); the prefix lets staff
 * tell keys apart without seeing them.
 */
@Entity
@Table(name = "API_KEY")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "KEY_PREFIX", nullable = false, length = 12, updatable = false)
    private String keyPrefix;

    @Column(name = "KEY_HASH", nullable = false, unique = true, length = 64, updatable = false)
    private String keyHash;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "REVOKED_AT")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiKey() {
    }

    public ApiKey(Organisation organisation, String keyPrefix, String keyHash, String label, Instant createdAt) {
        this.organisation = organisation;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.label = label;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
