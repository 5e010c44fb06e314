package com.bizbill.ledger;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import jakarta.faces.view.ViewScoped;
import com.bizbill.shared.web.Pager;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Portal home: the customer's own balances and statement lines (never another organisation's). */
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

    private final Pager pager = new Pager(10);

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
