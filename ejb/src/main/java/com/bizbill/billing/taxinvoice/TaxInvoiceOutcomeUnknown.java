package com.bizbill.billing.taxinvoice;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;

/**
 * The e-tax-invoice service may or may not have issued (timeout, refused connection, 5xx, an answer
 * without approval number). Unlike a lost card charge this is safe to retry as is: issuing is idempotent
 * by our invoice number, so the next month-end run (BP-PAY-2) sends the same request again and gets the
 * first approval number back. Carries the existing outside-outcome-unknown code (no tax-invoice code exists).
 */
public class TaxInvoiceOutcomeUnknown extends BizbillException {

    private static final long serialVersionUID = 1L;

    public TaxInvoiceOutcomeUnknown(String detail, Throwable cause) {
        super(ErrorCode.PAYMENT_OUTCOME_UNKNOWN, detail, cause);
    }
}
