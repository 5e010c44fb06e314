package com.bizbill.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One invoice file import (BP-INV-2): where it came from, whether it was imported or refused whole,
 * the counts, and the row-by-row report staff download.
 */
@Entity
@Table(name = "IMPORT_RUN")
public class ImportRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** SHA-256 of the file: the same content is imported once. */
    @Column(name = "FILE_HASH", nullable = false, unique = true, length = 64, updatable = false)
    private String fileHash;

    @Column(name = "FILE_NAME", nullable = false, length = 200, updatable = false)
    private String fileName;

    /** UPLOAD or INBOX. */
    @Column(nullable = false, length = 20, updatable = false)
    private String source;

    /** IMPORTED or REFUSED. */
    @Column(nullable = false, length = 20, updatable = false)
    private String status;

    @Column(name = "INVOICES", nullable = false, updatable = false)
    private int invoices;

    @Column(name = "CREATED_COUNT", nullable = false, updatable = false)
    private int created;

    @Column(name = "UPDATED_COUNT", nullable = false, updatable = false)
    private int updated;

    @Column(name = "UNCHANGED_COUNT", nullable = false, updatable = false)
    private int unchanged;

    @Column(name = "REPORTED_COUNT", nullable = false, updatable = false)
    private int reported;

    @Lob
    @Column(nullable = false, updatable = false)
    private String report;

    @Column(name = "STARTED_BY", nullable = false, length = 100, updatable = false)
    private String startedBy;

    @Column(name = "RAN_AT", nullable = false, updatable = false)
    private Instant ranAt;

    protected ImportRun() {
    }

    public ImportRun(String fileHash, String fileName, String source, String status, int invoices, int created,
                     int updated, int unchanged, int reported, String report, String startedBy, Instant ranAt) {
        this.fileHash = fileHash;
        this.fileName = fileName;
        this.source = source;
        this.status = status;
        this.invoices = invoices;
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
        this.reported = reported;
        this.report = report;
        this.startedBy = startedBy;
        this.ranAt = ranAt;
    }

    public Long getId() {
        return id;
    }

    public String getFileHash() {
        return fileHash;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSource() {
        return source;
    }

    public String getStatus() {
        return status;
    }

    public int getInvoices() {
        return invoices;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getReported() {
        return reported;
    }

    public String getReport() {
        return report;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getRanAt() {
        return ranAt;
    }
}
