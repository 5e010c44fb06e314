package com.bizbill.billing;

import com.bizbill.shared.jobs.IdWork;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;

/**
 * BP-PAY-2, the job {@code month-end-tax-invoice} of a billing month: one tax invoice per card payer's invoice still
 * unpaid, each in its own transaction. An invoice the e-tax service refuses stays untaxed and counts in error, so the
 * run ends FAILED for staff to see, and a re-run issues only what is missing.
 */
@Dependent
@Named("taxInvoiceWork")
public class TaxInvoiceWork extends IdWork {

    @Inject
    TaxInvoices taxInvoices;

    @Override
    protected List<Long> ids(String period, JobPartition partition, Long after, int max) {
        return taxInvoices.due(YearMonth.parse(period), after, max);
    }

    @Override
    protected ItemCounts one(String period, long id) {
        return doneOrSkipped(taxInvoices.issue(id));
    }
}
