package com.bizbill.wallet;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;

/**
 * CB-PST-1 on the 1st: opens the month's credit line (full contract limit, nothing used) of every
 * postpaid company. Idempotent: a company that already has the month's line is skipped.
 */
@Dependent
@Named("creditLimitReset")
public class CreditLimitResetBatchlet extends AbstractBatchlet {

    @Inject
    CreditService credit;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String period;

    @Override
    public String process() {
        int opened = credit.openMonth(YearMonth.parse(period));
        String result = "opened=" + opened;
        job.setExitStatus(result);
        return result;
    }
}
