package com.bizbill.ledger;

import com.bizbill.shared.jobs.JobCatalog;
import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The ledger's periodic jobs (issue 16 §1). */
@ApplicationScoped
public class LedgerJobs implements JobCatalog {

    /** Daily: every ledger account's balance at the end of yesterday (period = that date); missed days caught up. */
    public static final PeriodicJob LEDGER_SNAPSHOT = PeriodicJob.of("ledger-snapshot", JobPeriod.DAY)
            .dueWhen((now, lookback) -> JobPeriod.daysBack(now.toLocalDate().minusDays(1), lookback).stream()
                    .map(Object::toString).toList());

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(LEDGER_SNAPSHOT);
    }
}
