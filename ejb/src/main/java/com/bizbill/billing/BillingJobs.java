package com.bizbill.billing;

import com.bizbill.shared.jobs.JobCatalog;
import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The billing portal's periodic jobs and when they fall due (issue 16 §1: declared by billing itself). */
@ApplicationScoped
public class BillingJobs implements JobCatalog {

    /**
     * BP-PAY-3: the automatic card charge of unpaid invoices on the 20th (attempt 1) and the last day of the month
     * (attempt 2); holidays ignored. Period = the day; a day missed while the app was down is caught up.
     */
    public static final PeriodicJob INVOICE_AUTO_CHARGE = PeriodicJob.of("invoice-auto-charge", JobPeriod.DAY)
            .dueWhen((now, lookback) -> JobPeriod.daysBack(now.toLocalDate(), lookback).stream()
                    .filter(d -> BillingCalendar.chargeAttemptOn(d) != 0).map(LocalDate::toString).toList())
            .validWhen((period, now) -> JobPeriod.isPastOrToday(period, now)
                    && BillingCalendar.chargeAttemptOn(LocalDate.parse(period)) != 0);

    /** BP-PAY-2 at month end: tax invoices for card payers' unpaid invoices of last month, due from the 1st. */
    public static final PeriodicJob MONTH_END_TAX_INVOICE = PeriodicJob.of("month-end-tax-invoice", JobPeriod.MONTH)
            .dueWhen((now, lookback) -> List.of(YearMonth.from(now).minusMonths(1).toString()))
            .validWhen((period, now) -> JobPeriod.month(period) != null
                    && JobPeriod.month(period).isBefore(YearMonth.from(now)));

    /** BP-INV-2: the import of one invoice file, started by an upload or the inbox, never by the clock. */
    public static final PeriodicJob INVOICE_FILE_IMPORT = PeriodicJob.of("invoice-file-import", JobPeriod.FILE);

    /**
     * Hourly: settles payment attempts whose outcome is UNKNOWN (or that a crash left INITIATED) by asking the
     * gateway by order id, never by charging again. Period = the hour, {@code yyyy-MM-ddTHH}.
     */
    public static final PeriodicJob PAYMENT_RECONCILIATION = PeriodicJob.of("payment-reconciliation", JobPeriod.HOUR);

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(INVOICE_AUTO_CHARGE, MONTH_END_TAX_INVOICE, INVOICE_FILE_IMPORT, PAYMENT_RECONCILIATION);
    }
}
