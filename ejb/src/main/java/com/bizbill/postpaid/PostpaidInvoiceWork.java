package com.bizbill.postpaid;

import com.bizbill.shared.jobs.IdWork;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.ItemOutcome;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;

/** Issue 24 §3, CB-PST-2: the monthly job {@code postpaid-invoice}: each company with something to bill. */
@Dependent
@Named("postpaidInvoiceWork")
public class PostpaidInvoiceWork extends IdWork {

    @Inject
    PostpaidInvoices invoices;

    @Override
    protected List<Long> ids(String period, JobPartition partition, Long after, int max) {
        return invoices.toInvoice(YearMonth.parse(period), after, max);
    }

    @Override
    protected ItemCounts one(String period, long id) {
        return invoices.issue(id, YearMonth.parse(period)).map(i -> ItemCounts.of(ItemOutcome.DONE, i.getBilled()))
                .orElse(ItemCounts.of(ItemOutcome.SKIPPED));
    }
}
