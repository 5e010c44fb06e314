package com.bizbill.usage;

import com.bizbill.shared.jobs.JobCatalog;
import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;

/**
 * NB-CYC-1, the usage cycle's jobs and when they fall due (issue 16 §1: declared by usage itself). Period = the
 * usage month; each step falls due on its day of the next month, and after the step before it has completed.
 */
@ApplicationScoped
public class UsageJobs implements JobCatalog {

    /** The 2nd: last month's delivered messages into one usage bill per store. */
    public static final PeriodicJob USAGE_COLLECTION = cycleStep("usage-collection", UsageCalendar.COLLECT_DAY);

    /** The 3rd, after the collection: the bill notification (Alimtalk) to each store. */
    public static final PeriodicJob USAGE_BILL_NOTICE = cycleStep("usage-bill-notice", UsageCalendar.NOTIFY_DAY)
            .after(USAGE_COLLECTION);

    /** The 5th, after the notification: the card charge of each store's bill, then the failure notices. */
    public static final PeriodicJob USAGE_CHARGE = cycleStep("usage-charge", UsageCalendar.CHARGE_DAY)
            .after(USAGE_BILL_NOTICE);

    /**
     * Hourly: tells each store whose bill's charge failed and was not told yet, of any month, also when the payment
     * reconciliation has just decided a lost card answer as a decline. Period = the hour.
     */
    public static final PeriodicJob USAGE_FAILURE_NOTICE = PeriodicJob.of("usage-failure-notice", JobPeriod.HOUR);

    /** A cycle step: due for last month once its day of this month has come; valid for a month whose day has come. */
    private static PeriodicJob cycleStep(String jobXmlName, int day) {
        return PeriodicJob.of(jobXmlName, JobPeriod.MONTH)
                .dueWhen((now, lookback) -> now.getDayOfMonth() >= day
                        ? List.of(YearMonth.from(now).minusMonths(1).toString()) : List.of())
                .validWhen((period, now) -> JobPeriod.month(period) != null
                        && !JobPeriod.month(period).plusMonths(1).atDay(day).isAfter(now.toLocalDate()));
    }

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(USAGE_COLLECTION, USAGE_BILL_NOTICE, USAGE_CHARGE, USAGE_FAILURE_NOTICE);
    }
}
