package com.bizbill.messaging;

import com.bizbill.shared.jobs.JobCatalog;
import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Messaging's periodic jobs (issue 16 §1). */
@ApplicationScoped
public class MessagingJobs implements JobCatalog {

    /** NB-USE-1, every 10 minutes: the gateway's delivery reports update the usage records (and send the SMS/LMS fallback of failed Alimtalks). Period = the slot, {@code yyyy-MM-ddTHH:m0}. */
    public static final PeriodicJob MESSAGE_DELIVERY_REPORTS = PeriodicJob.of("message-delivery-reports", JobPeriod.SLOT);

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(MESSAGE_DELIVERY_REPORTS);
    }
}
