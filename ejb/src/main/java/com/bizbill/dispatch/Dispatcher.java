package com.bizbill.dispatch;

import com.bizbill.catalog.CouponSupplier;
import com.bizbill.catalog.SupplierOutcomeUnknown;
import com.bizbill.messaging.MessageGateway;
import com.bizbill.messaging.MessageOutcomeUnknown;
import com.bizbill.ordering.CouponOrder;
import com.bizbill.ordering.OrderCoupon;
import com.bizbill.ordering.CouponStatus;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.jobs.ItemCounts;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Dispatches a chunk of an order's recipients (issue 21, CB-DSP-1): their coupons issued at the supplier, one per
 * product, each under our transaction id written before the call; an unanswered issue is settled by looking the id up,
 * never by issuing again (an id the supplier still does not know after {@code bizbill.dispatch.issue-settle-after},
 * 10 minutes, was not issued). A recipient with a coupon that cannot be issued has its others discarded and its price
 * returned (ERROR); the others get their Alimtalk, its reference written before the call, with the text-message
 * fallback when the gateway refuses it. Outside calls happen between committed steps ({@link DispatchSteps}), never
 * inside a transaction, so a crash anywhere resumes with nothing done twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    static final String SETTLE_AFTER_KEY = "bizbill.dispatch.issue-settle-after";

    @Inject
    DispatchSteps steps;

    @Inject
    CouponSupplier supplier;

    @Inject
    MessageGateway gateway;

    @Inject
    Clock clock;

    @Inject
    Config config;

    /** Does one chunk; a temporary supplier failure pauses the order ({@link DispatchPaused}). */
    public ItemCounts dispatch(String number, List<Long> recipientIds) {
        if (recipientIds.isEmpty()) {
            return ItemCounts.NONE;
        }
        CouponOrder o = steps.begin(number);
        if (o == null) {
            return new ItemCounts(0, recipientIds.size(), 0, 0, 0, null); // cancelled or done: nothing to send
        }
        for (long couponId : steps.prepare(o.getId(), recipientIds)) {
            issue(couponId);
        }
        for (long couponId : steps.toDiscard(recipientIds)) {
            OrderCoupon c = steps.coupon(couponId);
            try {
                supplier.cancel(c.transactionId());
                steps.discarded(couponId);
            } catch (SupplierOutcomeUnknown e) {
                throw new DispatchPaused("the supplier did not answer the cancel of " + c.transactionId(), e);
            } catch (BizbillException e) {
                // already used or unknown there: the recipient is not served; staff see it in the reconciliation
                LOG.warning("cancel of " + c.transactionId() + " refused: " + e.getMessage());
                steps.discarded(couponId);
            }
        }
        for (DispatchSteps.Outgoing m : steps.settle(o.getId(), recipientIds)) {
            send(m);
        }
        return new ItemCounts(recipientIds.size(), 0, 0, 0, 0, null);
    }

    /** CB-DSP-2: the order is COMPLETED once every recipient is settled (after a run, and after each report). */
    public void finishIfSettled(String number) {
        CouponOrder o = steps.byNumber(number);
        if (o != null) {
            steps.finishIfSettled(o.getId());
        }
    }

    /** Issues one coupon, or settles an earlier unanswered attempt by a look-up. */
    void issue(long couponId) {
        OrderCoupon c = steps.coupon(couponId);
        if (c.getStatus() != CouponStatus.ISSUING) {
            return;
        }
        if (c.isAttempted()) {
            settleByLookup(c);
            return;
        }
        CouponSupplier.IssueRequest request = steps.attempt(couponId);
        try {
            steps.issued(couponId, supplier.issue(request));
        } catch (SupplierOutcomeUnknown e) {
            settleByLookup(steps.coupon(couponId));
        } catch (BizbillException e) {
            if (e.getCode() == ErrorCode.COUPON_SUPPLIER_BALANCE_SHORT) {
                // the supplier said no before issuing anything: the next run may ask again
                steps.notIssued(couponId);
                throw new DispatchPaused("the operator's deposit at the supplier is short", e);
            }
            steps.issueFailed(couponId, e.getMessage());
        }
    }

    private void settleByLookup(OrderCoupon c) {
        java.util.Optional<CouponSupplier.CouponStatus> found;
        try {
            found = supplier.lookup(c.transactionId());
        } catch (SupplierOutcomeUnknown e) {
            throw new DispatchPaused("the supplier does not answer look-ups", e);
        }
        if (found.isPresent()) {
            steps.issued(c.getId(), found.get().coupon());
        } else if (steps.attemptedBefore(c.getId(), clock.instant().minus(settleAfter()))) {
            steps.issueFailed(c.getId(), "not issued: the supplier has no coupon " + c.transactionId());
        }
        // else: too early to say; the next run looks again
    }

    private Duration settleAfter() {
        return config.getOptionalValue(SETTLE_AFTER_KEY, String.class).map(Duration::parse)
                .orElse(Duration.ofMinutes(10));
    }

    /** Hands one message to the gateway; an Alimtalk it refuses at once falls back to a text message. */
    public void send(DispatchSteps.Outgoing m) {
        try {
            String id = gateway.send(new MessageGateway.OutgoingMessage(m.type(), m.to(), m.from(), m.text(),
                    m.templateCode(), m.reference()));
            steps.accepted(m.recipientId(), id);
        } catch (MessageOutcomeUnknown e) {
            // the report, which carries our reference, settles it; it is never sent again
        } catch (BizbillException e) {
            DispatchSteps.Outgoing fallback = steps.alimtalkFailed(m.recipientId(), "REFUSED");
            if (fallback != null) {
                send(fallback);
            }
        } catch (RuntimeException e) {
            LOG.warning("message " + m.reference() + " may or may not have left: " + e);
        }
    }
}
