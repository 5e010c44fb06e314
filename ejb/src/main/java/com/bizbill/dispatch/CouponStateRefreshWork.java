package com.bizbill.dispatch;

import com.bizbill.shared.jobs.IdWork;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Issue 22 §1: the job {@code coupon-state-refresh} of a day: each issued coupon's state read from the supplier. */
@Dependent
@Named("couponStateRefreshWork")
public class CouponStateRefreshWork extends IdWork {

    @Inject
    CouponStateRefresh refresh;

    @Override
    protected List<Long> ids(String period, JobPartition partition, Long after, int max) {
        return refresh.toCheck(LocalDate.parse(period), after, max);
    }

    @Override
    protected ItemCounts one(String period, long id) {
        return doneOrSkipped(refresh.refresh(id)); // skipped: the supplier did not answer, asked again tomorrow
    }
}
