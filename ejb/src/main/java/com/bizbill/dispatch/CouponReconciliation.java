package com.bizbill.dispatch;

import com.bizbill.catalog.CouponSupplier;
import com.bizbill.ordering.CouponMismatch;
import com.bizbill.ordering.CouponStatus;
import com.bizbill.ordering.OrderCoupon;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 21 §5: the daily coupon reconciliation: the supplier's records of a day against our coupons asked for that
 * day. Issued there but not here (unknown to us, or not ISSUED in our books) is SUPPLIER_ONLY: staff cancel it at the
 * supplier; issued here but not there is OURS_ONLY: staff look it up again. What the operator owes the supplier for
 * the day is the face value of its coupons not discarded. A re-run finds the same mismatches (one per day and id).
 */
@Stateless
public class CouponReconciliation {

    @PersistenceContext
    EntityManager em;

    @Inject
    CouponSupplier supplier;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A day's outcome: the supplier's coupons, what is owed for them, and the open mismatches. */
    public record Day(LocalDate day, int supplierCoupons, long owed, long mismatches) {
    }

    public Day reconcile(LocalDate day) {
        List<CouponSupplier.IssuedRecord> theirs = supplier.issuedOn(day);
        Map<String, OrderCoupon> ours = new HashMap<>();
        for (OrderCoupon c : em.createQuery("select c from OrderCoupon c where c.attemptedAt >= :f and c.attemptedAt < :t",
                        OrderCoupon.class).setParameter("f", day.atStartOfDay(clock.getZone()).toInstant())
                .setParameter("t", day.plusDays(1).atStartOfDay(clock.getZone()).toInstant()).getResultList()) {
            ours.put(c.transactionId(), c);
        }
        long owed = 0;
        for (CouponSupplier.IssuedRecord r : theirs) {
            boolean live = r.state() != CouponSupplier.CouponState.DISCARDED;
            if (live) {
                owed += r.faceValue();
            }
            OrderCoupon c = ours.remove(r.transactionId());
            if (live && (c == null || c.getStatus() != CouponStatus.ISSUED)) {
                found(day, r.transactionId(), CouponMismatch.Kind.SUPPLIER_ONLY, r.goodsCode(), r.faceValue());
            }
        }
        for (OrderCoupon c : ours.values()) {
            if (c.getStatus() == CouponStatus.ISSUED) {
                found(day, c.transactionId(), CouponMismatch.Kind.OURS_ONLY, c.getGoodsCode(), c.getPrice());
            }
        }
        long open = em.createQuery("select count(m) from CouponMismatch m where m.day = :d and m.resolvedAt is null",
                Long.class).setParameter("d", day).getSingleResult();
        return new Day(day, theirs.size(), owed, open);
    }

    private void found(LocalDate day, String transactionId, CouponMismatch.Kind kind, String goods, long value) {
        boolean known = em.createQuery("select count(m) from CouponMismatch m where m.day = :d and m.transactionId = :t",
                Long.class).setParameter("d", day).setParameter("t", transactionId).getSingleResult() > 0;
        if (!known) {
            em.persist(new CouponMismatch(day, transactionId, kind, goods, value, clock.instant()));
        }
    }

    /** The open mismatches, oldest day first (the staff screen). */
    public List<CouponMismatch> open(int max) {
        return em.createQuery("select m from CouponMismatch m where m.resolvedAt is null order by m.day, m.id",
                CouponMismatch.class).setMaxResults(max).getResultList();
    }

    /**
     * Staff settle one: a coupon only the supplier has is cancelled there (its price is not ours to keep); one only
     * we have is looked up again (an answer that came late). Audited.
     */
    public CouponMismatch resolve(long mismatchId) {
        CouponMismatch m = em.find(CouponMismatch.class, mismatchId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.getResolvedAt() != null) {
            throw new BizbillException(ErrorCode.NOT_FOUND, "no open mismatch " + mismatchId);
        }
        String how;
        if (m.getKind() == CouponMismatch.Kind.SUPPLIER_ONLY) {
            supplier.cancel(m.getTransactionId());
            how = "CANCELLED_AT_SUPPLIER";
        } else {
            how = supplier.lookup(m.getTransactionId()).map(s -> "FOUND_" + s.state().name()).orElse("NOT_AT_SUPPLIER");
        }
        m.resolve(how, clock.instant());
        audit.record("COUPON_MISMATCH_RESOLVED", "COUPON", m.getTransactionId(), null, m.getKind().name(), how);
        return m;
    }
}
