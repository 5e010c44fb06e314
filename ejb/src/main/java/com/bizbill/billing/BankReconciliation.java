package com.bizbill.billing;

import com.bizbill.shared.Page;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * BP-INV-3 bank reconciliation: staff upload a statement; new deposits are stored once (by the bank's
 * reference) and matched to invoices by amount and depositor name; a match pays the invoice by transfer
 * and posts to the ledger; the rest wait for staff to match by hand. The upload is one transaction.
 */
@Stateless
public class BankReconciliation {

    @PersistenceContext
    EntityManager em;

    @Inject
    InvoiceService invoices;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public record UploadResult(int lines, int added, int duplicates, int matched, int unmatched) {
    }

    public UploadResult upload(byte[] statement, String staff) {
        List<StatementLine> lines = StatementParser.parse(statement);
        int added = 0;
        int duplicates = 0;
        int matched = 0;
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
                pay(d, hit.get().invoiceId(), "auto");
                matched++;
            }
        }
        audit.record(staff, "BANK_STATEMENT_UPLOADED", "BANK_STATEMENT", null, null, null,
                "lines=" + lines.size() + ", added=" + added + ", matched=" + matched);
        return new UploadResult(lines.size(), added, duplicates, matched, added - matched);
    }

    /** Staff match a deposit to an invoice by its number (the deposit may pay part of the balance). */
    public void matchByHand(long depositId, String invoiceNumber, String staff) {
        BankDeposit d = em.find(BankDeposit.class, depositId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null || d.isMatched()) {
            throw new BizbillException(ErrorCode.CONFLICT, "deposit " + depositId + " is not open");
        }
        Invoice inv = em.createQuery("select i from Invoice i where i.number = :n", Invoice.class)
                .setParameter("n", invoiceNumber == null ? "" : invoiceNumber.trim()).getResultStream().findFirst()
                .orElseThrow(() -> new BizbillException(ErrorCode.VALIDATION_FAILED, "no invoice " + invoiceNumber,
                        List.of(new BizbillException.FieldError("invoiceNumber", "bank.noInvoice"))));
        if (d.getAmount() > inv.balance()) {
            throw new BizbillException(ErrorCode.VALIDATION_FAILED, "the deposit is more than the balance",
                    List.of(new BizbillException.FieldError("invoiceNumber", "bank.overBalance")));
        }
        pay(d, inv.getId(), staff);
        audit.record(staff, "BANK_DEPOSIT_MATCHED", "INVOICE", inv.getId(), null, null,
                "deposit=" + d.getBankReference() + ", amount=" + d.getAmount());
    }

    public Page<BankDeposit> deposits(boolean unmatchedOnly, int page, int size) {
        String where = unmatchedOnly ? " where d.invoiceId is null" : "";
        long total = em.createQuery("select count(d) from BankDeposit d" + where, Long.class).getSingleResult();
        return new Page<>(em.createQuery("select d from BankDeposit d" + where + " order by d.id desc", BankDeposit.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList(), page, size, total);
    }

    private void pay(BankDeposit d, long invoiceId, String by) {
        d.matched(invoiceId, by);
        invoices.applyPayment(invoiceId, "TRANSFER", d.getAmount(), "deposit-" + d.getBankReference());
    }

    private List<DepositMatcher.Candidate> candidates(long amount) {
        return em.createQuery("select i.id, b.name, i.total - i.paidAmount, b.virtualAccount from Invoice i, BillingAccount b "
                        + "where b.id = i.billingAccountId and i.status <> :paid and i.total - i.paidAmount = :a",
                        Object[].class).setParameter("paid", InvoiceStatus.PAID).setParameter("a", amount)
                .getResultList().stream().map(r -> new DepositMatcher.Candidate(((Number) r[0]).longValue(),
                        (String) r[1], ((Number) r[2]).longValue(), (String) r[3])).toList();
    }
}
