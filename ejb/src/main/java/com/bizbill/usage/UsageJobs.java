package com.bizbill.usage;

import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * NB-CYC-1, the usage cycle's jobs and when they fall due (issue 16 §1: declared by usage itself). Period = the
 * usage month; each step falls due on its day of the next month, and after the step before it has completed.
 */
public enum UsageJobs implements PeriodicJob {

    /** The 2nd: last month's delivered messages into one usage bill per store. */
    USAGE_COLLECTION("usage-collection", UsageCalendar.COLLECT_DAY, null),

    /** The 3rd, after the collection: the bill notification (Alimtalk) to each store. */
    USAGE_BILL_NOTICE("usage-bill-notice", UsageCalendar.NOTIFY_DAY, USAGE_COLLECTION),

    /** The 5th, after the notification: the card charge of each store's bill. */
    USAGE_CHARGE("usage-charge", UsageCalendar.CHARGE_DAY, USAGE_BILL_NOTICE),

    /**
     * Hourly: tells each store whose bill's charge failed and was not told yet, of any month, also when the payment
     * reconciliation has just decided a lost card answer as a decline. Period = the hour.
     */
    USAGE_FAILURE_NOTICE("usage-failure-notice", 0, null) {
        @Override
        public JobPeriod period() {
            return JobPeriod.HOUR;
        }

        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return List.of(JobPeriod.hourOf(now));
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return JobPeriod.isPastOrThisHour(period, now);
        }
    };

    private final String jobXmlName;
    private final int day;
    private final UsageJobs after;

    UsageJobs(String jobXmlName, int day, UsageJobs after) {
        this.jobXmlName = jobXmlName;
        this.day = day;
        this.after = after;
    }

    @Override
    public String jobXmlName() {
        return jobXmlName;
    }

    @Override
    public JobPeriod period() {
        return JobPeriod.MONTH;
    }

    /** The usage month whose step is due now, once its day of the next month has come. */
    @Override
    public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
        return now.getDayOfMonth() >= day ? List.of(YearMonth.from(now).minusMonths(1).toString()) : List.of();
    }

    /** A usage month whose step's day (in the next month) has come. */
    @Override
    public boolean isValidPeriod(String period, ZonedDateTime now) {
        YearMonth m = JobPeriod.month(period);
        return m != null && !m.plusMonths(1).atDay(day).isAfter(now.toLocalDate());
    }

    @Override
    public Optional<PeriodicJob> after() {
        return Optional.ofNullable(after);
    }
}
