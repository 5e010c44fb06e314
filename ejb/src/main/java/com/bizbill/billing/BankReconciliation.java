package com.bizbill.billing;

import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.Page;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * BP-INV-3 bank reconciliation: staff upload a statement; new deposits are stored once (by the bank's
 * reference) and matched to invoices by amount and depositor name; a match pays the invoice by transfer
 * and posts to the ledger; the rest wait for staff to match by hand. The upload is one transaction.
 */
@Stateless
public class BankReconciliation {

    @Inject
    CallContext callContext;

    @PersistenceContext
    EntityManager em;

    @Inject
    InvoiceBookings bookings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** {@code waiting}: matched deposits held back while the invoice's card attempt is open (issue 13). */
    public record UploadResult(int lines, int added, int duplicates, int matched, int unmatched, int waiting) {
    }

    @Inject
    PaymentAttempts attempts;

    public UploadResult upload(byte[] statement) {
        List<StatementLine> lines = StatementParser.parse(statement);
        int added = 0;
        int duplicates = 0;
        int matched = 0;
        int waiting = 0;
        for (StatementLine line : lines) {
            boolean known = em.createQuery("select count(d) from BankDeposit d where d.bankReference = :r", Long.class)
                    .setParameter("r", line.bankReference()).getSingleResult() > 0;
            if (known) {
                duplicates++; // the same statement again: nothing is added or matched twice
                continue;
            }
            BankDeposit d = new BankDeposit(line, clock.instant());
            em.persist(d);
            em.flush();
            added++;
            var hit = DepositMatcher.match(line, candidates(line.amount()));
            if (hit.isPresent()) {
                Optional<String> open = openCardAttempt(hit.get().invoiceId());
                if (open.isPresent()) {
                    d.waitFor(hit.get().invoiceId(), open.get()); // issue 13: no double payment
                    waiting++;
                } else {
                    pay(d, hit.get().invoiceId(), "auto");
                    matched++;
                }
            }
        }
        audit.record("BANK_STATEMENT_UPLOADED", "BANK_STATEMENT", null, null, null,
                "lines=" + lines.size() + ", added=" + added + ", matched=" + matched);
        return new UploadResult(lines.size(), added, duplicates, matched, added - matched, waiting);
    }

    /** Staff match a deposit to an invoice by its number (the deposit may pay part of the balance). */
    public void matchByHand(long depositId, String invoiceNumber) {
        BankDeposit d = em.find(BankDeposit.class, depositId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null || d.isMatched()) {
            throw new BillingException(ErrorCode.BANK_DEPOSIT_NOT_OPEN, "deposit " + depositId + " is not open");
        }
        Invoice inv = em.createQuery("select i from Invoice i where i.number = :n", Invoice.class)
                .setParameter("n", invoiceNumber == null ? "" : invoiceNumber.trim()).getResultStream().findFirst()
                .orElseThrow(() -> new BillingException(ErrorCode.BANK_MATCH_INVOICE_UNKNOWN, "no invoice " + invoiceNumber,
                        List.of(new BizbillException.FieldError("invoiceNumber", "bank.noInvoice"))));
        Optional<String> open = openCardAttempt(inv.getId());
        if (open.isPresent()) {
            throw new BillingException(ErrorCode.BANK_MATCH_WAITS_FOR_CARD, open.get(),
                    List.of(new BizbillException.FieldError("invoiceNumber", "bank.waitsForCard")));
        }
        if (d.getAmount() > inv.balance()) {
            throw new BillingException(ErrorCode.BANK_DEPOSIT_EXCEEDS_BALANCE, "the deposit is more than the balance",
                    List.of(new BizbillException.FieldError("invoiceNumber", "bank.overBalance")));
        }
        pay(d, inv.getId(), callContext.actorName());
        audit.record("BANK_DEPOSIT_MATCHED", "INVOICE", inv.getId(), // the customer's money: the row names them
                em.find(BillingAccount.class, inv.getBillingAccountId()).getOrganisation().getId(), null,
                "deposit=" + d.getBankReference() + ", amount=" + d.getAmount());
    }

    public Page<BankDeposit> deposits(boolean unmatchedOnly, int page, int size) {
        String where = unmatchedOnly ? " where d.invoiceId is null" : "";
        long total = em.createQuery("select count(d) from BankDeposit d" + where, Long.class).getSingleResult();
        return new Page<>(em.createQuery("select d from BankDeposit d" + where + " order by d.id desc", BankDeposit.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList(), page, size, total);
    }

    /**
     * Issue 13: why a deposit for this invoice must wait, when a card attempt on it is still open (INITIATED
     * or UNKNOWN): paying it by transfer now could have the customer pay twice.
     */
    private Optional<String> openCardAttempt(long invoiceId) {
        return attempts.openOfInvoice(InvoiceBookings.PAYMENT_PURPOSE, invoiceId).stream().findFirst()
                .map(a -> "card payment " + a.orderId() + " is " + a.getStatus() + ": waits until it is decided");
    }

    /**
     * An invoice's card attempt is decided: in the same transaction, after {@link InvoiceBookings} booked the
     * card side (a later priority), the deposits that waited for it pay the invoice if it still owes them, or
     * stay open for staff with the reason. One commit: no crash can leave a deposit waiting for an attempt
     * that is already decided (it used to be a second transaction after the commit, which Payara cannot
     * start from a completed one).
     */
    public void attemptDecided(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) PaymentDecided decided) {
        if (!InvoiceBookings.PAYMENT_PURPOSE.equals(decided.purpose())) {
            return;
        }
        Long invoiceId = attempts.find(decided.attemptId()).getInvoiceId(); // managed: the decision locked it
        if (invoiceId == null) {
            return;
        }
        // ids first, then each row locked (Derby refuses FOR UPDATE with ORDER BY); usually none wait
        List<Long> waiting = em.createQuery("select d.id from BankDeposit d where d.waitingInvoiceId = :i "
                + "and d.invoiceId is null order by d.id", Long.class).setParameter("i", invoiceId).getResultList();
        if (waiting.isEmpty() || openCardAttempt(invoiceId).isPresent()) {
            return;
        }
        for (long id : waiting) {
            BankDeposit d = em.find(BankDeposit.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (!d.isWaiting()) {
                continue;
            }
            Invoice inv = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
            if (d.getAmount() <= inv.balance()) {
                pay(d, invoiceId, "auto");
            } else {
                d.stopWaiting("invoice " + inv.getNumber() + " no longer owes " + d.getAmount() + " (balance "
                        + inv.balance() + "): match by hand or return the deposit");
            }
        }
    }

    /** {@code matchedBy}: "auto" for a match by the statement, else the staff member's name. */
    private void pay(BankDeposit d, long invoiceId, String matchedBy) {
        d.matched(invoiceId, matchedBy);

        bookings.applyTransfer(invoiceId, d.getAmount(), "deposit-" + d.getBankReference());
    }

    private List<DepositMatcher.Candidate> candidates(long amount) {
        return em.createQuery("select i.id, b.name, i.total - i.paidAmount, b.virtualAccount from Invoice i, BillingAccount b "
                        + "where b.id = i.billingAccountId and i.status <> :paid and i.total - i.paidAmount = :a",
                        Object[].class).setParameter("paid", InvoiceStatus.PAID).setParameter("a", amount)
                .getResultList().stream().map(r -> new DepositMatcher.Candidate(((Number) r[0]).longValue(),
                        (String) r[1], ((Number) r[2]).longValue(), (String) r[3])).toList();
    }
}
