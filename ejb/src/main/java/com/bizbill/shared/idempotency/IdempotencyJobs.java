package com.bizbill.shared.idempotency;

import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import java.time.ZonedDateTime;
import java.util.List;

/** The idempotency keys' periodic job (issue 16 §1: its own job, no longer a side task of reconciliation). */
public enum IdempotencyJobs implements PeriodicJob {

    /** Hourly: API idempotency keys past their retention (kept at least 24 h) are deleted. Period = the hour. */
    IDEMPOTENCY_KEY_PURGE("idempotency-key-purge", JobPeriod.HOUR) {
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

    IdempotencyJobs(String jobXmlName, JobPeriod period) {
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
