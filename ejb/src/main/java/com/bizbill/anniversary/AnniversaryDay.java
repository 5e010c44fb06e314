package com.bizbill.anniversary;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.ItemOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CB-ANV-1: one plan's anniversary day: a changed product stops the plan (and tells the owner); otherwise each due
 * recipient's order is placed, and a refused payment skips that recipient's day (written down, not retried) and the
 * owner is told once for the plan's day. Not transactional itself: every step is its own transaction, so one refusal
 * rolls back only its own order.
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
        if (day.isBefore(LocalDate.now(clock)) || !steps.ordersOn(planId, day)) {
            return ItemCounts.of(ItemOutcome.SKIPPED); // a day gone by is not ordered late; an ended plan stays quiet
        }
        if (steps.productChange(planId).isPresent()) {
            stop(planId);
            return ItemCounts.of(ItemOutcome.SKIPPED);
        }
        ItemCounts counts = ItemCounts.NONE;
        List<AnniversaryNotices.Skipped> skipped = new ArrayList<>();
        Optional<AnniversaryNotices.Owner> owner = Optional.empty();
        for (long recipientId : steps.due(planId, day)) {
            try {
                counts = counts.plus(ItemCounts.of(steps.order(planId, recipientId, day) == null ? ItemOutcome.SKIPPED
                        : ItemOutcome.DONE));
            } catch (BizbillException e) {
                if (e.getCode() == ErrorCode.ORDER_PRICE_CHANGED || e.getCode() == ErrorCode.PRODUCT_NOT_ON_SALE) {
                    // a product changed between the check and this order: the plan stops (CB-ANV-1), not a refusal
                    stop(planId);
                    return counts.plus(ItemCounts.of(ItemOutcome.SKIPPED));
                }
                String code = e.getCode().name();
                String who = steps.who(recipientId);
                Optional<AnniversaryNotices.Owner> o = steps.skip(planId, recipientId, day, code, e.getMessage());
                if (o.isPresent()) {
                    owner = o;
                    skipped.add(new AnniversaryNotices.Skipped(who, code));
                }
                counts = counts.plus(ItemCounts.of(ItemOutcome.FAILED));
            } catch (RuntimeException e) {
                // not a refusal: the day is not written, so a run of this day started again (staff's jobs screen)
                // tries it; the run shows it in error
                LOG.log(Level.WARNING, "anniversary " + planId + "/" + recipientId + " " + day + " not ordered", e);
                counts = counts.plus(ItemCounts.error("anniversary " + planId + "/" + recipientId + ": " + e));
            }
        }
        if (owner.isPresent()) {
            notices.skipped(owner.get(), day, skipped);
        }
        return counts.items() == 0 ? ItemCounts.of(ItemOutcome.SKIPPED) : counts;
    }

    private void stop(long planId) {
        steps.stop(planId).ifPresent(notices::stopped);
    }
}
