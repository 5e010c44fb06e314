package com.bizbill.ledger;

import java.util.List;

/**
 * Result of the admin "ledger check": all postings sum to zero, no entry is unbalanced, and (issue 13) the
 * overpayment (suspense) account holds exactly the overpayments not yet refunded. A non-empty
 * {@code unbalancedEntryIds}, a non-zero total or an overpayment difference means the books are broken.
 */
public record LedgerCheck(long entries, long postings, long totalOfAllPostings, List<Long> unbalancedEntryIds,
                          long overpaymentAccountBalance, long openOverpayments) {

    public boolean ok() {
        return totalOfAllPostings == 0 && unbalancedEntryIds.isEmpty() && overpaymentsAgree();
    }

    /** The overpayment account's balance equals the sum of the overpayments still held. */
    public boolean overpaymentsAgree() {
        return overpaymentAccountBalance == openOverpayments;
    }
}
