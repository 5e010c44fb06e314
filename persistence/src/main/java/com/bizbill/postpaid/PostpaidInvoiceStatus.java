package com.bizbill.postpaid;

/** CB-PST-2: a postpaid invoice is issued on the 1st and paid by a bank deposit or marked paid by staff. */
public enum PostpaidInvoiceStatus {
    ISSUED, PAID
}
