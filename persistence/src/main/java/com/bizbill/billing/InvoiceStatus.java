package com.bizbill.billing;

/** Payment state of an invoice (BP-INV-3): partial payments keep a balance. */
public enum InvoiceStatus {
    UNPAID, PARTIALLY_PAID, PAID
}
