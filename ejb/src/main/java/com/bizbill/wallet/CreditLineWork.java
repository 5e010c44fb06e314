package com.bizbill.wallet;

import com.bizbill.shared.jobs.IdWork;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;

/**
 * CB-PST-1, the job {@code credit-limit-reset} of a month (the 1st): each postpaid company without the month's
 * credit line gets one with its full contract limit, in its own transaction; a re-run opens only what is missing.
 */
@Dependent
@Named("creditLineWork")
public class CreditLineWork extends IdWork {

    @Inject
    CreditService credit;

    @Override
    protected List<Long> ids(String period, JobPartition partition, Long after, int max) {
        return credit.withoutLine(YearMonth.parse(period), after, max);
    }

    @Override
    protected ItemCounts one(String period, long id) {
        return doneOrSkipped(credit.openLine(id, YearMonth.parse(period)));
    }
}
