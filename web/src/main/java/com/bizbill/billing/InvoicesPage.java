package com.bizbill.billing;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Money;
import com.bizbill.shared.Vat;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer's invoices (BP-INV-1, BP-INV-3): by billing month, with lines, payments, the PDF and
 * "send me this invoice"; and pay-now for card-immediate customers (BP-PAY-5): tick unpaid invoices of
 * this billing month, see the sum with its supply and VAT, confirm, pay.
 */
@Named
@ViewScoped
public class InvoicesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceQueries invoices;

    @Inject
    InvoiceDocuments documents;

    @Inject
    InvoicePayments payments;

    @Inject
    BillingAccountService accounts;

    @Inject
    CurrentMember member;

    @Inject
    CardService cards;

    private String month;
    private Long detailId;
    private List<Invoice> selected = new ArrayList<>();

    private BillingAccount account() {
        return accounts.ofMember(member.get().id()).orElse(null);
    }

    @Inject
    org.eclipse.microprofile.config.Config config;

    /** BP-INV-3: where a bank transfer goes (the account's own virtual account, with its bank's name), or null. */
    public String getVirtualAccount() {
        BillingAccount a = account();
        return a == null || a.getVirtualAccount() == null ? null
                : (Messages.labels().code("Bank", a.getVirtualAccountBank()) + " " + a.getVirtualAccount()).trim();
    }

    /**
     * Issue 18 §2: without a virtual account, the operator's deposit account (bank, number, holder), so a customer
     * who must pay by transfer (a tax invoice) always sees where to.
     */
    public String getOperatorAccount() {
        OperatorDepositAccount d = OperatorDepositAccount.fromConfig(config);
        return Messages.get("invoices.operatorAccount.value", Messages.labels().code("Bank", d.bankCode()), d.number(),
                d.holder());
    }

    public boolean isHasAccount() {
        return account() != null;
    }

    public boolean isPayNow() {
        BillingAccount a = account();
        return a != null && a.getPaymentMethod() == PaymentMethod.CARD_IMMEDIATE;
    }

    public List<String> getMonths() {
        BillingAccount a = account();
        return a == null ? List.of() : invoices.monthsOf(a.getId());
    }

    public List<Invoice> getInvoices() {
        BillingAccount a = account();
        return a == null ? List.of() : invoices.invoicesOf(a.getId(), month == null || month.isBlank() ? null : month,
                0, 100).items();
    }

    /** BP-PAY-5 / BP-PAY-2: what can be paid by card now — this billing month's unpaid invoices. */
    public List<Invoice> getPayable() {
        BillingAccount a = account();
        return a == null ? List.of() : invoices.cardPayable(a.getId());
    }

    public Invoice getDetail() {
        BillingAccount a = account();
        return a == null || detailId == null ? null : invoices.invoiceOf(a.getId(), detailId);
    }

    public List<InvoicePayment> getDetailPayments() {
        return detailId == null ? List.of() : invoices.paymentsOf(detailId);
    }

    public void show(long id) {
        detailId = id;
    }

    public void mail(long id) {
        String to = documents.mailInvoice(account().getId(), id);
        Messages.info("invoices.mailed", to);
    }

    public long getSelectedTotal() {
        return selected.stream().mapToLong(Invoice::balance).sum();
    }

    /** The selected sum split into supply and VAT by the one VAT rule (design.md). */
    public Vat.Breakdown getSelectedBreakdown() {
        return Vat.fromTotal(Money.won(getSelectedTotal()));
    }

    /** Issue 18 §1: the card payments are charged to, as people recognise it ("SHINHAN ****1234"), or null. */
    public String getCard() {
        BillingAccount a = account();
        return a == null ? null : cards.activeCard(a.getOrganisation().getId())
                .map(c -> c.getBrand() + " ****" + c.getLast4()).orElse(null);
    }

    /**
     * Issue 18 §1: the question before money moves names how many invoices, the amount, the card and the fee
     * (none for pay-now).
     */
    public String getPayConfirmation() {
        String card = getCard();
        return Messages.get("invoices.pay.confirm", selected.size(), Messages.formats().won(getSelectedTotal()),
                card == null ? Messages.get("invoices.noCard") : Messages.particles(card, "toward"));
    }

    public void pay() {
        if (selected.isEmpty()) {
            Messages.error("invoices.noneSelected");
            return;
        }
        List<InvoicePayments.Result> results = payments.payNow(member.get().id(),
                selected.stream().map(Invoice::getId).toList());
        long paid = results.stream().filter(r -> r.status() == PaymentStatus.SUCCEEDED)
                .mapToLong(InvoicePayments.Result::amount).sum();
        long failed = results.stream().filter(r -> r.status() == PaymentStatus.FAILED).count();
        long pending = results.stream().filter(r -> r.status() == PaymentStatus.UNKNOWN).count();
        if (paid > 0) {
            Messages.info("invoices.paidNow", Messages.formats().won(paid));
        }
        if (failed > 0) {
            Messages.error("invoices.payFailed", results.stream().filter(r -> r.failure() != null)
                    .map(InvoicePayments.Result::failure).findFirst().orElse(""));
        }
        if (pending > 0) {
            Messages.info("wallet.chargePending");
        }
        if (paid == 0 && failed == 0 && pending == 0) {
            Messages.info("invoices.nothingToPay");
        }
        selected = new ArrayList<>();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public List<Invoice> getSelected() {
        return selected;
    }

    public void setSelected(List<Invoice> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
}
