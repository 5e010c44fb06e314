package com.bizbill.ledger;

/** A journal entry whose postings do not satisfy the double-entry rules. */
public class UnbalancedEntryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnbalancedEntryException(String message) {
        super(message);
    }
}
