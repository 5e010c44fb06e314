package com.bizbill.billing;

/**
 * What an attempt asks the payment gateway for (issue 13): take money (CHARGE) or give back money it took
 * (CANCEL: a wallet charge cancel, an invoice card cancel, an overpayment refund). Both are written before
 * the call, carry their own idempotency key and are settled the same way.
 */
public enum AttemptKind {
    CHARGE, CANCEL
}
