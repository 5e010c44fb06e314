package com.bizbill.shared.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An API {@code Idempotency-Key} (design.md "Security"): bound to the caller, the endpoint and a
 * fingerprint of the request; holds the first response so a repeat gets it again. Kept ≥ 24 hours.
 */
@Entity
@Table(name = "IDEMPOTENCY_RECORD")
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100, updatable = false)
    private String caller;

    @Column(nullable = false, length = 100, updatable = false)
    private String endpoint;

    @Column(name = "IDEM_KEY", nullable = false, length = 200, updatable = false)
    private String key;

    @Column(nullable = false, length = 64, updatable = false)
    private String fingerprint;

    /** Null while the first request is still running. */
    @Column(name = "HTTP_STATUS")
    private Integer httpStatus;

    @Lob
    @Column(name = "RESPONSE_BODY")
    private String responseBody;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(String caller, String endpoint, String key, String fingerprint, Instant createdAt) {
        this.caller = caller;
        this.endpoint = endpoint;
        this.key = key;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt;
    }

    public void finish(int status, String body) {
        this.httpStatus = status;
        this.responseBody = body;
    }

    public Long getId() {
        return id;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    public String getResponseBody() {
        return responseBody;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
