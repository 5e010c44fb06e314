package com.bizbill.anniversary;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.ItemOutcome;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * CB-ANV-1: one plan's anniversary day: a changed product stops the plan (and tells the owner); otherwise each due
 * recipient's order is placed, and a refused payment skips that recipient's day, tells the owner and is not retried.
 * Not transactional itself: every step is its own transaction, so one refusal rolls back only its own order.
 */
@ApplicationScoped
public class AnniversaryDay {

    private static final Logger LOG = Logger.getLogger(AnniversaryDay.class.getName());

    @Inject
    AnniversarySteps steps;

    @Inject
    AnniversaryNotices notices;

    @Inject
    Clock clock;

    public ItemCounts run(long planId, LocalDate day) {
        if (day.isBefore(LocalDate.now(clock))) {
            return ItemCounts.of(ItemOutcome.SKIPPED); // a day gone by is not ordered late
        }
        var change = steps.productChange(planId);
        if (change.isPresent()) {
            steps.stop(planId, change.get()).ifPresent(o -> notices.stopped(o, change.get()));
            return ItemCounts.of(ItemOutcome.SKIPPED);
        }
        ItemCounts counts = ItemCounts.NONE;
        for (long recipientId : steps.due(planId, day)) {
            counts = counts.plus(one(planId, recipientId, day));
        }
        return counts.items() == 0 ? ItemCounts.of(ItemOutcome.SKIPPED) : counts;
    }

    private ItemCounts one(long planId, long recipientId, LocalDate day) {
        try {
            return ItemCounts.of(steps.order(planId, recipientId, day) == null ? ItemOutcome.SKIPPED : ItemOutcome.DONE);
        } catch (BizbillException e) {
            String code = e.getCode().name();
            steps.skip(planId, recipientId, day, code, e.getMessage()).ifPresent(o -> notices.skipped(o, day,
                    steps.who(recipientId), code));
            return ItemCounts.of(ItemOutcome.FAILED);
        } catch (EJBException e) {
            // another run (another node) wrote this recipient's day first: its order stands
            LOG.info(() -> "anniversary " + planId + "/" + recipientId + " " + day + " done elsewhere: " + e.getMessage());
            return ItemCounts.of(ItemOutcome.SKIPPED);
        }
    }
}
