package com.bizbill.usage;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.time.YearMonth;

/**
 * One step of the usage cycle (NB-CYC-1) for the usage month given as the job's period. Each step is
 * idempotent (it selects only what is not done yet), so a restart after a crash finishes the rest.
 */
abstract class UsageCycleBatchlet extends AbstractBatchlet {

    @Inject
    UsageBills bills;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String period;

    abstract Object run(YearMonth month);

    @Override
    public String process() {
        String result = run(YearMonth.parse(period)).toString();
        job.setExitStatus(result);
        return result;
    }
}
