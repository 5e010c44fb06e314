package com.bizbill.billing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A monthly invoice from the operator's billing system (BP-INV-1/2), identified by its source number.
 * It keeps what was paid so far; partial payments leave a balance (BP-PAY-5).
 */
@Entity
@Table(name = "INVOICE")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "BILLING_ACCOUNT_ID", nullable = false, updatable = false)
    private long billingAccountId;

    /** yyyy-MM */
    @Column(name = "BILLING_MONTH", nullable = false, length = 7)
    private String billingMonth;

    /** The billing system's invoice number: the import's idempotency key. */
    @Column(name = "INVOICE_NUMBER", nullable = false, unique = true, length = 60, updatable = false)
    private String number;

    @Column(name = "ISSUE_DATE", nullable = false)
    private LocalDate issueDate;

    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private long supply;

    @Column(nullable = false)
    private long vat;

    @Column(nullable = false)
    private long total;

    @Column(name = "PAID_AMOUNT", nullable = false)
    private long paidAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvoiceStatus status = InvoiceStatus.UNPAID;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "INVOICE_LINE", joinColumns = @JoinColumn(name = "INVOICE_ID"))
    @OrderColumn(name = "LINE_NO")
    private List<InvoiceLine> lines = new ArrayList<>();

    /** BP-PAY-2: the tax invoice issued at month end for a card payer's unpaid invoice. */
    @Column(name = "TAX_INVOICE_NUMBER", length = 40)
    private String taxInvoiceNumber;

    @Column(name = "TAX_INVOICE_ISSUED_AT")
    private Instant taxInvoiceIssuedAt;

    @Column(name = "IMPORTED_AT", nullable = false)
    private Instant importedAt;

    @Version
    private long version;

    protected Invoice() {
    }

    public Invoice(long billingAccountId, String number, InvoiceData data, Instant importedAt) {
        this.billingAccountId = billingAccountId;
        this.number = number;
        this.importedAt = importedAt;
        apply(data);
    }

    /**
     * BP-INV-2: whether a re-sent invoice is this one as it stands: the month, dates and amounts, and every line
     * (service, usage period, amount) in its order. Issue 16 §3: equal totals with other lines are a change.
     */
    public boolean sameAs(InvoiceData d) {
        return billingMonth.equals(d.billingMonth().toString()) && issueDate.equals(d.issueDate())
                && dueDate.equals(d.dueDate()) && supply == d.supply() && vat == d.vat() && total == d.total()
                && sameLines(d.lines());
    }

    private boolean sameLines(List<InvoiceLine> other) {
        if (lines.size() != other.size()) {
            return false;
        }
        for (int i = 0; i < other.size(); i++) {
            if (!lines.get(i).sameAs(other.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first half of an update that changes the lines (issue 16 §3): the old lines go, and the caller flushes
     * that before {@link #update} writes the new ones. Replaced in one go, EclipseLink renumbers a line that only
     * moved onto its neighbour's LINE_NO and the insert collides with the primary key. Only on an invoice that may
     * still be updated.
     */
    public void withdrawLines() {
        if (paidAmount > 0 || taxInvoiceNumber != null) {
            throw new IllegalStateException("invoice " + number + " is paid or taxed: its lines stay");
        }
        lines.clear();
    }

    /** The billing system re-sent the invoice: take its figures, unless money has already been paid on it. */
    public boolean update(InvoiceData data, Instant at) {
        if (paidAmount > 0 || taxInvoiceNumber != null) {
            return false;
        }
        apply(data);
        importedAt = at;
        return true;
    }

    private void apply(InvoiceData d) {
        if (!d.problems().isEmpty()) { // within the fixed ceiling and consistent (issue 13, BP-INV-2)
            throw new IllegalArgumentException("invoice data has problems: " + d.problems());
        }
        this.billingMonth = d.billingMonth().toString();
        this.issueDate = d.issueDate();
        this.dueDate = d.dueDate();
        this.supply = d.supply();
        this.vat = d.vat();
        this.total = d.total();
        this.lines = new ArrayList<>(d.lines());
    }

    /** Records a payment of {@code amount} won (never more than the balance). */
    public void pay(long amount) {
        if (amount <= 0 || amount > balance()) {
            throw new IllegalArgumentException("cannot pay " + amount + " on a balance of " + balance());
        }
        paidAmount += amount;
        status = paidAmount == total ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
    }

    /** BP-PAY-2: from now on only a bank transfer pays it. */
    public void taxInvoiceIssued(String number, Instant at) {
        if (taxInvoiceNumber != null) {
            throw new IllegalStateException("invoice " + this.number + " already has tax invoice " + taxInvoiceNumber);
        }
        this.taxInvoiceNumber = number;
        this.taxInvoiceIssuedAt = at;
    }

    public String getTaxInvoiceNumber() {
        return taxInvoiceNumber;
    }

    public Instant getTaxInvoiceIssuedAt() {
        return taxInvoiceIssuedAt;
    }

    /** A card payment (or part) was cancelled (BP-PAY-4): the amount is owed again. */
    public void unpay(long amount) {
        if (amount <= 0 || amount > paidAmount) {
            throw new IllegalArgumentException("cannot take back " + amount + " of " + paidAmount);
        }
        paidAmount -= amount;
        status = paidAmount == 0 ? InvoiceStatus.UNPAID : InvoiceStatus.PARTIALLY_PAID;
    }

    public long balance() {
        return total - paidAmount;
    }

    public YearMonth billingMonth() {
        return YearMonth.parse(billingMonth);
    }

    public Long getId() {
        return id;
    }

    public long getBillingAccountId() {
        return billingAccountId;
    }

    public String getBillingMonth() {
        return billingMonth;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public long getSupply() {
        return supply;
    }

    public long getVat() {
        return vat;
    }

    public long getTotal() {
        return total;
    }

    public long getPaidAmount() {
        return paidAmount;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public List<InvoiceLine> getLines() {
        return List.copyOf(lines);
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
