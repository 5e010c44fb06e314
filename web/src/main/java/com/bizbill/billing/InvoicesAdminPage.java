package com.bizbill.billing;

import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;

/**
 * Staff: invoices by month/status/account with Excel export, receivables by month as a chart, the
 * failed card charges with a retry for one invoice (BP-PAY-3).
 */
@Named
@ViewScoped
public class InvoicesAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceQueries invoices;

    @Inject
    InvoiceCardCancels cardCancels;

    @Inject
    InvoicePayments payments;

    @Inject
    com.bizbill.identity.CurrentMember member;

    private String month;
    private InvoiceStatus status;
    private String text;
    private final Pager pager = new Pager(20);

    public Page<InvoiceQueries.InvoiceRow> getRows() {
        return invoices.search(month, status, text, pager.page(), pager.size());
    }

    public List<InvoiceQueries.MonthReceivable> getReceivables() {
        return invoices.receivablesByMonth();
    }

    public List<InvoiceQueries.FailedCharge> getFailedCharges() {
        return invoices.failedCharges(20);
    }

    /** Chart.js configuration: billed and outstanding per billing month. */
    public String getChartJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder billed = Json.createArrayBuilder();
        JsonArrayBuilder outstanding = Json.createArrayBuilder();
        for (InvoiceQueries.MonthReceivable r : getReceivables()) {
            labels.add(r.month());
            billed.add(r.billed());
            outstanding.add(r.outstanding());
        }
        return Json.createObjectBuilder().add("type", "bar").add("data", Json.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Messages.get("invoices.billed")).add("data", billed)
                                .add("backgroundColor", "#4c78a8"))
                        .add(Json.createObjectBuilder().add("label", Messages.get("invoices.outstanding"))
                                .add("data", outstanding).add("backgroundColor", "#e45756"))))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("maintainAspectRatio", false))
                .build().toString();
    }

    public void retry(long invoiceId) {
        InvoicePayments.Result r = payments.retry(invoiceId);
        if (r.status() == null) {
            Messages.info("invoices.nothingToPay");
        } else if (r.status() == PaymentStatus.SUCCEEDED) {
            Messages.info("invoices.paidNow", r.amount());
        } else if (r.status() == PaymentStatus.FAILED) {
            Messages.error("invoices.payFailed", r.failure());
        } else {
            Messages.info("wallet.chargePending");
        }
    }

    private Long paymentsOf;
    private Long cancelAmount;
    private InvoiceCardCancels.CancelQuote cancelQuote;

    public void showPayments(long invoiceId) {
        paymentsOf = invoiceId;
        cancelAmount = null;
        cancelQuote = null;
    }

    public List<InvoicePayment> getPayments() {
        return paymentsOf == null ? List.of() : invoices.paymentsOf(paymentsOf);
    }

    /**
     * Issue 18 §1, BP-PAY-4: step one of a card cancel checks it and shows what will be cancelled (the amount given,
     * or all that is left), of which invoice and payment; nothing moves until staff confirm.
     */
    public void quoteCancel(long paymentId) {
        cancelQuote = cardCancels.quote(paymentId, cancelAmount);
    }

    public String getCancelConfirmation() {
        InvoiceCardCancels.CancelQuote q = cancelQuote;
        return q == null ? "" : Messages.get("invoices.cancel.confirm", q.invoiceNumber(), Messages.formats().won(q.paid()),
                q.orderId(), Messages.formats().won(q.amount()));
    }

    public InvoiceCardCancels.CancelQuote getCancelQuote() {
        return cancelQuote;
    }

    public void back() {
        cancelQuote = null;
    }

    /** BP-PAY-4: cancel the quoted amount of the card payment within its billing month. */
    public void cancelPayment() {
        if (cancelQuote == null) {
            return;
        }
        cardCancels.cancelCardPayment(cancelQuote.invoicePaymentId(), cancelQuote.amount());
        Messages.info("invoices.cancelled", Messages.formats().won(cancelQuote.amount()));
        cancelAmount = null;
        cancelQuote = null;
    }

    public Long getCancelAmount() {
        return cancelAmount;
    }

    public void setCancelAmount(Long cancelAmount) {
        this.cancelAmount = cancelAmount;
    }

    public String getExportQuery() {
        return "month=" + (month == null ? "" : month) + "&status=" + (status == null ? "" : status.name()) + "&text="
                + java.net.URLEncoder.encode(text == null ? "" : text, java.nio.charset.StandardCharsets.UTF_8);
    }

    public void search() {
        pager.first();
    }

    public void next() {
        pager.next(getRows().total());
    }

    public void previous() {
        pager.previous();
    }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    public Pager getPager() {
        return pager;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
