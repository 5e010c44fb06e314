package com.bizbill.ledger;

import com.bizbill.shared.jobs.JobCatalog;
import com.bizbill.shared.jobs.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Issue 16 §1: the ledger context's periodic jobs, for the schedule tick, the jobs screen and the API. */
@ApplicationScoped
public class LedgerJobCatalog implements JobCatalog {

    @Override
    public List<? extends PeriodicJob> jobs() {
        return List.of(LedgerJobs.values());
    }
}
