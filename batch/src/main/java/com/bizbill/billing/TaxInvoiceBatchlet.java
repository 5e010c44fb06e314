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
        int failed = 0;
        var due = taxInvoices.due(YearMonth.parse(period));
        for (long id : due) {
            try {
                if (taxInvoices.issue(id)) {
                    issued++;
                }
            } catch (RuntimeException e) {
                // one invoice the service refuses must not hold back the others; it stays untaxed and
                // the run fails at the end, so staff see it and a re-run issues what is left
                failed++;
                java.util.logging.Logger.getLogger(TaxInvoiceBatchlet.class.getName())
                        .warning("tax invoice for invoice " + id + " not issued: " + e.getMessage());
            }
        }
        String result = "due=" + due.size() + ", issued=" + issued + ", failed=" + failed;
        job.setExitStatus(result);
        if (failed > 0) {
            throw new IllegalStateException(result);
        }
        return result;
    }
}
