package com.bizbill.billing;

/** An overpayment is OPEN (money held on the suspense account), REFUNDING (a refund attempt is out), REFUNDED. */
public enum OverpaymentStatus {
    OPEN, REFUNDING, REFUNDED;

    /** Still held on the overpayment account (the ledger check compares these with its balance). */
    public boolean isHeld() {
        return this != REFUNDED;
    }
}
