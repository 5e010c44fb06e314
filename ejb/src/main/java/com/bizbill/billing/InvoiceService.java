package com.bizbill.billing;

import com.bizbill.ledger.AccountType;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import com.bizbill.ledger.PostEntryCommand.Line;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
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
 * Invoices of the billing portal: the import from the operator's billing system (BP-INV-2),
 * idempotent by the source invoice number; the customer's inquiry (BP-INV-1); and the booking of
 * payments (BP-INV-3). Importing posts the receivable; a payment settles it from cash.
 */
@Stateless
public class InvoiceService {

    public static final String PAYMENT_PURPOSE = "INVOICE";
    /** BP-PAY-4 card cancels, as attempts (issue 13); the reference is the card payment's id. */
    public static final String CARD_CANCEL_PURPOSE = "INVOICE_CARD_CANCEL";
    static final String BILLING_REVENUE = "OP:BILLING-REVENUE";
    static final String VAT_PAYABLE = "OP:VAT-PAYABLE";

    @PersistenceContext
    EntityManager em;

    @Inject
    com.bizbill.shared.limits.BusinessLimits limits;

    @Inject
    LedgerService ledger;

    @Inject
    Clock clock;

    @Inject
    com.bizbill.shared.mail.MailSender mail;

    @Inject
    com.bizbill.billing.gateway.PaymentGateway gateway;

    @Inject
    com.bizbill.shared.audit.AuditLog audit;

    @Inject
    org.eclipse.microprofile.config.Config config;

    @Inject
    PaymentAttempts attempts;

    @Inject
    Payments payments;

    @Inject
    Overpayments overpayments;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

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
        List<String> problems = new java.util.ArrayList<>(data.problems(limits.invoice()));
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
        if (same(inv, data)) {
            return new ImportResult(number, Outcome.UNCHANGED, List.of());
        }
        if (inv.getPaidAmount() > 0 || inv.getTaxInvoiceNumber() != null) {
            // a re-sent invoice updates nothing already paid or taxed, and is reported (BP-INV-2)
            return new ImportResult(number, Outcome.ALREADY_PAID, List.of("paid invoices are not changed"));
        }
        long version = ledgerVersion(inv);
        postReceivable(account, inv, "INVOICE_REVERSED", "invoice-" + inv.getId() + "-v" + version + "-reversal", -1);
        inv.update(data, clock.instant());
        postReceivable(account, inv, "INVOICE_ISSUED", "invoice-" + inv.getId() + "-v" + (version + 1), 1);
        return new ImportResult(number, Outcome.UPDATED, List.of());
    }

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
                               String failureCode, String failureMessage, java.time.Instant at) {
    }

    public List<FailedCharge> failedCharges(int max) {
        List<PaymentAttempt> failed = em.createQuery("select a from PaymentAttempt a where a.purpose = :p "
                        + "and a.status = :f order by a.id desc", PaymentAttempt.class)
                .setParameter("p", PAYMENT_PURPOSE).setParameter("f", PaymentStatus.FAILED).setMaxResults(max * 3)
                .getResultList();
        List<FailedCharge> rows = new java.util.ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (PaymentAttempt a : failed) {
            Invoice inv = em.find(Invoice.class, Long.parseLong(a.getReference()));
            // the latest failure per invoice that is still unpaid
            if (inv == null || inv.getStatus() == InvoiceStatus.PAID || !seen.add(inv.getId()) || rows.size() >= max) {
                continue;
            }
            BillingAccount b = em.find(BillingAccount.class, inv.getBillingAccountId());
            rows.add(new FailedCharge(a.getId(), inv.getId(), inv.getNumber(), b.getName(), a.getAmount(),
                    a.getFailureCode(), a.getFailureMessage(), a.getCreatedAt()));
        }
        return rows;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** BP-PAY-5 with BP-PAY-2: the account's unpaid invoices a card may still pay (this billing month). */
    public List<Invoice> cardPayable(long billingAccountId) {
        return em.createQuery("select i from Invoice i where i.billingAccountId = :a and i.status <> :paid "
                        + "and i.billingMonth = :m order by i.id", Invoice.class).setParameter("a", billingAccountId)
                .setParameter("paid", InvoiceStatus.PAID)
                .setParameter("m", java.time.YearMonth.now(clock).toString()).getResultList();
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

    /** The invoice document as PDF (BP-INV-1, BP-PAY-1: a bill), for one of the account's invoices. */
    public byte[] pdf(long billingAccountId, long invoiceId) {
        Invoice inv = invoiceOf(billingAccountId, invoiceId);
        BillingAccount account = em.find(BillingAccount.class, billingAccountId);
        return InvoicePdf.render(inv, account.getName(), paymentsOf(invoiceId),
                com.bizbill.shared.pdf.OperatorDetails.fromConfig(config));
    }

    /**
     * BP-INV-1 "send me this invoice": mails the PDF to the contact address on file (BP-INV-4: staff
     * change it), never to an address typed by the user. Returns the address, masked for display.
     */
    public String mailInvoice(long billingAccountId, long invoiceId) {
        Invoice inv = invoiceOf(billingAccountId, invoiceId);
        BillingAccount account = em.find(BillingAccount.class, billingAccountId);
        mail.send(new com.bizbill.shared.mail.MailMessage(account.getContactEmail(),
                "[Bizbill] " + inv.getBillingMonth() + " 청구서 " + inv.getNumber(),
                account.getName() + " 담당자님, " + inv.getBillingMonth() + " 청구서를 첨부해 드립니다.\n합계 "
                        + String.format("%,d", inv.getTotal()) + "원 (부가세 포함), 납부기한 " + inv.getDueDate() + ".",
                List.of(new com.bizbill.shared.mail.MailMessage.Attachment("invoice-" + inv.getNumber() + ".pdf",
                        "application/pdf", pdf(billingAccountId, invoiceId)))));
        return mask(account.getContactEmail());
    }

    static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? email : email.charAt(0) + "***" + email.substring(at);
    }

    public List<InvoicePayment> paymentsOf(long invoiceId) {
        return em.createQuery("select p from InvoicePayment p where p.invoiceId = :i order by p.id", InvoicePayment.class)
                .setParameter("i", invoiceId).getResultList();
    }

    /**
     * Books a decided invoice payment in the transaction that decided it (BP-INV-3): the invoice's
     * balance goes down and cash settles the receivable. A decline changes nothing here. A confirmed card
     * payment the invoice can no longer take (paid another way meanwhile, or more than its balance) is held
     * as an overpayment for staff to refund, instead of failing the decision (issue 13).
     */
    public void onPaymentDecided(@Observes PaymentDecided d) {
        if (CARD_CANCEL_PURPOSE.equals(d.purpose())) {
            if (d.succeeded()) {
                bookCardCancel(Long.parseLong(d.reference()), d.amount(), d.attemptId());
            }
            return;
        }
        if (!PAYMENT_PURPOSE.equals(d.purpose()) || !d.succeeded()) {
            return;
        }
        long invoiceId = Long.parseLong(d.reference());
        Invoice inv = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        String reference = "attempt-" + d.attemptId();
        if (inv != null && !isApplied(invoiceId, reference) && d.amount() > inv.balance()) {
            overpayments.hold(d, "invoice " + inv.getNumber() + " balance " + inv.balance() + " ("
                    + inv.getStatus() + "): the card payment of " + d.amount() + " cannot be applied");
            return;
        }
        applyPayment(invoiceId, "CARD", d.amount(), reference);
    }

    private boolean isApplied(long invoiceId, String reference) {
        return em.createQuery("select count(p) from InvoicePayment p where p.invoiceId = :i "
                + "and p.reference = :r", Long.class).setParameter("i", invoiceId).setParameter("r", reference)
                .getSingleResult() > 0;
    }

    /** Applies a payment to an invoice once per reference (a repeat of the same reference changes nothing). */
    public void applyPayment(long invoiceId, String method, long amount, String reference) {
        Invoice inv = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (isApplied(invoiceId, reference)) {
            return;
        }
        inv.pay(amount);
        em.persist(new InvoicePayment(invoiceId, method, amount, reference, clock.instant()));
        BillingAccount account = em.find(BillingAccount.class, inv.getBillingAccountId());
        ledger.post(new PostEntryCommand("INVOICE_PAID", "invoice-" + invoiceId + "-" + reference,
                "청구서 " + inv.getNumber() + " 결제 (" + method + ")",
                List.of(new Line(com.bizbill.ledger.LedgerAccounts.OPERATOR_CASH, amount),
                        new Line(receivableOf(account), -amount))));
    }

    /**
     * BP-PAY-4: staff cancel a card payment of an invoice, whole or in part, only within its billing
     * month. Issue 13: the cancel is an attempt, committed before the gateway is called, with its own
     * idempotency key; the invoice owes the amount again and the ledger reverses the payment only once the
     * gateway confirmed the refund, in the transaction that records it. A refusal by the gateway changes
     * nothing; a lost answer or a failed booking is {@code PAYMENT_CANCEL_PENDING} and is finished by
     * reconciliation (never by cancelling again).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InvoicePayment cancelCardPayment(long invoicePaymentId, Long amountOrNullForAll) {
        PaymentAttempt a = context.getBusinessObject(InvoiceService.class)
                .openCardCancel(invoicePaymentId, amountOrNullForAll);
        PaymentAttempt done = payments.cancel(a);
        if (done.getStatus() == PaymentStatus.FAILED) {
            throw new BillingException(ErrorCode.PAYMENT_DECLINED, "gateway refused the cancel: " + done.getFailureCode());
        }
        if (done.getStatus() != PaymentStatus.SUCCEEDED) {
            throw new BillingException(ErrorCode.PAYMENT_CANCEL_PENDING, "cancel " + done.idempotencyKey() + " is "
                    + done.getStatus() + (done.isNeedsStaff() ? " (" + done.getStaffReason() + ")" : "")
                    + "; reconciliation settles it");
        }
        return em.createQuery("select c from InvoicePayment c where c.reference = :r", InvoicePayment.class)
                .setParameter("r", cancelReference(invoicePaymentId, done.getId())).getSingleResult();
    }

    /** The card cancel's attempt (BP-PAY-4 checked), committed on its own before the gateway is called. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PaymentAttempt openCardCancel(long invoicePaymentId, Long amountOrNullForAll) {
        InvoicePayment p = em.find(InvoicePayment.class, invoicePaymentId);
        if (p == null || !"CARD".equals(p.getMethod()) || p.getAmount() <= 0 || !p.getReference().startsWith("attempt-")) {
            throw new BillingException(ErrorCode.INVOICE_PAYMENT_NOT_FOUND, "no card payment " + invoicePaymentId);
        }
        Invoice inv = em.find(Invoice.class, p.getInvoiceId(), LockModeType.PESSIMISTIC_WRITE);
        if (!BillingCalendar.cardCancellable(inv.billingMonth(), java.time.LocalDate.now(clock))) {
            throw new BillingException(ErrorCode.INVOICE_CARD_CLOSED, "BP-PAY-4: card payments of "
                    + inv.getBillingMonth() + " can no longer be cancelled");
        }
        if (attempts.anyOpen(CARD_CANCEL_PURPOSE, String.valueOf(p.getId()))) {
            throw new BillingException(ErrorCode.PAYMENT_CANCEL_IN_PROGRESS, "a cancel of card payment " + p.getId()
                    + " is still being settled");
        }
        long cancelledBefore = cancelledOf(p);
        long amount = amountOrNullForAll == null ? p.getAmount() - cancelledBefore : amountOrNullForAll;
        if (amount <= 0 || amount > p.getAmount() - cancelledBefore) {
            throw new BillingException(ErrorCode.INVOICE_CANCEL_EXCEEDS_PAYMENT, "up to " + (p.getAmount() - cancelledBefore),
                    List.of(new BizbillException.FieldError("amount", "invoices.cancel.amount")));
        }
        PaymentAttempt charge = em.find(PaymentAttempt.class, Long.parseLong(p.getReference().substring(8)));
        PaymentAttempt a = attempts.openCancel(CARD_CANCEL_PURPOSE, String.valueOf(p.getId()), amount,
                charge.getPaymentKey());
        audit.record("INVOICE_CARD_CANCEL_REQUESTED", "INVOICE", inv.getId(),
                em.find(BillingAccount.class, inv.getBillingAccountId()).getOrganisation().getId(), null,
                "amount=" + amount + ", attempt=" + a.getId());
        return a;
    }

    private long cancelledOf(InvoicePayment p) {
        return -em.createQuery("select coalesce(sum(c.amount), 0) from InvoicePayment c "
                        + "where c.invoiceId = :i and c.reference like :r", Long.class).setParameter("i", p.getInvoiceId())
                .setParameter("r", "cancel-" + p.getId() + "-%").getSingleResult();
    }

    private static String cancelReference(long invoicePaymentId, long attemptId) {
        return "cancel-" + invoicePaymentId + "-attempt-" + attemptId;
    }

    /** The gateway refunded a card cancel: the invoice owes it again and the ledger reverses it (once per attempt). */
    private void bookCardCancel(long invoicePaymentId, long amount, long attemptId) {
        InvoicePayment p = em.find(InvoicePayment.class, invoicePaymentId);
        Invoice inv = em.find(Invoice.class, p.getInvoiceId(), LockModeType.PESSIMISTIC_WRITE);
        String reference = cancelReference(invoicePaymentId, attemptId);
        if (isApplied(inv.getId(), reference)) {
            return;
        }
        inv.unpay(amount);
        em.persist(new InvoicePayment(inv.getId(), "CARD", -amount, reference, clock.instant()));
        BillingAccount account = em.find(BillingAccount.class, inv.getBillingAccountId());
        ledger.post(new PostEntryCommand("INVOICE_PAYMENT_CANCELLED", "invoice-" + inv.getId() + "-" + reference,
                "청구서 " + inv.getNumber() + " 카드 결제 취소", List.of(new Line(receivableOf(account), amount),
                        new Line(com.bizbill.ledger.LedgerAccounts.OPERATOR_CASH, -amount))));
        audit.record("INVOICE_CARD_PAYMENT_CANCELLED", "INVOICE", inv.getId(),
                account.getOrganisation().getId(), null, "amount=" + amount + ", attempt=" + attemptId);
    }

    private void postReceivable(BillingAccount account, Invoice inv, String type, String reference, int sign) {
        String ar = receivableOf(account);
        ledger.openAccount(ar, account.getName() + " 청구 미수금", AccountType.ASSET, account.getOrganisation().getId());
        ledger.post(new PostEntryCommand(type, reference, "청구서 " + inv.getNumber() + " (" + inv.getBillingMonth() + ")",
                List.of(new Line(ar, sign * inv.getTotal()), new Line(BILLING_REVENUE, -sign * inv.getSupply()),
                        new Line(VAT_PAYABLE, -sign * inv.getVat()))));
    }

    private long ledgerVersion(Invoice inv) {
        return em.createQuery("select count(e) from JournalEntry e where e.reference like :r and e.entryType = "
                + "'INVOICE_ISSUED'", Long.class).setParameter("r", "invoice-" + inv.getId() + "-v%").getSingleResult();
    }

    static String receivableOf(BillingAccount account) {
        return "BA:" + account.getId() + ":RECEIVABLE";
    }

    private static boolean same(Invoice i, InvoiceData d) {
        return i.getBillingMonth().equals(d.billingMonth().toString()) && i.getIssueDate().equals(d.issueDate())
                && i.getDueDate().equals(d.dueDate()) && i.getSupply() == d.supply() && i.getVat() == d.vat()
                && i.getTotal() == d.total() && i.getLines().size() == d.lines().size();
    }

    private Optional<Invoice> byNumber(String number) {
        return em.createQuery("select i from Invoice i where i.number = :n", Invoice.class).setParameter("n", number)
                .getResultStream().findFirst();
    }
}
