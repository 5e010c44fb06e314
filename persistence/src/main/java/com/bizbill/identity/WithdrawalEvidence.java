package com.bizbill.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One evidence file of a sub-member's withdrawal request (CB-MEM-5: 1–3 files proving master and
 * sub-member work for the same company). Issue 15 §3: a row per file instead of comma-joined keys on
 * the member; the files of one request share its {@code requestNo} (the member's 1st, 2nd, ... request),
 * so an earlier, rejected request keeps its own. Immutable once written.
 */
@Entity
@Table(name = "WITHDRAWAL_EVIDENCE")
public class WithdrawalEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    /** Which of the member's withdrawal requests (1, 2, ...) the file belongs to. */
    @Column(name = "REQUEST_NO", nullable = false, updatable = false)
    private int requestNo;

    /** When the withdrawal was requested; the same for every file of that request. */
    @Column(name = "REQUESTED_AT", nullable = false, updatable = false)
    private Instant requestedAt;

    /** 0-based order of the file within its request. */
    @Column(name = "FILE_INDEX", nullable = false, updatable = false)
    private int position;

    @Column(name = "FILE_KEY", nullable = false, length = 200, updatable = false)
    private String fileKey;

    /** The name the master uploaded it under; null for files migrated from the old column. */
    @Column(name = "FILE_NAME", length = 255, updatable = false)
    private String fileName;

    @Column(name = "CONTENT_TYPE", length = 100, updatable = false)
    private String contentType;

    /** Bytes; null for files migrated from the old column. */
    @Column(name = "SIZE_BYTES", updatable = false)
    private Long sizeBytes;

    protected WithdrawalEvidence() {
    }

    public WithdrawalEvidence(long memberId, int requestNo, Instant requestedAt, int position, String fileKey, String fileName,
                              String contentType, Long sizeBytes) {
        if (fileKey == null || fileKey.isBlank()) {
            throw new IllegalArgumentException("evidence needs the stored file's key");
        }
        this.memberId = memberId;
        this.requestNo = requestNo;
        this.requestedAt = requestedAt;
        this.position = position;
        this.fileKey = fileKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public int getRequestNo() {
        return requestNo;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public int getPosition() {
        return position;
    }

    public String getFileKey() {
        return fileKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }
}
