package com.bizbill.postpaid;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.FacesDownloads;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 24 §3, CB-PST-2, CB-PST-3: "후불 납부 관리" for the master: this month's credit, the last three months'
 * invoices with their detail per order (Excel), the invoice document (PDF) with the transaction date the master
 * needs, and where to pay.
 */
@Named
@ViewScoped
public class PostpaidPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PostpaidInvoices invoices;

    @Inject
    PostpaidDocuments documents;

    @Inject
    CurrentMember member;

    @Inject
    com.bizbill.wallet.CreditService credit;

    @Inject
    org.eclipse.microprofile.config.Config config;

    private transient List<PostpaidInvoice> shown;
    private final Map<Long, LocalDate> dates = new HashMap<>();

    private long me() {
        return member.get().id();
    }

    public List<PostpaidInvoice> getInvoices() {
        if (shown == null) {
            shown = invoices.recent(me());
        }
        return shown;
    }

    public List<PostpaidInvoiceLine> lines(PostpaidInvoice i) {
        return invoices.lines(i.getId());
    }

    /** This month's credit, when the company pays postpaid now (null otherwise). */
    public com.bizbill.wallet.CreditService.CreditView getCredit() {
        try {
            return credit.view(member.get().organisationId());
        } catch (BizbillException e) { // a prepaid company now: its past invoices only
            return null;
        }
    }

    public String getDepositAccount() {
        var d = com.bizbill.billing.OperatorDepositAccount.fromConfig(config);
        return Messages.get("invoices.operatorAccount.value", Messages.labels().code("Bank", d.bankCode()), d.number(),
                d.holder());
    }

    public Map<Long, LocalDate> getDates() {
        return dates;
    }

    /** The document with the transaction date typed for it (kept for the next download). */
    public void pdf(long invoiceId) throws IOException {
        try {
            LocalDate date = dates.get(invoiceId);
            if (date != null) {
                invoices.setTransactionDate(me(), invoiceId, date);
            }
            PostpaidInvoice i = invoices.own(me(), invoiceId);
            FacesDownloads.send(documents.pdf(me(), invoiceId), FacesDownloads.PDF, i.number() + ".pdf");
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }
}
