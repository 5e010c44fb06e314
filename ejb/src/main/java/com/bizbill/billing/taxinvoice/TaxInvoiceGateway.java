package com.bizbill.billing.taxinvoice;

/**
 * Outside party: the e-tax-invoice service (BP-PAY-2). Issuing is idempotent by our invoice number: a
 * repeat returns the approval number of the first issue. Only the in-app sandbox exists so far.
 */
public interface TaxInvoiceGateway {

    /** @return the approval number of the issued tax invoice */
    String issue(TaxInvoiceRequest request);

    record TaxInvoiceRequest(String sourceNumber, String buyerName, String buyerBusinessNumber, long supply, long vat) {
    }
}
