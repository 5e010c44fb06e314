package com.bizbill.billing;

import com.bizbill.ledger.AccountType;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import com.bizbill.ledger.PostEntryCommand.Line;
import com.bizbill.shared.limits.BusinessLimits;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The import of invoices from the operator's billing system (BP-INV-2), idempotent by the source invoice number;
 * importing posts the receivable. Issue 16 §3: only the import is here; the customer's and staff's reading is in
 * {@link InvoiceQueries}, the documents in {@link InvoiceDocuments}, the booking of payments in
 * {@link InvoiceBookings} and card cancels in {@link InvoiceCardCancels}.
 */
@Stateless
public class InvoiceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessLimits limits;

    @Inject
    LedgerService ledger;

    @Inject
    Clock clock;

    /** What happened to one imported invoice. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, ALREADY_PAID, REJECTED
    }

    public record ImportResult(String number, Outcome outcome, List<String> problems) {
    }

    /**
     * Imports one invoice: new → created and its receivable posted; re-sent while unpaid → updated
     * (the old receivable reversed); re-sent after money was paid on it → nothing changes, reported.
     */
    public ImportResult importInvoice(long billingAccountId, String number, InvoiceData data) {
        BillingAccount account = em.find(BillingAccount.class, billingAccountId);
        // every amount within the business maximum of one invoice (issue 13), so no sum can overflow
        List<String> problems = new ArrayList<>(data.problems(limits.invoice()));
        if (account == null) {
            problems.add("billingAccountId");
        }
        if (number == null || number.isBlank() || number.length() > 60) {
            problems.add("number");
        }
        if (!problems.isEmpty()) {
            return new ImportResult(number, Outcome.REJECTED, problems);
        }
        Optional<Invoice> existing = byNumber(number);
        if (existing.isEmpty()) {
            Invoice inv = new Invoice(billingAccountId, number, data, clock.instant());
            em.persist(inv);
            em.flush();
            postReceivable(account, inv, "INVOICE_ISSUED", "invoice-" + inv.getId() + "-v1", 1);
            return new ImportResult(number, Outcome.CREATED, List.of());
        }
        Invoice inv = existing.get();
        em.lock(inv, LockModeType.PESSIMISTIC_WRITE);
        if (inv.getBillingAccountId() != billingAccountId) {
            return new ImportResult(number, Outcome.REJECTED, List.of("billingAccountId"));
        }
        // issue 16 §3: the same invoice means the same lines too, not only the same count and totals
        if (inv.sameAs(data)) {
            return new ImportResult(number, Outcome.UNCHANGED, List.of());
        }
        if (inv.getPaidAmount() > 0 || inv.getTaxInvoiceNumber() != null) {
            // a re-sent invoice updates nothing already paid or taxed, and is reported (BP-INV-2)
            return new ImportResult(number, Outcome.ALREADY_PAID, List.of("paid invoices are not changed"));
        }
        long version = ledgerVersion(inv);
        postReceivable(account, inv, "INVOICE_REVERSED", "invoice-" + inv.getId() + "-v" + version + "-reversal", -1);
        inv.withdrawLines();
        em.flush(); // the old lines are deleted before the new ones are inserted (see withdrawLines)
        inv.update(data, clock.instant());
        postReceivable(account, inv, "INVOICE_ISSUED", "invoice-" + inv.getId() + "-v" + (version + 1), 1);
        return new ImportResult(number, Outcome.UPDATED, List.of());
    }

    private void postReceivable(BillingAccount account, Invoice inv, String type, String reference, int sign) {
        String ar = LedgerAccounts.invoiceReceivable(account.getId());
        ledger.openAccount(ar, account.getName() + " 청구 미수금", AccountType.ASSET, account.getOrganisation().getId());
        ledger.post(new PostEntryCommand(type, reference, "청구서 " + inv.getNumber() + " (" + inv.getBillingMonth() + ")",
                List.of(new Line(ar, sign * inv.getTotal()),
                        new Line(LedgerAccounts.OPERATOR_BILLING_REVENUE, -sign * inv.getSupply()),
                        new Line(LedgerAccounts.OPERATOR_VAT_PAYABLE, -sign * inv.getVat()))));
    }

    private long ledgerVersion(Invoice inv) {
        return em.createQuery("select count(e) from JournalEntry e where e.reference like :r and e.entryType = "
                + "'INVOICE_ISSUED'", Long.class).setParameter("r", "invoice-" + inv.getId() + "-v%").getSingleResult();
    }

    private Optional<Invoice> byNumber(String number) {
        return em.createQuery("select i from Invoice i where i.number = :n", Invoice.class).setParameter("n", number)
                .getResultStream().findFirst();
    }
}
