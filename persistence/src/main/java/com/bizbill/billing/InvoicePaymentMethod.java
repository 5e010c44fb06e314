package com.bizbill.billing;

/**
 * How one payment reached an invoice (BP-INV-3: card or transfer). Not {@link PaymentMethod}, which is how a
 * billing account is contracted to pay: a card-auto account's invoice may still be paid by transfer. Stored by
 * name, the values the column has always held ("CARD", "TRANSFER").
 */
public enum InvoicePaymentMethod {
    CARD, TRANSFER
}
