package com.bizbill.billing;

import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * BP-PAY-4: staff cancel a card payment of an invoice, whole or in part, only within its billing month (issue 16
 * §3, split from {@link InvoiceService}). Issue 13: the cancel is an attempt, committed before the gateway is called,
 * with its own idempotency key; {@link InvoiceBookings} books it once the gateway confirmed the refund. The cancel
 * attempt names the card payment it refunds by key, and the payment its charge attempt.
 */
@Stateless
public class InvoiceCardCancels {

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentAttempts attempts;

    @Inject
    Payments payments;

    @Inject
    InvoiceQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Cancels {@code amountOrNullForAll} of the card payment: the invoice owes the amount again and the ledger
     * reverses it only once the gateway confirmed. A refusal by the gateway changes nothing; a lost answer or a
     * failed booking is {@code PAYMENT_CANCEL_PENDING} and is finished by reconciliation (never by cancelling again).
     * Returns the cancel's (negative) payment row.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InvoicePayment cancelCardPayment(long invoicePaymentId, Long amountOrNullForAll) {
        PaymentAttempt a = context.getBusinessObject(InvoiceCardCancels.class).open(invoicePaymentId, amountOrNullForAll);
        PaymentAttempt done = payments.cancel(a);
        if (done.getStatus() == PaymentStatus.FAILED) {
            throw new BillingException(ErrorCode.PAYMENT_DECLINED, "gateway refused the cancel: " + done.getFailureCode());
        }
        if (done.getStatus() != PaymentStatus.SUCCEEDED) {
            throw new BillingException(ErrorCode.PAYMENT_CANCEL_PENDING, "cancel " + done.idempotencyKey() + " is "
                    + done.getStatus() + (done.isNeedsStaff() ? " (" + done.getStaffReason() + ")" : "")
                    + "; reconciliation settles it");
        }
        return queries.paymentOfAttempt(done.getId()).orElseThrow();
    }

    /** The card cancel's attempt (BP-PAY-4 checked), committed on its own before the gateway is called. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PaymentAttempt open(long invoicePaymentId, Long amountOrNullForAll) {
        InvoicePayment p = em.find(InvoicePayment.class, invoicePaymentId);
        Invoice inv = p == null ? null : em.find(Invoice.class, p.getInvoiceId(), LockModeType.PESSIMISTIC_WRITE);
        long amount = check(p, inv, invoicePaymentId, amountOrNullForAll);
        PaymentAttempt charge = em.find(PaymentAttempt.class, p.getAttemptId());
        PaymentAttempt a = attempts.openInvoiceCardCancel(p, amount, charge.getPaymentKey());
        audit.record("INVOICE_CARD_CANCEL_REQUESTED", "INVOICE", inv.getId(),
                em.find(BillingAccount.class, inv.getBillingAccountId()).getOrganisation().getId(), null,
                "amount=" + amount + ", attempt=" + a.getId());
        return a;
    }

    /** Issue 18 §1: what staff confirm before a card cancel: the amount, the invoice and the card payment's key. */
    public record CancelQuote(long invoicePaymentId, long amount, long paid, String invoiceNumber, String orderId) {
    }

    /** The quote of a cancel (the same BP-PAY-4 checks as {@link #open}, without locks: open checks again). */
    public CancelQuote quote(long invoicePaymentId, Long amountOrNullForAll) {
        InvoicePayment p = em.find(InvoicePayment.class, invoicePaymentId);
        Invoice inv = p == null ? null : em.find(Invoice.class, p.getInvoiceId());
        long amount = check(p, inv, invoicePaymentId, amountOrNullForAll);
        return new CancelQuote(invoicePaymentId, amount, p.getAmount(), inv.getNumber(),
                em.find(PaymentAttempt.class, p.getAttemptId()).orderId());
    }

    /** BP-PAY-4: a card payment of an open billing month, no cancel in flight, at most what is left; returns the amount. */
    private long check(InvoicePayment p, Invoice inv, long invoicePaymentId, Long amountOrNullForAll) {
        if (p == null || !p.isCardPayment()) {
            throw new BillingException(ErrorCode.INVOICE_PAYMENT_NOT_FOUND, "no card payment " + invoicePaymentId);
        }
        if (!BillingCalendar.cardCancellable(inv.billingMonth(), LocalDate.now(clock))) {
            throw new BillingException(ErrorCode.INVOICE_CARD_CANCEL_CLOSED, "BP-PAY-4: card payments of "
                    + inv.getBillingMonth() + " can no longer be cancelled");
        }
        if (attempts.anyOpenCancelOf(p.getId())) {
            throw new BillingException(ErrorCode.PAYMENT_CANCEL_IN_PROGRESS, "a cancel of card payment " + p.getId()
                    + " is still being settled");
        }
        long left = p.getAmount() - cancelledOf(p);
        long amount = amountOrNullForAll == null ? left : amountOrNullForAll;
        if (amount <= 0 || amount > left) {
            throw new BillingException(ErrorCode.INVOICE_CANCEL_EXCEEDS_PAYMENT, "up to " + left,
                    List.of(new BizbillException.FieldError("amount", "invoices.cancel.amount")));
        }
        return amount;
    }

    /** What earlier cancels of the card payment refunded: their rows, found through their attempts' keys. */
    private long cancelledOf(InvoicePayment p) {
        return -em.createQuery("select coalesce(sum(c.amount), 0) from InvoicePayment c, PaymentAttempt a "
                        + "where c.attemptId = a.id and a.invoicePaymentId = :p", Long.class)
                .setParameter("p", p.getId()).getSingleResult();
    }
}
