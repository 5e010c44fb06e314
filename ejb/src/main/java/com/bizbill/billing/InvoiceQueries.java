package com.bizbill.billing;

import com.bizbill.shared.Page;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the portal and staff screens read about invoices (issue 16 §3, split from {@link InvoiceService}): the
 * customer's inquiry (BP-INV-1), the staff search, the receivables chart and the failed card charges. Reads only;
 * joins a caller's transaction when there is one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class InvoiceQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** BP-INV-1: the account's invoices of one month (or all), newest first. */
    public Page<Invoice> invoicesOf(long billingAccountId, String billingMonth, int page, int size) {
        String where = " where i.billingAccountId = :a" + (billingMonth == null ? "" : " and i.billingMonth = :m");
        var count = em.createQuery("select count(i) from Invoice i" + where, Long.class);
        var q = em.createQuery("select i from Invoice i" + where + " order by i.billingMonth desc, i.id desc",
                Invoice.class);
        for (var query : List.of(count, q)) {
            query.setParameter("a", billingAccountId);
            if (billingMonth != null) {
                query.setParameter("m", billingMonth);
            }
        }
        return new Page<>(q.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    /** A staff list row: the invoice with its account's name and payment method. */
    public record InvoiceRow(Invoice invoice, String accountName, PaymentMethod paymentMethod) {
    }

    /** Staff: invoices by billing month, status and account name (each optional), newest first. */
    public Page<InvoiceRow> search(String billingMonth, InvoiceStatus status, String text, int page, int size) {
        String where = " where b.id = i.billingAccountId" + (blank(billingMonth) ? "" : " and i.billingMonth = :m")
                + (status == null ? "" : " and i.status = :s")
                + (blank(text) ? "" : " and (lower(b.name) like :t or lower(i.number) like :t)");
        var count = em.createQuery("select count(i) from Invoice i, BillingAccount b" + where, Long.class);
        var q = em.createQuery("select i, b.name, b.paymentMethod from Invoice i, BillingAccount b" + where
                + " order by i.billingMonth desc, i.id desc", Object[].class);
        for (var query : List.of(count, q)) {
            if (!blank(billingMonth)) {
                query.setParameter("m", billingMonth);
            }
            if (status != null) {
                query.setParameter("s", status);
            }
            if (!blank(text)) {
                query.setParameter("t", "%" + text.trim().toLowerCase() + "%");
            }
        }
        List<InvoiceRow> rows = q.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> new InvoiceRow((Invoice) r[0], (String) r[1], (PaymentMethod) r[2])).toList();
        return new Page<>(rows, page, size, count.getSingleResult());
    }

    /** Staff: billed, paid and outstanding per billing month (the receivables chart), oldest first. */
    public record MonthReceivable(String month, long billed, long paid) {
        public long outstanding() {
            return billed - paid;
        }
    }

    public List<MonthReceivable> receivablesByMonth() {
        return em.createQuery("select i.billingMonth, sum(i.total), sum(i.paidAmount) from Invoice i "
                        + "group by i.billingMonth order by i.billingMonth", Object[].class).getResultList().stream()
                .map(r -> new MonthReceivable((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    /** Staff: the latest failed card charges of invoices, with the gateway's reason. */
    public record FailedCharge(long attemptId, long invoiceId, String invoiceNumber, String accountName, long amount,
                               String failureCode, String failureMessage, Instant at) {
    }

    /** The latest failure per invoice that is still unpaid, newest first; the attempt names its invoice by key. */
    public List<FailedCharge> failedCharges(int max) {
        List<Object[]> failed = em.createQuery("select a, i, b.name from PaymentAttempt a, Invoice i, BillingAccount b "
                        + "where i.id = a.invoiceId and b.id = i.billingAccountId and a.purpose = :p and a.status = :f "
                        + "and i.status <> :paid order by a.id desc", Object[].class)
                .setParameter("p", InvoiceBookings.PAYMENT_PURPOSE).setParameter("f", PaymentStatus.FAILED)
                .setParameter("paid", InvoiceStatus.PAID).setMaxResults(max * 3).getResultList();
        List<FailedCharge> rows = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Object[] r : failed) {
            PaymentAttempt a = (PaymentAttempt) r[0];
            Invoice inv = (Invoice) r[1];
            if (rows.size() < max && seen.add(inv.getId())) {
                rows.add(new FailedCharge(a.getId(), inv.getId(), inv.getNumber(), (String) r[2], a.getAmount(),
                        a.getFailureCode(), a.getFailureMessage(), a.getCreatedAt()));
            }
        }
        return rows;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** BP-PAY-5 with BP-PAY-2: the account's unpaid invoices a card may still pay (this billing month). */
    /**
     * Issue 18 §4: what a billing customer's home answers: how much is owed over how many invoices, the nearest
     * due date, how many are overdue, and the latest invoices.
     */
    public record AccountSummary(long owed, long unpaid, java.time.LocalDate nextDue, long overdue,
                                 List<Invoice> recent) {
    }

    public AccountSummary summaryOf(long billingAccountId) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        Object[] r = em.createQuery("select coalesce(sum(i.total - i.paidAmount), 0), count(i), min(i.dueDate) "
                        + "from Invoice i where i.billingAccountId = :a and i.status <> :paid", Object[].class)
                .setParameter("a", billingAccountId).setParameter("paid", InvoiceStatus.PAID).getSingleResult();
        long overdue = em.createQuery("select count(i) from Invoice i where i.billingAccountId = :a "
                        + "and i.status <> :paid and i.dueDate < :today", Long.class).setParameter("a", billingAccountId)
                .setParameter("paid", InvoiceStatus.PAID).setParameter("today", today).getSingleResult();
        return new AccountSummary(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (java.time.LocalDate) r[2], overdue, invoicesOf(billingAccountId, null, 0, 5).items());
    }

    /** Issue 18 §6: an unpaid invoice staff can match a deposit to, found by number or account name. */
    public record OpenInvoice(String number, String accountName, long balance, String billingMonth) {
    }

    /** Unpaid invoices whose number or billing account name contains {@code text}, at most {@code max}. */
    public List<OpenInvoice> openInvoices(String text, int max) {
        String t = "%" + (text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
        return em.createQuery("select i.number, b.name, i.total - i.paidAmount, i.billingMonth from Invoice i, "
                        + "BillingAccount b where b.id = i.billingAccountId and i.status <> :paid and (lower(i.number) "
                        + "like :t or lower(b.name) like :t) order by i.billingMonth desc, i.number", Object[].class)
                .setParameter("paid", InvoiceStatus.PAID).setParameter("t", t).setMaxResults(max).getResultList()
                .stream().map(r -> new OpenInvoice((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                        (String) r[3])).toList();
    }

    public List<Invoice> cardPayable(long billingAccountId) {
        return em.createQuery("select i from Invoice i where i.billingAccountId = :a and i.status <> :paid "
                        + "and i.billingMonth = :m order by i.id", Invoice.class).setParameter("a", billingAccountId)
                .setParameter("paid", InvoiceStatus.PAID)
                .setParameter("m", YearMonth.now(clock).toString()).getResultList();
    }

    /** The billing months the account has invoices for, newest first. */
    public List<String> monthsOf(long billingAccountId) {
        return em.createQuery("select distinct i.billingMonth from Invoice i where i.billingAccountId = :a "
                + "order by i.billingMonth desc", String.class).setParameter("a", billingAccountId).getResultList();
    }

    /** One of the account's invoices; another account's is answered like a missing one. */
    public Invoice invoiceOf(long billingAccountId, long invoiceId) {
        Invoice i = em.find(Invoice.class, invoiceId);
        if (i == null || i.getBillingAccountId() != billingAccountId) {
            throw new BillingException(ErrorCode.INVOICE_NOT_FOUND, "no invoice " + invoiceId);
        }
        return i;
    }

    /** The invoice payment (or card cancel row) an attempt booked, by the attempt's key (unique). */
    public java.util.Optional<InvoicePayment> paymentOfAttempt(long attemptId) {
        return em.createQuery("select p from InvoicePayment p where p.attemptId = :a", InvoicePayment.class)
                .setParameter("a", attemptId).getResultStream().findFirst();
    }

    /** BP-INV-3: the payments applied to an invoice (card, transfer, card cancels), oldest first. */
    public List<InvoicePayment> paymentsOf(long invoiceId) {
        return em.createQuery("select p from InvoicePayment p where p.invoiceId = :i order by p.id", InvoicePayment.class)
                .setParameter("i", invoiceId).getResultList();
    }
}
