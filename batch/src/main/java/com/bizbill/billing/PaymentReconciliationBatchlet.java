package com.bizbill.billing;

import com.bizbill.shared.idempotency.IdempotencyKeys;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Settles undecided payment attempts by asking the gateway by order id (design.md "UNKNOWN payment
 * outcomes"), charges and cancels alike; what the gateway does not know stays for staff, and an attempt whose
 * booking fails is flagged for staff while the others are still settled (issue 13). Running it twice settles nothing twice:
 * a decided attempt is never touched again.
 */
@Dependent
@Named("paymentReconciliation")
public class PaymentReconciliationBatchlet extends AbstractBatchlet {

    @Inject
    Payments payments;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    com.bizbill.usage.UsageBills usageBills;

    @Inject
    JobContext job;

    @Override
    public String process() {
        int[] r = payments.reconcileAll();
        // the same hourly tick drops API idempotency keys past their retention (kept ≥ 24 h)
        int purged = idempotencyKeys.purge();
        // a usage bill's lost card answer may just have been decided as a decline: tell the store (NB-CYC-1)
        int told = usageBills.notifyFailures(null);
        // issue 13: each attempt in its own transaction; one that cannot be settled is flagged, the run goes on
        String result = "settled=" + r[0] + ", undecided=" + r[1] + ", flaggedForStaff=" + r[2]
                + ", idempotencyKeysPurged=" + purged
                + ", usageFailuresTold=" + told;
        job.setExitStatus(result);
        return result;
    }
}
