package com.bizbill.billing;

import com.bizbill.billing.gateway.PaymentGateway.ChargeResult;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The payment state machine's transactions (INITIATED → SUCCEEDED | FAILED | UNKNOWN), for charges and,
 * since issue 13, for cancels (refunds) too. Each method commits on its own, so an attempt is on disk before the gateway is called and its outcome is on disk
 * as soon as it is known.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentAttempts {

    /** The statuses of an attempt still waiting for the gateway's answer. */
    private static final List<PaymentStatus> OPEN = List.of(PaymentStatus.INITIATED, PaymentStatus.UNKNOWN);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<PaymentDecided> decided;

    @Inject
    com.bizbill.shared.audit.AuditLog audit;

    /** A new attempt for {@code reference}, numbered after the earlier ones; joins the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PaymentAttempt open(String purpose, String reference, long amount) {
        return persist(new PaymentAttempt(purpose, reference, nextNumber(purpose, reference), amount, clock.instant()));
    }

    private int nextNumber(String purpose, String reference) {
        Integer last = em.createQuery("select max(a.attemptNo) from PaymentAttempt a "
                        + "where a.purpose = :p and a.reference = :r", Integer.class)
                .setParameter("p", purpose).setParameter("r", reference).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /**
     * A new cancel attempt (issue 13) of {@code amount} won of the gateway payment {@code paymentKey}, numbered
     * after the earlier ones of {@code reference}; joins the caller's transaction, which must commit it before
     * the gateway is called (its idempotency key comes from its id).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PaymentAttempt openCancel(String purpose, String reference, long amount, String paymentKey) {
        return persist(PaymentAttempt.cancelOf(purpose, reference, nextNumber(purpose, reference), amount,
                paymentKey, clock.instant()));
    }

    /**
     * Issue 16 §3: a card charge of an invoice, naming it by key (the reference keeps the invoice id as a label
     * and the numbering's scope); joins the caller's transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PaymentAttempt openInvoiceCharge(long invoiceId, long amount) {
        String reference = String.valueOf(invoiceId);
        return persist(new PaymentAttempt(InvoiceBookings.PAYMENT_PURPOSE, reference,
                nextNumber(InvoiceBookings.PAYMENT_PURPOSE, reference), amount, clock.instant()).forInvoice(invoiceId));
    }

    /**
     * Issue 16 §3: a cancel (BP-PAY-4) of {@code amount} won of the invoice card payment {@code paid}, whose gateway
     * payment is {@code paymentKey}, naming the payment and its invoice by key; joins the caller's transaction,
     * which must commit it before the gateway is called.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PaymentAttempt openInvoiceCardCancel(InvoicePayment paid, long amount, String paymentKey) {
        String reference = String.valueOf(paid.getId());
        return persist(PaymentAttempt.cancelOf(InvoiceBookings.CARD_CANCEL_PURPOSE, reference,
                        nextNumber(InvoiceBookings.CARD_CANCEL_PURPOSE, reference), amount, paymentKey, clock.instant())
                .cancellingInvoicePayment(paid.getInvoiceId(), paid.getId()));
    }

    private PaymentAttempt persist(PaymentAttempt a) {
        em.persist(a);
        em.flush();
        return a;
    }

    /** The open attempts of {@code purpose} for the invoice {@code invoiceId} (by key), oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PaymentAttempt> openOfInvoice(String purpose, long invoiceId) {
        return em.createQuery("select a from PaymentAttempt a where a.invoiceId = :i and a.purpose = :p "
                        + "and a.status in :open order by a.id", PaymentAttempt.class)
                .setParameter("i", invoiceId).setParameter("p", purpose)
                .setParameter("open", OPEN).getResultList();
    }

    /** Whether a cancel of the invoice card payment {@code invoicePaymentId} (by key) is still open. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean anyOpenCancelOf(long invoicePaymentId) {
        return em.createQuery("select count(a) from PaymentAttempt a where a.invoicePaymentId = :p "
                        + "and a.status in :open", Long.class).setParameter("p", invoicePaymentId)
                .setParameter("open", OPEN).getSingleResult() > 0;
    }

    /** Whether an attempt of {@code purpose} whose reference is {@code reference} or starts with it + ":" is open. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean anyOpen(String purpose, String reference) {
        return em.createQuery("select count(a) from PaymentAttempt a where a.purpose = :p "
                        + "and (a.reference = :r or a.reference like :prefix) and a.status in :open", Long.class)
                .setParameter("p", purpose).setParameter("r", reference).setParameter("prefix", reference + ":%")
                .setParameter("open", OPEN).getSingleResult() > 0;
    }

    /**
     * Reconciliation could not settle the attempt (its booking failed): it stays open and is flagged for
     * staff with the reason; the job goes on with the others (issue 13).
     */
    public PaymentAttempt flag(long attemptId, String reason) {
        PaymentAttempt a = lock(attemptId);
        if (a.isOpen()) {
            a.flagForStaff(reason);
        }
        return a;
    }

    /** Records the gateway's answer; the purpose's owner books its side in this same transaction. */
    public PaymentAttempt decide(long attemptId, ChargeResult result) {
        PaymentAttempt a = lock(attemptId);
        if (a.getStatus().isFinal()) {
            return a; // a late duplicate answer (webhook and reconciliation both) changes nothing
        }
        if (result.status() == ChargeResult.Status.DONE) {
            if (result.amount() != a.getAmount()) {
                // never book an amount other than the one we asked for
                throw new BillingException(ErrorCode.PAYMENT_DECLINED, "gateway amount " + result.amount()
                        + " differs from attempt amount " + a.getAmount());
            }
            a.succeeded(result.paymentKey(), clock.instant());
        } else {
            a.failed(result.failureCode(), result.failureMessage(), clock.instant());
        }
        decided.fire(PaymentDecided.of(a));
        return a;
    }

    /** The gateway's answer was lost: only reconciliation decides from here. */
    public PaymentAttempt unknown(long attemptId) {
        PaymentAttempt a = lock(attemptId);
        if (a.getStatus() == PaymentStatus.INITIATED) {
            a.outcomeUnknown();
        }
        return a;
    }

    /**
     * Staff closed an open (UNKNOWN or INITIATED, issue 13) attempt by hand after checking with the gateway:
     * it did not charge (or, for a cancel, did not refund).
     */
    public PaymentAttempt failByHand(long attemptId, String note) {
        PaymentAttempt a = lock(attemptId);
        if (!a.isOpen()) {
            throw new BillingException(ErrorCode.PAYMENT_ATTEMPT_STATE_CONFLICT, "attempt " + attemptId + " is " + a.getStatus());
        }
        String before = a.getStatus().name();
        a.closeByHand(note, clock.instant());
        // staff declared that the gateway took no money: a decision about money, so it is in the trail
        audit.record("PAYMENT_ATTEMPT_CLOSED_BY_HAND", "PAYMENT_ATTEMPT", a.getId(), null, before,
                a.getStatus() + " " + a.getPurpose() + " " + a.getReference() + " amount=" + a.getAmount());
        decided.fire(PaymentDecided.of(a));
        return a;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PaymentAttempt find(long attemptId) {
        PaymentAttempt a = em.find(PaymentAttempt.class, attemptId);
        if (a == null) {
            throw new BillingException(ErrorCode.PAYMENT_ATTEMPT_NOT_FOUND, "no payment attempt " + attemptId);
        }
        return a;
    }

    /** Attempts whose outcome is unknown, or that never got past INITIATED (a crash mid-call), oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> undecided(Duration olderThan) {
        return undecided(olderThan, 0L, Integer.MAX_VALUE);
    }

    /** The same, a page in id order after {@code afterId}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> undecided(Duration olderThan, long afterId, int max) {
        return em.createQuery("select a.id from PaymentAttempt a where (a.status = :u "
                        + "or (a.status = :i and a.createdAt < :before)) and a.id > :after order by a.id", Long.class)
                .setParameter("u", PaymentStatus.UNKNOWN).setParameter("i", PaymentStatus.INITIATED)
                .setParameter("before", clock.instant().minus(olderThan)).setParameter("after", afterId)
                .setMaxResults(max).getResultList();
    }

    /** Staff screen: attempts, newest first, optionally only one status. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<PaymentAttempt> list(PaymentStatus status, int page, int size) {
        String where = status == null ? "" : " where a.status = :s";
        var count = em.createQuery("select count(a) from PaymentAttempt a" + where, Long.class);
        var q = em.createQuery("select a from PaymentAttempt a" + where + " order by a.id desc", PaymentAttempt.class);
        if (status != null) {
            count.setParameter("s", status);
            q.setParameter("s", status);
        }
        return new Page<>(q.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    private PaymentAttempt lock(long attemptId) {
        PaymentAttempt a = em.find(PaymentAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new BillingException(ErrorCode.PAYMENT_ATTEMPT_NOT_FOUND, "no payment attempt " + attemptId);
        }
        return a;
    }
}
