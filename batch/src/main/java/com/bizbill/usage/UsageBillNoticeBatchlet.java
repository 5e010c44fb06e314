package com.bizbill.usage;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.YearMonth;

/** NB-CYC-1. The 3rd: each bill not yet notified goes to the store's main number. */
@Dependent
@Named("usageBillNotice")
public class UsageBillNoticeBatchlet extends UsageCycleBatchlet {

    @Override
    Object run(YearMonth month) {
        return bills.notifyBills(month);
    }
}
