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

    /** Up to {@code max} coupons to ask about on {@code day}, in id order after {@code after}. */
    public List<Long> toCheck(LocalDate day, Long after, int max) {
        return em.createQuery("select c.id from OrderCoupon c where c.status = :issued and c.validUntil >= :from "
                        + "and (c.supplierState is null or c.supplierState = 'ISSUED') and c.id > :after order by c.id",
                        Long.class).setParameter("issued", CouponStatus.ISSUED).setParameter("from", day.minusDays(1))
                .setParameter("after", after == null ? 0L : after).setMaxResults(max).getResultList();
    }

    /** Asks the supplier about one coupon; false when it did not answer (asked again the next day). */
    public boolean refresh(long couponId) {
        OrderCoupon c = em.find(OrderCoupon.class, couponId);
        Optional<CouponSupplier.CouponStatus> status;
        try {
            status = supplier.lookup(c.transactionId());
        } catch (SupplierOutcomeUnknown e) {
            return false;
        }
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        // unknown there: a reconciliation matter (issue 21 §5), not a state to show the recipient
        c.supplierSays(status.map(s -> s.state().name()).orElse(c.getSupplierState()), clock.instant());
        return true;
    }
}
