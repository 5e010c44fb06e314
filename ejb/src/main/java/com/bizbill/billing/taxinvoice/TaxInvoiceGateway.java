package com.bizbill.billing.taxinvoice;

import java.time.LocalDate;

/**
 * Outside party: the e-tax-invoice service (BP-PAY-2). Issuing is idempotent by our invoice number: a
 * repeat returns the approval number of the first issue. Implementations: the in-app sandbox and the
 * HTTP adapter, chosen by {@link TaxInvoiceGatewayProducer}.
 */
public interface TaxInvoiceGateway {

    /** @return the approval number of the issued tax invoice */
    String issue(TaxInvoiceRequest request);

    /**
     * @param writeDate the tax invoice's date of supply (작성일자): the last day of the billing month, so a
     *                  month-sum invoice issued on the 1st still belongs to the month (and VAT period) of the supply
     */
    record TaxInvoiceRequest(String sourceNumber, String buyerName, String buyerBusinessNumber, long supply, long vat,
                             LocalDate writeDate) {
    }
}
