package com.bizbill.identity;

import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import java.time.ZonedDateTime;
import java.util.List;

/** Identity's periodic jobs (issue 16 §1). */
public enum IdentityJobs implements PeriodicJob {

    /** CB-MEM-5, daily: purge invitations older than 14 days and mark idle sub-members dormant. Period = the day. */
    MEMBER_HOUSEKEEPING("member-housekeeping", JobPeriod.DAY) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return List.of(now.toLocalDate().toString());
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return JobPeriod.isPastOrToday(period, now);
        }
    };

    private final String jobXmlName;
    private final JobPeriod period;

    IdentityJobs(String jobXmlName, JobPeriod period) {
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
