package com.bizbill.dispatch;

import com.bizbill.catalog.CouponSupplier;
import com.bizbill.catalog.SupplierOutcomeUnknown;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.ordering.OrderException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Issue 22 §6: an issued, unused coupon within its validity is discarded through the supplier with a reason, by staff
 * or by the order's orderer or master; then the recipient's page shows it discarded with the notice, and its price
 * comes back from coupon sales to the wallet ({@code USE_CANCEL}) or the order month's credit, with the month's limits.
 * The supplier is asked first, outside any transaction; only its yes discards here (a refusal or no answer changes
 * nothing, and a repeat is safe: the supplier's cancel of a discarded coupon is answered again).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CouponDiscards {

    public static final int REASON_MAX = 200;

    @Inject
    CouponDiscardSteps steps;

    @Inject
    CouponSupplier supplier;

    /**
     * Discards one coupon of the organisation's order ({@code organisationId} null: staff, any organisation;
     * {@code memberId} non-null: a member, its own orders or any as the master).
     */
    public void discard(Long organisationId, Long memberId, long couponId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new OrderException(ErrorCode.VALIDATION_FAILED, "a reason of 1 to " + REASON_MAX + " characters",
                    java.util.List.of(new BizbillException.FieldError("reason", "field.length200")));
        }
        String transactionId = steps.check(organisationId, memberId, couponId);
        try {
            supplier.cancel(transactionId);
        } catch (SupplierOutcomeUnknown e) {
            // the discard may have happened there: look, and finish it here if so (never leave it unpaid); otherwise
            // nothing changed here and asking again is safe (the daily state refresh also finishes a lost one)
            if (!discardedThere(transactionId)) {
                throw e;
            }
        } catch (BizbillException e) {
            steps.checkedAtSupplier(couponId); // used meanwhile, most likely: the next state refresh says so
            throw new OrderException(ErrorCode.COUPON_NOT_DISCARDABLE, "the supplier refused the discard of "
                    + transactionId + ": " + e.getMessage());
        }
        steps.discarded(couponId, why);
    }

    private boolean discardedThere(String transactionId) {
        try {
            return supplier.lookup(transactionId).map(s -> s.state() == CouponSupplier.CouponState.DISCARDED)
                    .orElse(false);
        } catch (SupplierOutcomeUnknown again) {
            return false;
        }
    }
}
