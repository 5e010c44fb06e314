package com.bizbill.wallet;

/** A debit larger than the balance or remaining credit: refused, nothing moved. */
public class InsufficientBalanceException extends RuntimeException {

    private final long available;
    private final long requested;

    public InsufficientBalanceException(long available, long requested) {
        super("available " + available + " won, requested " + requested + " won");
        this.available = available;
        this.requested = requested;
    }

    public long getAvailable() {
        return available;
    }

    public long getRequested() {
        return requested;
    }
}
