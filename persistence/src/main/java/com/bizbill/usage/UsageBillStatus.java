package com.bizbill.usage;

/** Where a monthly usage bill stands in the cycle (NB-CYC-1, NB-PAY-1). */
public enum UsageBillStatus {
    /** Collected on the 2nd; the card is charged on the 5th. */
    OPEN,
    /** The card charge is with the gateway (an unknown answer is reconciled, never charged again). */
    CHARGING,
    PAID,
    /** The card was declined: the store was told and pays by hand, or staff retry the card. */
    CHARGE_FAILED,
    /** The store has no registered card: it was told and pays by hand. */
    NO_CARD,
    /** Staff recorded a manual payment with its reference. */
    PAID_MANUALLY;

    public boolean isPaid() {
        return this == PAID || this == PAID_MANUALLY;
    }

    /** Waiting for the store's manual payment (or a staff retry of the card). */
    public boolean awaitsManualPayment() {
        return this == CHARGE_FAILED || this == NO_CARD;
    }
}
