package com.bizbill.billing;

import com.bizbill.shared.context.CallContext;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import com.bizbill.ledger.PostEntryCommand.Line;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Issue 13: confirmed payments that could not be applied (the invoice was already paid another way, the
 * amount exceeds the balance, the wallet charge or usage bill was already closed). The owner of the purpose
 * holds the money here, in the transaction that decided the attempt: cash up, the overpayment (suspense)
 * account up, one balanced entry. Staff refund it through the gateway as a cancel attempt; the refund moves
 * it back out once the gateway confirmed it.
 */
@Stateless
public class Overpayments {

    @Inject
    CallContext callContext;

    public static final String REFUND_PURPOSE = "OVERPAYMENT_REFUND";

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    PaymentAttempts attempts;

    @Inject
    Payments payments;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Holds a decided, succeeded charge that its owner cannot apply; joins the deciding transaction. Once per
     * attempt (a second call finds the first).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Overpayment hold(PaymentDecided d, String reason) {
        if (!d.succeeded()) {
            throw new IllegalArgumentException("only a confirmed payment is held: attempt " + d.attemptId());
        }
        Optional<Overpayment> earlier = byAttempt(d.attemptId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Overpayment o = new Overpayment(d.attemptId(), d.orderId(), d.purpose(), d.reference(), d.amount(), d.paymentKey(), reason,
                clock.instant());
        em.persist(o);
        em.flush();
        ledger.post(new PostEntryCommand("OVERPAYMENT_HELD", "overpayment-" + o.getId(),
                "과오납 보관 " + d.orderId() + " ("
                        + com.bizbill.shared.i18n.Labels.KOREAN.code("PaymentPurpose", d.purpose()) + ")",
                List.of(new Line(LedgerAccounts.OPERATOR_CASH, d.amount()),
                        new Line(LedgerAccounts.OPERATOR_OVERPAYMENTS, -d.amount()))));
        audit.record("OVERPAYMENT_HELD", "PAYMENT_ATTEMPT", d.attemptId(), null, null,
                "amount=" + d.amount() + ", reason=" + reason);
        return o;
    }

    /** Staff screen: overpayments still held (open or being refunded), newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Overpayment> held() {
        return em.createQuery("select o from Overpayment o where o.status <> :r order by o.id desc", Overpayment.class)
                .setParameter("r", OverpaymentStatus.REFUNDED).setMaxResults(200).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Overpayment> byAttempt(long attemptId) {
        return em.createQuery("select o from Overpayment o where o.attemptId = :a", Overpayment.class)
                .setParameter("a", attemptId).getResultStream().findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Overpayment find(long overpaymentId) {
        Overpayment o = em.find(Overpayment.class, overpaymentId);
        if (o == null) {
            throw new BillingException(ErrorCode.OVERPAYMENT_NOT_FOUND, "no overpayment " + overpaymentId);
        }
        return o;
    }

    /** What the overpayment account must hold: the sum of the overpayments not yet refunded (ledger check). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long heldTotal() {
        return em.createQuery("select coalesce(sum(o.amount), 0) from Overpayment o where o.status <> :r", Long.class)
                .setParameter("r", OverpaymentStatus.REFUNDED).getSingleResult();
    }

    /**
     * Staff refund an overpayment through the gateway (a cancel of the card payment that overpaid). The
     * refund attempt is committed before the call; the money leaves the overpayment account only once the
     * gateway confirmed. Returns the refund attempt: SUCCEEDED, or open (a lost answer, settled by
     * reconciliation); a refusal by the gateway is an error and leaves the overpayment open.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PaymentAttempt refund(long overpaymentId) {
        PaymentAttempt a = context.getBusinessObject(Overpayments.class).openRefund(overpaymentId);
        PaymentAttempt done = payments.cancel(a);
        if (done.getStatus() == PaymentStatus.FAILED) {
            throw new BillingException(ErrorCode.PAYMENT_DECLINED, "the gateway refused the refund: "
                    + done.getFailureCode());
        }
        return done;
    }

    /** The refund's attempt, committed on its own before the gateway is called. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PaymentAttempt openRefund(long overpaymentId) {
        String staff = callContext.actorName();
        Overpayment o = em.find(Overpayment.class, overpaymentId, LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw new BillingException(ErrorCode.OVERPAYMENT_NOT_FOUND, "no overpayment " + overpaymentId);
        }
        if (o.getStatus() != OverpaymentStatus.OPEN || o.getPaymentKey() == null) {
            throw new BillingException(ErrorCode.OVERPAYMENT_STATE, "overpayment " + overpaymentId + " is "
                    + o.getStatus());
        }
        PaymentAttempt a = attempts.openCancel(REFUND_PURPOSE, String.valueOf(o.getId()), o.getAmount(),
                o.getPaymentKey());
        o.refunding(a.getId(), staff);
        audit.record("OVERPAYMENT_REFUND_REQUESTED", "OVERPAYMENT", o.getId(), null, null,
                "amount=" + o.getAmount() + ", payment=" + o.getOrderId());
        return a;
    }

    /** Books a decided refund in the transaction that decided it: the overpayment account pays the card back. */
    public void onPaymentDecided(@Observes PaymentDecided d) {
        if (!REFUND_PURPOSE.equals(d.purpose())) {
            return;
        }
        Overpayment o = em.find(Overpayment.class, Long.parseLong(d.reference()), LockModeType.PESSIMISTIC_WRITE);
        if (o == null || o.getStatus() != OverpaymentStatus.REFUNDING) {
            return;
        }
        if (!d.succeeded()) {
            o.refundFailed(d.attemptId());
            return;
        }
        o.refunded(d.attemptId(), clock.instant());
        ledger.post(new PostEntryCommand("OVERPAYMENT_REFUNDED", "overpayment-" + o.getId() + "-refund",
                "과오납 환불 " + o.getOrderId(), List.of(new Line(LedgerAccounts.OPERATOR_OVERPAYMENTS, d.amount()),
                        new Line(LedgerAccounts.OPERATOR_CASH, -d.amount()))));
        audit.record("OVERPAYMENT_REFUNDED", "OVERPAYMENT", o.getId(), null, null,
                "amount=" + d.amount());
    }
}
