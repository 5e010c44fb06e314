package com.bizbill.billing.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tax invoice as the sandbox e-tax-invoice service records it: numbered, one per source invoice. */
@Entity
@Table(name = "SANDBOX_TAX_INVOICE")
public class SandboxTaxInvoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "APPROVAL_NUMBER", nullable = false, unique = true, length = 40)
    private String approvalNumber;

    @Column(name = "SOURCE_NUMBER", nullable = false, unique = true, length = 60)
    private String sourceNumber;

    @Column(nullable = false, length = 200)
    private String buyer;

    @Column(nullable = false)
    private long supply;

    @Column(nullable = false)
    private long vat;

    @Column(name = "ISSUED_AT", nullable = false)
    private Instant issuedAt;

    protected SandboxTaxInvoice() {
    }

    public SandboxTaxInvoice(String approvalNumber, String sourceNumber, String buyer, long supply, long vat,
                             Instant issuedAt) {
        this.approvalNumber = approvalNumber;
        this.sourceNumber = sourceNumber;
        this.buyer = buyer;
        this.supply = supply;
        this.vat = vat;
        this.issuedAt = issuedAt;
    }

    public String getApprovalNumber() {
        return approvalNumber;
    }

    public String getSourceNumber() {
        return sourceNumber;
    }

    public String getBuyer() {
        return buyer;
    }

    public long getSupply() {
        return supply;
    }

    public long getVat() {
        return vat;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
