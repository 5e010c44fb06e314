package com.bizbill.dispatch;

import com.bizbill.ordering.OrderNumber;
import com.bizbill.shared.jobs.JobCatalog;
import com.bizbill.shared.jobs.JobPeriod;
import com.bizbill.shared.jobs.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Issue 21 §1: the dispatch job of one order, its "period" the order's number: claimed by a row (job + number) like
 * every periodic job, so one order is dispatched by one run even on two nodes, and a dead run is taken over. It is
 * not due by the calendar: {@link DispatchScheduler} starts it when an order falls due (and again while it is unsettled).
 */
@ApplicationScoped
public class DispatchJobs implements JobCatalog {

    public static final PeriodicJob COUPON_DISPATCH = PeriodicJob.of("coupon-dispatch", JobPeriod.DAY)
            .dueWhen((now, lookback) -> List.of())
            .validWhen((period, now) -> OrderNumber.looksLike(period))
            .notByDay();

    /** Issue 21 §5, daily: yesterday's coupons against the supplier's records (period = the day). */
    public static final PeriodicJob COUPON_RECONCILIATION = PeriodicJob.of("coupon-reconciliation", JobPeriod.DAY)
            .dueWhen((now, lookback) -> List.of(now.toLocalDate().minusDays(1).toString()));

    /** Issue 22 §1, daily: each issued coupon's state at the supplier, for the recipient's page (period = the day). */
    public static final PeriodicJob COUPON_STATE_REFRESH = PeriodicJob.of("coupon-state-refresh", JobPeriod.DAY)
            .dueWhen((now, lookback) -> List.of(now.toLocalDate().toString()));

    /** Issue 22 §2, daily: selectable orders' reminders, designated gifts after 7 days, lost choices (period = the day). */
    public static final PeriodicJob GIFT_CHOICE_DEFAULTS = PeriodicJob.of("gift-choice-defaults", JobPeriod.DAY)
            .dueWhen((now, lookback) -> List.of(now.toLocalDate().toString()));

    @Override
    public List<PeriodicJob> jobs() {
        return List.of(COUPON_DISPATCH, COUPON_RECONCILIATION, COUPON_STATE_REFRESH, GIFT_CHOICE_DEFAULTS);
    }
}
