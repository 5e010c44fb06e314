package com.bizbill.wallet;

import com.bizbill.shared.jobs.JobCatalog;
import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The wallet's periodic jobs (issue 16 §1). */
@ApplicationScoped
public class WalletJobs implements JobCatalog {

    /** CB-PST-1, on the 1st: opens the month's credit line of every postpaid company. Period = {@code yyyy-MM}. */
    public static final PeriodicJob CREDIT_LIMIT_RESET = PeriodicJob.of("credit-limit-reset", JobPeriod.MONTH);

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(CREDIT_LIMIT_RESET);
    }
}
