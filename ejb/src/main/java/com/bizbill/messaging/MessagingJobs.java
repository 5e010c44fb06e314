package com.bizbill.messaging;

import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import java.time.ZonedDateTime;
import java.util.List;

/** Messaging's periodic jobs (issue 16 §1). */
public enum MessagingJobs implements PeriodicJob {

    /**
     * Every 10 minutes: the message gateway's delivery reports update the usage records (and send the SMS/LMS
     * fallback of failed Alimtalks). Period = the 10-minute slot, {@code yyyy-MM-ddTHH:m0}.
     */
    MESSAGE_DELIVERY_REPORTS("message-delivery-reports", JobPeriod.SLOT) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return List.of(JobPeriod.slotOf(now));
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return JobPeriod.isPastOrThisSlot(period, now);
        }
    };

    private final String jobXmlName;
    private final JobPeriod period;

    MessagingJobs(String jobXmlName, JobPeriod period) {
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
