package com.bizbill.usage;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.YearMonth;

/** NB-CYC-1. The 5th: each open bill is charged to the store's card; failures are told to the store. */
@Dependent
@Named("usageCharge")
public class UsageChargeBatchlet extends UsageCycleBatchlet {

    @Override
    Object run(YearMonth month) {
        return bills.charge(month);
    }
}
