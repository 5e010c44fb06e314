package com.bizbill.billing;

import com.bizbill.shared.jobs.IdWork;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.ItemOutcome;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The hourly job {@code payment-reconciliation} (design.md "UNKNOWN payment outcomes"): every undecided attempt,
 * charges and cancels alike, is settled by asking the gateway, never by calling it again. Settled counts as done,
 * still undecided as skipped (the next hour asks again), flagged for staff as failed (issue 13: the run goes on).
 */
@Dependent
@Named("paymentReconciliationWork")
public class PaymentReconciliationWork extends IdWork {

    @Inject
    Payments payments;

    @Override
    protected List<Long> ids(String period, JobPartition partition, Long after, int max) {
        return payments.undecided(after, max);
    }

    @Override
    protected ItemCounts one(String period, long id) {
        return ItemCounts.of(switch (payments.reconcileOrFlag(id)) {
            case SETTLED -> ItemOutcome.DONE;
            case UNDECIDED -> ItemOutcome.SKIPPED; // the gateway is still unsure: the next hour asks again
            case FLAGGED -> ItemOutcome.FAILED; // issue 13: left for staff, the run goes on
        });
    }
}
