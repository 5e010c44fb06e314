package com.bizbill.shared.idempotency;

import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.JobClaims;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The hourly purge of API idempotency keys past their retention: one delete, so a batchlet (issue 16 §1). */
@Dependent
@Named("idempotencyKeyPurge")
public class IdempotencyKeyPurgeBatchlet extends AbstractBatchlet {

    @Inject
    IdempotencyKeys keys;

    @Inject
    JobClaims claims;

    @Inject
    @BatchProperty
    String runId;

    @Override
    public String process() {
        int purged = keys.purge();
        claims.counted(Long.parseLong(runId), new ItemCounts(purged, 0, 0, 0, 0, null));
        return "COMPLETED";
    }
}
