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
 * NB-CYC-1, the job {@code usage-bill-notice} of a usage month (the 3rd): each bill not notified yet goes to its
 * store's main number by Alimtalk. A store without a reachable number counts as failed and is tried again by a re-run.
 */
@Dependent
@Named("usageBillNoticeWork")
public class UsageBillNoticeWork extends IdWork {

    @Inject
    UsageBills bills;

    @Override
    protected List<Long> ids(String period, JobPartition partition, Long after, int max) {
        return bills.unnotified(YearMonth.parse(period), after, max);
    }

    @Override
    protected ItemCounts one(String period, long id) {
        return doneFailedOrSkipped(bills.notifyBill(id));
    }
}
