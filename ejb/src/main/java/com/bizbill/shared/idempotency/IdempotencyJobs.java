package com.bizbill.shared.idempotency;

import com.bizbill.shared.jobs.JobCatalog;
import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The idempotency keys' periodic job, no longer a side task of the payment reconciliation (issue 16 §1). */
@ApplicationScoped
public class IdempotencyJobs implements JobCatalog {

    /** Hourly: API idempotency keys past their retention (kept at least 24 h) are deleted. Period = the hour. */
    public static final PeriodicJob IDEMPOTENCY_KEY_PURGE = PeriodicJob.of("idempotency-key-purge", JobPeriod.HOUR);

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(IDEMPOTENCY_KEY_PURGE);
    }
}
