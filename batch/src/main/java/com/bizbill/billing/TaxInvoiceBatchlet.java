package com.bizbill.billing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;

/**
 * BP-PAY-2 at month end: one tax invoice per card payer's invoice of the month that is still unpaid,
 * each in its own transaction; a re-run issues only what is missing.
 */
@Dependent
@Named("monthEndTaxInvoice")
public class TaxInvoiceBatchlet extends AbstractBatchlet {

    @Inject
    TaxInvoices taxInvoices;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String period;

    @Override
    public String process() {
        int issued = 0;
        var due = taxInvoices.due(YearMonth.parse(period));
        for (long id : due) {
            if (taxInvoices.issue(id)) {
                issued++;
            }
        }
        String result = "due=" + due.size() + ", issued=" + issued;
        job.setExitStatus(result);
        return result;
    }
}
