package com.bizbill.postpaid;

import com.bizbill.shared.jobs.JobCatalog;
import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;

/** Issue 24 §3: the postpaid invoices' job. */
@ApplicationScoped
public class PostpaidJobs implements JobCatalog {

    /** CB-PST-2, on the 1st: last month's invoices (period = that month, {@code yyyy-MM}). */
    public static final PeriodicJob POSTPAID_INVOICE = PeriodicJob.of("postpaid-invoice", JobPeriod.MONTH)
            .dueWhen((now, lookback) -> List.of(YearMonth.from(now).minusMonths(1).toString()));

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(POSTPAID_INVOICE);
    }
}
