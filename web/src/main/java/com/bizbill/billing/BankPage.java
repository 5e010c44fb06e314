package com.bizbill.billing;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;

/** Staff: upload a bank statement, see what matched, match the rest by invoice number (BP-INV-3). */
@Named
@ViewScoped
public class BankPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BankReconciliation bank;

    @Inject
    InvoiceQueries invoiceQueries;

    @Inject
    CurrentMember member;

    @Inject
    com.bizbill.shared.web.Uploads uploads;

    private transient Part statement;
    private boolean unmatchedOnly = true;
    private Long matchId;
    private String invoiceNumber;
    private final Pager pager = new Pager(20);

    public void upload() {
        if (statement == null || statement.getSize() == 0) {
            Messages.error("file.empty");
            return;
        }
        byte[] content;
        try {
            // issue 14: the statement's size is checked while reading (limit + 1 byte at most)
            content = uploads.read(statement, com.bizbill.shared.web.Uploads.Kind.DATA_FILE, "statement");
        } catch (IOException e) {
            Messages.error("file.unreadable");
            return;
        }
        try {
            BankReconciliation.UploadResult r = bank.upload(content);
            Messages.info("bank.uploaded", r.lines(), r.added(), r.duplicates(), r.matched(), r.unmatched(),
                    r.waiting());
        } catch (BizbillException e) {
            e.getFieldErrors().stream().limit(20).forEach(f -> Messages.error("bank.badRow", f.field(), com.bizbill.shared.web.FieldMessages.words(
                    jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), f)));
            Messages.show(new BizbillException(e.getCode(), e.getMessage()));
        }
    }

    public Page<BankDeposit> getDeposits() {
        return bank.deposits(unmatchedOnly, pager.page(), pager.size());
    }

    public void prepareMatch(long depositId) {
        matchId = depositId;
        invoiceNumber = null;
    }

    /**
     * Issue 18 §6: staff pick the invoice instead of typing its number blind: open invoices by number or account
     * name, each with its account, month and balance ("DEMO-2026-12 · 데모 상사 · 2026-12 · 165,000원").
     */
    public java.util.List<String> completeInvoice(String query) {
        return invoiceQueries.openInvoices(query, 20).stream().map(i -> i.number() + PICK_SEPARATOR + i.accountName()
                + PICK_SEPARATOR + i.billingMonth() + PICK_SEPARATOR + Messages.formats().won(i.balance())).toList();
    }

    static final String PICK_SEPARATOR = " · ";

    public void match() {
        if (invoiceNumber != null && invoiceNumber.contains(PICK_SEPARATOR)) {
            invoiceNumber = invoiceNumber.substring(0, invoiceNumber.indexOf(PICK_SEPARATOR)); // a picked line
        }
        bank.matchByHand(matchId, invoiceNumber);
        Messages.info("bank.matched", invoiceNumber);
    }

    public void search() {
        pager.first();
    }

    public void next() {
        pager.next(getDeposits().total());
    }

    public void previous() {
        pager.previous();
    }

    public Pager getPager() {
        return pager;
    }

    public Part getStatement() {
        return statement;
    }

    public void setStatement(Part statement) {
        this.statement = statement;
    }

    public boolean isUnmatchedOnly() {
        return unmatchedOnly;
    }

    public void setUnmatchedOnly(boolean unmatchedOnly) {
        this.unmatchedOnly = unmatchedOnly;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }
}
