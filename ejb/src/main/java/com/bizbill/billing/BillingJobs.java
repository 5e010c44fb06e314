package com.bizbill.billing;

import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

/** The billing portal's periodic jobs and when they fall due (issue 16 §1: declared by billing itself). */
public enum BillingJobs implements PeriodicJob {

    /**
     * BP-PAY-3: the automatic card charge of unpaid invoices on the 20th (attempt 1) and the last day of the month
     * (attempt 2); holidays ignored. Period = the day; a day missed while the app was down is caught up.
     */
    INVOICE_AUTO_CHARGE("invoice-auto-charge", JobPeriod.DAY) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return JobPeriod.daysBack(now.toLocalDate(), lookbackDays).stream()
                    .filter(d -> BillingCalendar.chargeAttemptOn(d) != 0).map(LocalDate::toString).toList();
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return JobPeriod.isPastOrToday(period, now) && BillingCalendar.chargeAttemptOn(LocalDate.parse(period)) != 0;
        }
    },

    /** BP-PAY-2 at month end: tax invoices for card payers' unpaid invoices of last month, due from the 1st. */
    MONTH_END_TAX_INVOICE("month-end-tax-invoice", JobPeriod.MONTH) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return List.of(YearMonth.from(now).minusMonths(1).toString());
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            YearMonth m = JobPeriod.month(period);
            return m != null && m.isBefore(YearMonth.from(now));
        }
    },

    /** BP-INV-2: the import of one invoice file, started by an upload or the inbox, never by the clock. */
    INVOICE_FILE_IMPORT("invoice-file-import", JobPeriod.FILE) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return List.of();
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return period != null && period.matches("[0-9a-f]{20}");
        }
    },

    /**
     * Hourly: settles payment attempts whose outcome is UNKNOWN (or that a crash left INITIATED) by asking the
     * gateway by order id, never by charging again. Period = the hour, {@code yyyy-MM-ddTHH}.
     */
    PAYMENT_RECONCILIATION("payment-reconciliation", JobPeriod.HOUR) {
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
    private final JobPeriod period;

    BillingJobs(String jobXmlName, JobPeriod period) {
        this.jobXmlName = jobXmlName;
        this.period = period;
    }

    @Override
    public String jobXmlName() {
        return jobXmlName;
    }

    @Override
    public JobPeriod period() {
        return period;
    }
}
