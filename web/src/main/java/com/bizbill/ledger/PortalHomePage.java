package com.bizbill.ledger;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Portal home: the customer's own balances and statement lines (never another organisation's). */
@Named
@ViewScoped
public class PortalHomePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 10;

    @Inject
    LedgerService ledger;

    @Inject
    CurrentMember member;

    private int page;

    public List<AccountBalance> getAccounts() {
        return ledger.accountsOf(member.organisationId());
    }

    public long getTotal() {
        return getAccounts().stream().mapToLong(AccountBalance::balance).sum();
    }

    public Page<EntryLine> getLines() {
        return ledger.entriesOf(member.organisationId(), page, PAGE_SIZE);
    }

    public void next() {
        if ((page + 1) * PAGE_SIZE < getLines().total()) {
            page++;
        }
    }

    public void previous() {
        page = Math.max(0, page - 1);
    }

    public int getPage() {
        return page;
    }
}
