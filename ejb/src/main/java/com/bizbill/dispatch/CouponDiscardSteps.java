package com.bizbill.dispatch;

import com.bizbill.identity.Member;
import com.bizbill.identity.PaymentType;
import com.bizbill.identity.Role;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ordering.CouponOrder;
import com.bizbill.ordering.CouponStatus;
import com.bizbill.ordering.OrderCoupon;
import com.bizbill.ordering.OrderException;
import com.bizbill.ordering.OrderItem;
import com.bizbill.ordering.OrderQueries;
import com.bizbill.ordering.OrderRecipient;
import com.bizbill.ordering.SendStatus;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.wallet.CreditService;
import com.bizbill.wallet.WalletService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/** Issue 22 §6: the committed steps of a coupon discard ({@link CouponDiscards}), each in its own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CouponDiscardSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    WalletService wallets;

    @Inject
    CreditService credit;

    @Inject
    OrderQueries orderQueries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What the supplier's status call said of the coupon (the daily refresh). */
    public void supplierSays(long couponId, String state) {
        em.find(OrderCoupon.class, couponId, LockModeType.PESSIMISTIC_WRITE).supplierSays(state, clock.instant());
    }

    /**
     * Whether the coupon's recipient is settled towards the gateway (its message written, not an error): before that,
     * the dispatch still owns the coupon (its price is in flight, and an error recipient's whole price goes back by
     * the dispatch), so a discard here would refund it twice.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean settledTowardsTheRecipient(long couponId) {
        OrderCoupon c = em.find(OrderCoupon.class, couponId);
        OrderRecipient r = c == null ? null : em.find(OrderRecipient.class, c.getRecipientId());
        return r != null && r.getMessageRef() != null && r.getSendStatus() != SendStatus.ERROR;
    }

    /** Who may discard it, and whether it can be: returns the supplier's transaction id. */
    public String check(Long organisationId, Long memberId, long couponId) {
        OrderCoupon c = em.find(OrderCoupon.class, couponId);
        CouponOrder o = c == null ? null : em.find(CouponOrder.class, c.getOrderId());
        if (o == null || organisationId != null && o.getOrganisationId() != organisationId) {
            throw new OrderException(ErrorCode.ORDER_NOT_FOUND, "no coupon " + couponId);
        }
        if (memberId != null) {
            Member m = em.find(Member.class, memberId);
            if (m == null || m.getRole() != Role.MASTER && o.getMemberId() != memberId) {
                throw new OrderException(ErrorCode.ORDER_NOT_FOUND, "no coupon " + couponId);
            }
        }
        // the recipient locked: the dispatch settles it under this lock too, so a discard never runs beside its settle
        OrderRecipient r = em.find(OrderRecipient.class, c.getRecipientId(), LockModeType.PESSIMISTIC_WRITE);
        if (!discardable(c) || r.getMessageRef() == null || r.getSendStatus() == SendStatus.ERROR) {
            throw new OrderException(ErrorCode.COUPON_NOT_DISCARDABLE, "coupon " + couponId + " is " + c.getStatus()
                    + (c.getSupplierState() == null ? "" : " (" + c.getSupplierState() + " at the supplier)"));
        }
        return c.transactionId();
    }

    /** Issued, not reported used or discarded at the supplier, and within its validity. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean discardable(OrderCoupon c) {
        return c.getStatus() == CouponStatus.ISSUED && (c.getSupplierState() == null
                || "ISSUED".equals(c.getSupplierState()))
                && (c.getValidUntil() == null || !c.getValidUntil().isBefore(LocalDate.now(clock)));
    }

    /** The supplier refused: its state is to be read again (the daily refresh) before anyone tries once more. */
    public void checkedAtSupplier(long couponId) {
        em.find(OrderCoupon.class, couponId, LockModeType.PESSIMISTIC_WRITE).supplierSays(null, clock.instant());
    }

    /**
     * The supplier discarded it: here too, and its price comes back from coupon sales to the wallet or the order
     * month's credit, with the month's limits; audited with the reason. Once: a coupon no longer issued is left alone.
     */
    @Inject
    com.bizbill.postpaid.PostpaidInvoices postpaid;

    public void discarded(long couponId, String reason) {
        OrderCoupon c = em.find(OrderCoupon.class, couponId);
        OrderRecipient r = em.find(OrderRecipient.class, c.getRecipientId(), LockModeType.PESSIMISTIC_WRITE);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        if (c.getStatus() != CouponStatus.ISSUED || r.getMessageRef() == null || r.getSendStatus() == SendStatus.ERROR) {
            return;
        }
        c.discarded(clock.instant());
        CouponOrder o = em.find(CouponOrder.class, c.getOrderId());
        String reference = "discard-" + c.getId();
        String why = "쿠폰 폐기 환불 " + o.getNumber();
        if (o.getPaymentType() == PaymentType.POSTPAID) {
            // the company row is the invoice's lock too: this discard is wholly before or wholly after the invoice
            em.find(com.bizbill.identity.Organisation.class, o.getOrganisationId(), LockModeType.PESSIMISTIC_WRITE);
        }
        if (o.getPaymentType() == PaymentType.POSTPAID && postpaid.invoiced(o.getOrganisationId(), c.getSettledAt())) {
            // CB-PST-3: its month is invoiced: a cancellation carried over to the next invoice
            postpaid.carryOver(o.getOrganisationId(), c, reference, why);
        } else if (o.getPaymentType() == PaymentType.POSTPAID) {
            // not invoiced yet: the order month's credit takes it back, and the invoice will not count it
            credit.cancelUse(o.getOrganisationId(), YearMonth.parse(o.getPlacedMonth()), c.getPrice(), reference, why,
                    LedgerAccounts.OPERATOR_COUPON_SALES);
        } else {
            wallets.cancelUse(o.getOrganisationId(), c.getPrice(), reference, why, LedgerAccounts.OPERATOR_COUPON_SALES);
        }
        boolean cashable = em.find(OrderItem.class, c.getItemId()).isCashable();
        orderQueries.returnLimits(o.getId(), c.getPrice(), cashable ? c.getPrice() : 0);
        audit.record("COUPON_DISCARDED", "COUPON", c.transactionId(), o.getOrganisationId(), "ISSUED",
                "DISCARDED: " + reason);
    }
}
