package com.bizbill.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One deposit line of an uploaded bank statement (BP-INV-3). Its bank reference is unique, so uploading
 * the same statement again adds and matches nothing twice. A matched deposit names the invoice it paid.
 */
@Entity
@Table(name = "BANK_DEPOSIT")
public class BankDeposit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "BANK_REFERENCE", nullable = false, unique = true, length = 100, updatable = false)
    private String bankReference;

    @Column(name = "DEPOSIT_DATE", nullable = false, updatable = false)
    private LocalDate depositDate;

    @Column(nullable = false, length = 100, updatable = false)
    private String depositor;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "VIRTUAL_ACCOUNT", length = 40, updatable = false)
    private String virtualAccount;

    @Column(name = "INVOICE_ID")
    private Long invoiceId;

    @Column(name = "MATCHED_BY", length = 100)
    private String matchedBy;

    @Column(name = "UPLOADED_AT", nullable = false, updatable = false)
    private Instant uploadedAt;

    /** Issue 13: the invoice this deposit would pay, held back while a card attempt on it is open. */
    @Column(name = "WAITING_INVOICE_ID")
    private Long waitingInvoiceId;

    @Column(name = "WAITING_REASON", length = 200)
    private String waitingReason;

    @Version
    private long version;

    protected BankDeposit() {
    }

    public BankDeposit(StatementLine line, Instant uploadedAt) {
        this.bankReference = line.bankReference();
        this.depositDate = line.date();
        this.depositor = line.depositor();
        this.amount = line.amount();
        this.virtualAccount = line.virtualAccount();
        this.uploadedAt = uploadedAt;
    }

    public void matched(long invoiceId, String by) {
        if (this.invoiceId != null) {
            throw new IllegalStateException("deposit " + bankReference + " already paid invoice " + this.invoiceId);
        }
        this.invoiceId = invoiceId;
        this.matchedBy = by;
        this.waitingInvoiceId = null;
        this.waitingReason = null;
    }

    /**
     * Issue 13: the invoice it matches has an open (INITIATED/UNKNOWN) card attempt; paying it now could
     * pay twice, so the deposit waits, unmatched, with the reason shown, until the attempt is decided.
     */
    public void waitFor(long invoiceId, String reason) {
        if (this.invoiceId != null) {
            throw new IllegalStateException("deposit " + bankReference + " already paid invoice " + this.invoiceId);
        }
        this.waitingInvoiceId = invoiceId;
        this.waitingReason = reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200);
    }

    /** The attempt was decided and the deposit cannot pay the invoice any more: it stays open for staff. */
    public void stopWaiting(String reason) {
        this.waitingInvoiceId = null;
        this.waitingReason = reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200);
    }

    public boolean isWaiting() {
        return invoiceId == null && waitingInvoiceId != null;
    }

    public Long getWaitingInvoiceId() {
        return waitingInvoiceId;
    }

    public String getWaitingReason() {
        return waitingReason;
    }

    public boolean isMatched() {
        return invoiceId != null;
    }

    public Long getId() {
        return id;
    }

    public String getBankReference() {
        return bankReference;
    }

    public LocalDate getDepositDate() {
        return depositDate;
    }

    public String getDepositor() {
        return depositor;
    }

    public long getAmount() {
        return amount;
    }

    public String getVirtualAccount() {
        return virtualAccount;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public String getMatchedBy() {
        return matchedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
