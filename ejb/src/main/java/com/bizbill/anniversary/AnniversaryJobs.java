package com.bizbill.anniversary;

import com.bizbill.shared.jobs.JobCatalog;
import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Issue 23 §4: the anniversary orders' job. */
@ApplicationScoped
public class AnniversaryJobs implements JobCatalog {

    /**
     * CB-ANV-1, daily from 02:00 (the manual: ordered 02:00, sent 09:00): the day's anniversary orders (period = the
     * day). Only today: an anniversary gone by is not ordered late.
     */
    public static final PeriodicJob ANNIVERSARY_ORDERS = PeriodicJob.of("anniversary-orders", JobPeriod.DAY)
            .dueWhen((now, lookback) -> now.toLocalTime().isBefore(AnniversaryPlan.ORDER_AT) ? List.of()
                    : List.of(now.toLocalDate().toString()));

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(ANNIVERSARY_ORDERS);
    }
}
