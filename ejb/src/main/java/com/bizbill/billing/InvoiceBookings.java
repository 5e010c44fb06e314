package com.bizbill.billing;

import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import com.bizbill.ledger.PostEntryCommand.Line;
import com.bizbill.shared.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Books money on invoices (BP-INV-3; issue 16 §3, split from {@link InvoiceService}): a matched bank transfer, a
 * card payment and a card cancel, each in the transaction that decided it; the invoice's balance moves and the
 * ledger settles the receivable from cash (or gives it back). A card payment and a cancel are found by the
 * attempt's id (a foreign key), never by a parsed reference.
 */
@Stateless
public class InvoiceBookings {

    /** The purpose of an invoice's card charge attempts. */
    public static final String PAYMENT_PURPOSE = "INVOICE";
    /** BP-PAY-4 card cancels, as attempts (issue 13); the attempt names the card payment it refunds. */
    public static final String CARD_CANCEL_PURPOSE = "INVOICE_CARD_CANCEL";

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Overpayments overpayments;

    @Inject
    InvoiceQueries queries;

    /**
     * Books a decided invoice attempt in the transaction that decided it (BP-INV-3). A decline changes nothing
     * here. A confirmed card payment the invoice can no longer take (paid another way meanwhile, or more than
     * its balance) is held as an overpayment for staff to refund, instead of failing the decision (issue 13).
     */
    public void onPaymentDecided(@Observes PaymentDecided d) {
        boolean cancel = CARD_CANCEL_PURPOSE.equals(d.purpose());
        if (!d.succeeded() || !cancel && !PAYMENT_PURPOSE.equals(d.purpose())) {
            return;
        }
        PaymentAttempt a = em.find(PaymentAttempt.class, d.attemptId()); // managed: the decision just locked it
        if (cancel) {
            bookCardCancel(a, d.amount());
            return;
        }
        Invoice inv = em.find(Invoice.class, a.getInvoiceId(), LockModeType.PESSIMISTIC_WRITE);
        if (!booked(a.getId()) && d.amount() > inv.balance()) {
            overpayments.hold(d, "invoice " + inv.getNumber() + " balance " + inv.balance() + " ("
                    + inv.getStatus() + "): the card payment of " + d.amount() + " cannot be applied");
            return;
        }
        apply(inv, InvoicePayment.card(inv.getId(), d.amount(), a.getId(), clock.instant()));
    }

    /** BP-INV-3: a bank transfer pays the invoice, once per statement reference (a repeat changes nothing). */
    public void applyTransfer(long invoiceId, long amount, String reference) {
        Invoice inv = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        boolean applied = em.createQuery("select count(p) from InvoicePayment p where p.invoiceId = :i "
                        + "and p.reference = :r", Long.class).setParameter("i", invoiceId).setParameter("r", reference)
                .getSingleResult() > 0;
        if (!applied) {
            apply(inv, InvoicePayment.transfer(invoiceId, amount, reference, clock.instant()));
        }
    }

    private boolean booked(long attemptId) {
        return queries.paymentOfAttempt(attemptId).isPresent();
    }

    private void apply(Invoice inv, InvoicePayment p) {
        if (p.getAttemptId() != null && booked(p.getAttemptId())) {
            return; // a card payment is booked once per attempt
        }
        inv.pay(p.getAmount());
        em.persist(p);
        ledger.post(new PostEntryCommand("INVOICE_PAID", "invoice-" + inv.getId() + "-" + p.getReference(),
                "청구서 " + inv.getNumber() + " 결제 (" + com.bizbill.shared.i18n.Labels.KOREAN.of(p.getMethod()) + ")",
                List.of(new Line(LedgerAccounts.OPERATOR_CASH, p.getAmount()),
                        new Line(LedgerAccounts.invoiceReceivable(inv.getBillingAccountId()), -p.getAmount()))));
    }

    /** BP-PAY-4: the gateway refunded a card cancel: the invoice owes it again and the ledger reverses it, once per attempt. */
    private void bookCardCancel(PaymentAttempt cancel, long amount) {
        InvoicePayment paid = em.find(InvoicePayment.class, cancel.getInvoicePaymentId());
        Invoice inv = em.find(Invoice.class, paid.getInvoiceId(), LockModeType.PESSIMISTIC_WRITE);
        if (booked(cancel.getId())) {
            return;
        }
        InvoicePayment row = InvoicePayment.cardCancel(paid, amount, cancel.getId(), clock.instant());
        inv.unpay(amount);
        em.persist(row);
        BillingAccount account = em.find(BillingAccount.class, inv.getBillingAccountId());
        ledger.post(new PostEntryCommand("INVOICE_PAYMENT_CANCELLED", "invoice-" + inv.getId() + "-" + row.getReference(),
                "청구서 " + inv.getNumber() + " 카드 결제 취소",
                List.of(new Line(LedgerAccounts.invoiceReceivable(account.getId()), amount),
                        new Line(LedgerAccounts.OPERATOR_CASH, -amount))));
        audit.record("INVOICE_CARD_PAYMENT_CANCELLED", "INVOICE", inv.getId(),
                account.getOrganisation().getId(), null, "amount=" + amount + ", attempt=" + cancel.getId());
    }
}
