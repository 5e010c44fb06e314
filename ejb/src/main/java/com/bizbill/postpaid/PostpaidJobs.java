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

    /**
     * CB-PST-2, on the 1st from 01:00 (an hour for the last night's issues to be written): last month's invoices
     * (period = that month, {@code yyyy-MM}). Only a month that is over: an invoice of this month would bill part of it
     * and block the rest (one invoice per company and month).
     */
    public static final PeriodicJob POSTPAID_INVOICE = PeriodicJob.of("postpaid-invoice", JobPeriod.MONTH)
            .dueWhen((now, lookback) -> now.getDayOfMonth() == 1 && now.getHour() < 1 ? List.of()
                    : List.of(YearMonth.from(now).minusMonths(1).toString()))
            .validWhen((period, now) -> JobPeriod.month(period) != null
                    && JobPeriod.month(period).isBefore(YearMonth.from(now)));

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(POSTPAID_INVOICE);
    }
}
