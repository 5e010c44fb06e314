package com.bizbill.dispatch;

import com.bizbill.shared.jobs.ChunkWork;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.ItemOutcome;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/** Issue 21 §5: the job {@code coupon-reconciliation} of a day (period = the day): one item, the day itself. */
@Dependent
@Named("couponReconciliationWork")
public class CouponReconciliationWork implements ChunkWork<String> {

    @Inject
    CouponReconciliation reconciliation;

    @Override
    public Iterator<String> items(String period, JobPartition partition, Serializable after) {
        return (after == null ? List.of(period) : List.<String>of()).iterator();
    }

    @Override
    public Serializable keyOf(String day) {
        return day;
    }

    @Override
    public ItemCounts process(String period, List<String> days) {
        long owed = 0;
        for (String day : days) {
            owed += reconciliation.reconcile(LocalDate.parse(day)).owed();
        }
        return ItemCounts.of(ItemOutcome.DONE, owed);
    }
}
