package com.bizbill.ledger;

import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import java.time.ZonedDateTime;
import java.util.List;

/** The ledger's periodic jobs (issue 16 §1). */
public enum LedgerJobs implements PeriodicJob {

    /** Daily: every ledger account's balance at the end of yesterday (period = that date); missed days caught up. */
    LEDGER_SNAPSHOT("ledger-snapshot", JobPeriod.DAY) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return JobPeriod.daysBack(now.toLocalDate().minusDays(1), lookbackDays).stream().map(Object::toString)
                    .toList();
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return JobPeriod.isPastOrToday(period, now);
        }
    };

    private final String jobXmlName;
    private final JobPeriod period;

    LedgerJobs(String jobXmlName, JobPeriod period) {
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
