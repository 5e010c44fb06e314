package com.bizbill.shared.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
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
    @SequenceGenerator(name = "IDEMPOTENCY_RECORD_SEQ", sequenceName = "IDEMPOTENCY_RECORD_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "IDEMPOTENCY_RECORD_SEQ") // issue 13 §6: no identity contention
    private Long id;

    @Column(nullable = false, length = 100, updatable = false)
    private String caller;

    @Column(nullable = false, length = 100, updatable = false)
    private String endpoint;

    @Column(name = "IDEM_KEY", nullable = false, length = 200, updatable = false)
    private String key;

    @Column(nullable = false, length = 64, updatable = false)
    private String fingerprint;

    /**
     * Issue 13 §4: IN_PROGRESS while the first request runs, DONE with its answer kept, INTERRUPTED when
     * it failed after something had already happened (a charge opened, a message sent): then the key is
     * never freed, and a repeat of the same request resumes the work, which does nothing twice.
     */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private IdempotencyState state = IdempotencyState.IN_PROGRESS;

    /** Null until the first request is answered. */
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
        this.state = IdempotencyState.DONE;
    }

    /** The request failed after a side effect: keep the key; a repeat resumes (issue 13 §4). */
    public void interrupt() {
        if (state == IdempotencyState.IN_PROGRESS) {
            state = IdempotencyState.INTERRUPTED;
        }
    }

    /** A repeat of an interrupted request takes it up again. */
    public void resume() {
        if (state != IdempotencyState.INTERRUPTED) {
            throw new IllegalStateException("key " + id + " is " + state);
        }
        state = IdempotencyState.IN_PROGRESS;
    }

    public IdempotencyState getState() {
        return state;
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
