package com.bizbill.billing;

/** How a billing account pays its invoices (BP-ON-1). */
public enum PaymentMethod {
    BANK_TRANSFER, CARD_AUTO, CARD_IMMEDIATE;

    /** Card registration is offered only to card payers (BP-CARD-1). */
    public boolean isCard() {
        return this != BANK_TRANSFER;
    }
}
