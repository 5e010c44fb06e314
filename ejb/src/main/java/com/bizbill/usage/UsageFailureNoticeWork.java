package com.bizbill.usage;

import com.bizbill.shared.jobs.IdWork;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;

/**
 * NB-CYC-1: each store whose bill's charge failed (or could not be made) is told once. The second step of
 * {@code usage-charge} (period = the usage month: that month's bills) and the hourly job {@code usage-failure-notice}
 * (period = an hour: every month's, e.g. a lost card answer the reconciliation has just decided as a decline).
 */
@Dependent
@Named("usageFailureNoticeWork")
public class UsageFailureNoticeWork extends IdWork {

    @Inject
    UsageBills bills;

    @Override
    protected List<Long> ids(String period, JobPartition partition, Long after, int max) {
        return bills.untoldFailures(period.contains("T") ? null : YearMonth.parse(period), after, max);
    }

    @Override
    protected ItemCounts one(String period, long id) {
        return doneFailedOrSkipped(bills.tellFailure(id)); // an unreachable store is failed: told once, staff see it
    }
}
