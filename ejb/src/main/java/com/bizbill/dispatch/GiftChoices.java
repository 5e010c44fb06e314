package com.bizbill.dispatch;

import com.bizbill.catalog.CouponSupplier;
import com.bizbill.catalog.SupplierOutcomeUnknown;
import com.bizbill.catalog.SupplierUnavailable;
import com.bizbill.ordering.CouponStatus;
import com.bizbill.ordering.GiftChoiceRules;
import com.bizbill.ordering.OrderCoupon;
import com.bizbill.shared.error.BizbillException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Issue 22 §2, CB-ORD-4, CB-DSP-1 (the recipient's side): a selectable order's gift is issued when its recipient
 * chooses it, through the dispatch's path (the coupon row written before the supplier is asked, a lost answer settled
 * by a look-up, never by asking again). The daily job {@code gift-choice-defaults} reminds recipients two days before
 * their seventh day, issues the designated gift (or the next dearest that can be issued) to those who did not choose
 * by then, refunds those for whom none can be, and settles choices whose answer was lost. Outside calls happen between
 * the committed steps of {@link GiftChoiceSteps}, never inside a transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GiftChoices {

    /** How a choice ended for the recipient's page. */
    public enum Outcome {
        /** The gift's coupon is issued. */
        ISSUED,
        /** The gift could not be issued: choose another. */
        FAILED,
        /** The supplier's answer is not known yet: the page shows the choice as being prepared. */
        PENDING
    }

    @Inject
    GiftChoiceSteps steps;

    @Inject
    DispatchSteps dispatchSteps;

    @Inject
    Dispatcher dispatcher;

    @Inject
    CouponSupplier supplier;

    @Inject
    Clock clock;

    @Inject
    Config config;

    /** The recipient (already proved) chooses a gift; refused after a choice or for a gift that cannot be chosen. */
    public Outcome choose(long recipientId, long itemId) {
        return issue(steps.start(recipientId, itemId));
    }

    private Outcome issue(DispatchSteps.Attempt attempt) {
        try {
            steps.issued(attempt.couponId(), supplier.issue(attempt.request()));
            return Outcome.ISSUED;
        } catch (SupplierUnavailable e) {
            dispatchSteps.notIssued(attempt.couponId()); // never reached the supplier: the daily job asks again
            return Outcome.PENDING;
        } catch (SupplierOutcomeUnknown e) {
            return settleByLookup(attempt.couponId(), attempt.request().transactionId());
        } catch (BizbillException e) {
            steps.failed(attempt.couponId(), e.getMessage());
            return Outcome.FAILED;
        }
    }

    private Outcome settleByLookup(long couponId, String transactionId) {
        Optional<CouponSupplier.CouponStatus> found;
        try {
            found = supplier.lookup(transactionId);
        } catch (SupplierOutcomeUnknown e) {
            return Outcome.PENDING;
        }
        if (found.isPresent()) {
            steps.issued(couponId, found.get().coupon());
            return Outcome.ISSUED;
        }
        if (dispatchSteps.attemptedBefore(couponId, clock.instant().minus(Duration.ofMinutes(10)))) {
            steps.failed(couponId, "not issued: the supplier has no coupon " + transactionId);
            return Outcome.FAILED;
        }
        return Outcome.PENDING;
    }

    /**
     * The daily job's work for one recipient: a pending choice settled; past the seventh day without a gift, the
     * designated (or next dearest) issued or, if none can be, the amount refunded; from the fifth day, one reminder.
     * Returns whether anything was done.
     */
    public boolean lookAt(long recipientId) {
        OrderCoupon pending = steps.chosen(recipientId);
        if (pending != null && pending.getStatus() == CouponStatus.ISSUING) {
            if (pending.isAttempted()) {
                return settleByLookup(pending.getId(), pending.transactionId()) != Outcome.PENDING;
            }
            var attempt = dispatchSteps.attempt(pending.getId()); // never reached the supplier: ask now
            return attempt != null && issue(attempt) != Outcome.PENDING;
        }
        if (pending != null) {
            return false; // chosen meanwhile
        }
        var r = dispatchSteps.recipient(recipientId);
        Instant now = clock.instant();
        if (!now.isBefore(GiftChoiceRules.defaultAt(r.getFirstSentAt()))) {
            var order = dispatchSteps.order(r.getOrderId());
            for (GiftChoiceRules.Gift g : GiftChoiceRules.defaultOrder(steps.gifts(order.getId()),
                    steps.failedItems(recipientId))) {
                Outcome o;
                try {
                    o = choose(recipientId, g.itemId());
                } catch (BizbillException e) {
                    continue; // became unavailable meanwhile
                }
                if (o != Outcome.FAILED) {
                    return true; // issued, or pending (settled on a later day)
                }
            }
            return steps.closeWithRefund(recipientId);
        }
        if (!now.isBefore(GiftChoiceRules.reminderAt(r.getFirstSentAt()))) {
            var order = dispatchSteps.order(r.getOrderId());
            String base = config.getOptionalValue(DispatchSteps.PUBLIC_URL_KEY, String.class)
                    .orElse("http://localhost:8080");
            base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            String text = "[" + order.getSendTitle() + "] 선물을 아직 고르지 않으셨어요. 2일 안에 고르지 않으면 지정된 "
                    + "선물이 발급됩니다.\n" + base + "/c/" + r.getToken();
            DispatchSteps.Outgoing m = steps.remind(recipientId, text);
            if (m != null) {
                dispatcher.sendReminder(m);
                return true;
            }
        }
        return false;
    }
}
