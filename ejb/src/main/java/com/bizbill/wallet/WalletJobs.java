package com.bizbill.wallet;

import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

/** The wallet's periodic jobs (issue 16 §1). */
public enum WalletJobs implements PeriodicJob {

    /** CB-PST-1, on the 1st: opens the month's credit line of every postpaid company. Period = {@code yyyy-MM}. */
    CREDIT_LIMIT_RESET("credit-limit-reset", JobPeriod.MONTH) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return List.of(YearMonth.from(now).toString());
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            YearMonth m = JobPeriod.month(period);
            return m != null && !m.isAfter(YearMonth.from(now));
        }
    };

    private final String jobXmlName;
    private final JobPeriod period;

    WalletJobs(String jobXmlName, JobPeriod period) {
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
