package com.bizbill.billing;

/**
 * The state of one attempt at the payment gateway (wallet-and-payments issue): INITIATED before the
 * call, then SUCCEEDED or FAILED from the gateway's answer, or UNKNOWN when the answer was lost.
 * UNKNOWN is resolved only by asking the gateway (reconciliation), never by charging again.
 */
public enum PaymentStatus {
    INITIATED, SUCCEEDED, FAILED, UNKNOWN;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED;
    }
}
