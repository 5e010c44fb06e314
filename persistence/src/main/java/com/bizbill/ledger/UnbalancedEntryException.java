package com.bizbill.ledger;

/** A journal entry whose postings break the bookkeeping rules (two or more, none zero, summing to zero). */
public class UnbalancedEntryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnbalancedEntryException(String message) {
        super(message);
    }
}
