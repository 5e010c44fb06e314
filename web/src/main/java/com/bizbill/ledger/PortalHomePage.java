package com.bizbill.ledger;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import jakarta.faces.view.ViewScoped;
import com.bizbill.shared.web.Pager;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The billing customer's home (issue 18 §4): what is owed, by when, what needs action (a card to register,
 * overdue invoices) and the way to do it (pay now, the deposit account); a prepaid balance only if there is one.
 * Never another organisation's.
 */
@Named
@ViewScoped
public class PortalHomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LedgerService ledger;

    @Inject
    CurrentMember member;

    @Inject
    com.bizbill.billing.CardService cards;

    @Inject
    com.bizbill.billing.BillingAccountService billingAccounts;

    @Inject
    com.bizbill.billing.InvoiceQueries invoices;

    private final Pager pager = new Pager(10);
    private transient com.bizbill.billing.InvoiceQueries.AccountSummary summary;

    private java.util.Optional<com.bizbill.billing.BillingAccount> account() {
        return billingAccounts.ofMember(member.get().id());
    }

    /** What is owed (once per request: the page reads it several times). */
    public com.bizbill.billing.InvoiceQueries.AccountSummary getSummary() {
        if (summary == null) {
            summary = account().map(a -> invoices.summaryOf(a.getId())).orElse(null);
        }
        return summary;
    }

    public String getOwedDetail() {
        var s = getSummary();
        if (s == null || s.unpaid() == 0) {
            return com.bizbill.shared.web.Messages.get("portal.owed.none");
        }
        return com.bizbill.shared.web.Messages.get("portal.owed.detail",
                com.bizbill.shared.web.Messages.formats().count(s.unpaid()),
                com.bizbill.shared.web.Messages.formats().dateWithWeekday(s.nextDue()));
    }

    public String getOverdueText() {
        var s = getSummary();
        return s == null ? "" : com.bizbill.shared.web.Messages.get("portal.overdue",
                com.bizbill.shared.web.Messages.formats().count(s.overdue()));
    }

    public boolean isPayNow() {
        return account().map(a -> a.getPaymentMethod() == com.bizbill.billing.PaymentMethod.CARD_IMMEDIATE).orElse(false);
    }

    public com.bizbill.billing.PaymentMethod getPaymentMethod() {
        return account().map(com.bizbill.billing.BillingAccount::getPaymentMethod).orElse(null);
    }

    /** The card on file as people recognise it, or null. */
    public String getCard() {
        return cards.activeCard(member.organisationId()).map(c -> c.getBrand() + " ****" + c.getLast4()).orElse(null);
    }

    /** BP-CARD-2: "card not registered — registration needed" until the auto-pay card is registered. */
    public boolean isCardNeeded() {
        return cards.registrationNeeded(member.organisationId(), member.get().id());
    }

    public List<AccountBalance> getAccounts() {
        return ledger.accountsOf(member.organisationId());
    }

    public long getTotal() {
        // the money held for the customer (prepaid liabilities); what it owes on invoices is listed, not added
        return getAccounts().stream().filter(a -> a.type() == com.bizbill.ledger.AccountType.LIABILITY)
                .mapToLong(AccountBalance::balance).sum();
    }

    public Page<EntryLine> getLines() {
        return ledger.entriesOf(member.organisationId(), pager.page(), pager.size());
    }

    public void next() {
        pager.next(getLines().total());
    }

    public void previous() {
        pager.previous();
    }

    public int getPage() {
        return pager.page();
    }
}
