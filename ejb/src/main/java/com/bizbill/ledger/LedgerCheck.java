package com.bizbill.ledger;

import java.util.List;

/**
 * Result of the admin "ledger check": all postings sum to zero, and no entry is unbalanced.
 * A non-empty {@code unbalancedEntryIds} or a non-zero total means the books are broken.
 */
public record LedgerCheck(long entries, long postings, long totalOfAllPostings, List<Long> unbalancedEntryIds) {

    public boolean ok() {
        return totalOfAllPostings == 0 && unbalancedEntryIds.isEmpty();
    }
}
