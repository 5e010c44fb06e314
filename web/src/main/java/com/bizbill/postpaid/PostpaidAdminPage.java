package com.bizbill.postpaid;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * Issue 24 §3, CB-PST-2: staff's postpaid invoices of a month: adjust the billed amount with a reason (audited, posted)
 * and mark an invoice paid when its deposit arrived.
 */
@Named
@ViewScoped
public class PostpaidAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PostpaidInvoices invoices;

    @Inject
    com.bizbill.ordering.OrderForms forms;

    private String month;
    private Long adjusting;
    private Long billed;
    private String reason;

    public String getMonth() {
        if (month == null) {
            month = YearMonth.from(forms.now()).minusMonths(1).toString();
        }
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public List<PostpaidInvoices.View> getInvoices() {
        try {
            return invoices.ofMonth(YearMonth.parse(getMonth()));
        } catch (java.time.format.DateTimeParseException e) {
            Messages.error("postpaid.month.invalid");
            return List.of();
        }
    }

    public void startAdjust(PostpaidInvoice i) {
        adjusting = i.getId();
        billed = i.getBilled();
        reason = null;
    }

    public void adjust() {
        if (adjusting == null || billed == null) {
            return;
        }
        try {
            invoices.adjust(adjusting, billed, reason);
            Messages.info("postpaid.adjusted", Messages.formats().won(billed));
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    public void markPaid(long invoiceId) {
        try {
            PostpaidInvoice i = invoices.markPaid(invoiceId);
            Messages.info("postpaid.markedPaid", i.number(), Messages.formats().won(i.getBilled()));
        } catch (BizbillException e) {
            Messages.show(e);
        }
    }

    public String paidQuestion(PostpaidInvoices.View v) {
        return Messages.get("postpaid.paidQuestion", v.company(), v.invoice().number(),
                Messages.formats().won(v.invoice().getBilled()));
    }

    public Long getBilled() {
        return billed;
    }

    public void setBilled(Long billed) {
        this.billed = billed;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
