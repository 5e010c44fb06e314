package com.bizbill.usage;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.YearMonth;

/** NB-CYC-1. The 2nd: one usage bill per store with delivered messages. */
@Dependent
@Named("usageCollection")
public class UsageCollectionBatchlet extends UsageCycleBatchlet {

    @Override
    Object run(YearMonth month) {
        return bills.collect(month);
    }
}
