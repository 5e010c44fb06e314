package com.bizbill.ledger;

import com.bizbill.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Admin: every ledger account with its balance, and the ledger check (books balance to zero, wallets agree). */
@Named
@RequestScoped
public class LedgerAdminPage {

    @Inject
    LedgerService ledger;

    @Inject
    com.bizbill.wallet.WalletService wallets;

    private List<AccountBalance> accounts;
    private LedgerCheck check;

    public List<AccountBalance> getAccounts() {
        if (accounts == null) {
            accounts = ledger.allAccounts();
        }
        return accounts;
    }

    public LedgerCheck getCheck() {
        return check;
    }

    public void runCheck() {
        check = ledger.check();
        if (check.ok()) {
            Messages.info("ledger.check.ok", check.entries(), check.postings());
        } else {
            Messages.error("ledger.check.broken", check.totalOfAllPostings(), check.unbalancedEntryIds());
        }
        // issue 13: the overpayment (suspense) account holds exactly the overpayments not yet refunded
        if (check.overpaymentsAgree()) {
            Messages.info("ledger.check.overpaymentsOk", check.overpaymentAccountBalance());
        } else {
            Messages.error("ledger.check.overpaymentsOff", check.overpaymentAccountBalance(), check.openOverpayments());
        }
        // the wallets' cached balances must equal their ledger accounts (design.md "Money and time")
        List<Long> off = wallets.walletsOutOfBalance();
        if (off.isEmpty()) {
            Messages.info("ledger.check.walletsOk");
        } else {
            Messages.error("ledger.check.walletsOff", off);
        }
    }
}
