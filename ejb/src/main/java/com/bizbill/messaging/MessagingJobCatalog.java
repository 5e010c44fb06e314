package com.bizbill.messaging;

import com.bizbill.shared.jobs.JobCatalog;
import com.bizbill.shared.jobs.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Issue 16 §1: the messaging context's periodic jobs, for the schedule tick, the jobs screen and the API. */
@ApplicationScoped
public class MessagingJobCatalog implements JobCatalog {

    @Override
    public List<? extends PeriodicJob> jobs() {
        return List.of(MessagingJobs.values());
    }
}
