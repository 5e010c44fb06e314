package com.bizbill.usage;

import com.bizbill.shared.jobs.IdWork;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.ItemOutcome;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;

/**
 * NB-CYC-1, the first step of the job {@code usage-charge} of a usage month (the 5th): each open bill is charged with
 * its store's card, the attempt committed before the gateway call. Paid is done; declined or no card is failed (the
 * job's next step tells the store); a lost answer is skipped: the payment reconciliation decides it, and a re-run
 * never charges a CHARGING bill again.
 */
@Dependent
@Named("usageChargeWork")
public class UsageChargeWork extends IdWork {

    @Inject
    UsageBills bills;

    @Override
    protected List<Long> ids(String period, JobPartition partition, Long after, int max) {
        return bills.open(YearMonth.parse(period), after, max);
    }

    @Override
    protected ItemCounts one(String period, long id) {
        UsageBill after = bills.chargeBill(id);
        if (after == null) {
            return ItemCounts.of(ItemOutcome.SKIPPED);
        }
        if (after.getStatus() == UsageBillStatus.PAID) {
            return ItemCounts.of(ItemOutcome.DONE, after.getTotal());
        }
        // declined or no card: the next step tells the store; CHARGING (a lost answer): reconciliation decides
        return ItemCounts.of(after.getStatus().awaitsManualPayment() ? ItemOutcome.FAILED : ItemOutcome.SKIPPED);
    }
}
