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

    /**
     * Issue 15 §3, NB-CYC-1: the bill's transitions in one table. OPEN is charged on the 5th (CHARGING),
     * has no card (NO_CARD) or is paid by hand; a charge ends PAID or CHARGE_FAILED; a failed or card-less
     * bill is retried by staff (CHARGING) or paid by hand. PAID and PAID_MANUALLY are final.
     */
    public boolean canBecome(UsageBillStatus target) {
        return switch (this) {
            case OPEN -> target == CHARGING || target == NO_CARD || target == PAID_MANUALLY;
            case CHARGING -> target == PAID || target == CHARGE_FAILED;
            case CHARGE_FAILED, NO_CARD -> target == CHARGING || target == PAID_MANUALLY;
            case PAID, PAID_MANUALLY -> false;
        };
    }
}
