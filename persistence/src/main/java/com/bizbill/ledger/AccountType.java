package com.bizbill.ledger;

/**
 * Kinds of ledger account. Postings are signed (debit positive, credit negative) and every
 * entry sums to zero; the natural balance of an account flips the sign for credit-normal kinds,
 * so a customer's prepaid balance (a liability of the operator) reads as a positive amount.
 */
public enum AccountType {
    ASSET(1), EXPENSE(1), LIABILITY(-1), EQUITY(-1), REVENUE(-1);

    private final int normalSign;

    AccountType(int normalSign) {
        this.normalSign = normalSign;
    }

    /** The balance as a person reads it, from the sum of signed postings. */
    public long naturalBalance(long postingSum) {
        return Math.multiplyExact(postingSum, (long) normalSign);
    }
}
