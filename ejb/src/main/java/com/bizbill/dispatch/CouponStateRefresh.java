package com.bizbill.dispatch;

import com.bizbill.catalog.CouponSupplier;
import com.bizbill.catalog.SupplierOutcomeUnknown;
import com.bizbill.ordering.CouponStatus;
import com.bizbill.ordering.OrderCoupon;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Issue 22 §1: the daily job {@code coupon-state-refresh} asks the supplier's status call for every issued coupon still
 * in use (not yet reported used or discarded, valid until yesterday or later), so the recipient's page and the
 * orderer's detail show used, expired and discarded coupons as the supplier knows them.
 */
@Stateless
public class CouponStateRefresh {

    @PersistenceContext
    EntityManager em;

    @Inject
    CouponSupplier supplier;

    @Inject
    Clock clock;

    @Inject
    CouponDiscardSteps discardSteps;

    /** Up to {@code max} coupons to ask about on {@code day}, in id order after {@code after}. */
    public List<Long> toCheck(LocalDate day, Long after, int max) {
        return em.createQuery("select c.id from OrderCoupon c where c.status = :issued and c.validUntil >= :from "
                        + "and (c.supplierState is null or c.supplierState = 'ISSUED') and c.id > :after order by c.id",
                        Long.class).setParameter("issued", CouponStatus.ISSUED).setParameter("from", day.minusDays(1))
                .setParameter("after", after == null ? 0L : after).setMaxResults(max).getResultList();
    }

    /**
     * Asks the supplier about one coupon (outside any transaction); false when it did not answer (asked again the next
     * day). A coupon the supplier reports discarded while it is issued here (a discard whose answer was lost, or one
     * made at the supplier) is discarded here too, its price going back (issue 22 §6): never left unpaid.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public boolean refresh(long couponId) {
        OrderCoupon c = em.find(OrderCoupon.class, couponId);
        Optional<CouponSupplier.CouponStatus> status;
        try {
            status = supplier.lookup(c.transactionId());
        } catch (SupplierOutcomeUnknown e) {
            return false;
        }
        // unknown there: a reconciliation matter (issue 21 §5), not a state to show the recipient
        String state = status.map(s -> s.state().name()).orElse(c.getSupplierState());
        if ("DISCARDED".equals(state)) {
            if (!discardSteps.settledTowardsTheRecipient(couponId)) {
                return true; // the dispatch still owns the coupon: tomorrow's run looks again
            }
            discardSteps.discarded(couponId, "discarded at the supplier");
        }
        discardSteps.supplierSays(couponId, state);
        return true;
    }
}
