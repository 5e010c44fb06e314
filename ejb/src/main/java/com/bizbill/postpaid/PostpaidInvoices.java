package com.bizbill.postpaid;

import com.bizbill.identity.Member;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.PaymentType;
import com.bizbill.identity.Role;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import com.bizbill.ordering.CouponOrder;
import com.bizbill.ordering.CouponStatus;
import com.bizbill.ordering.OrderCoupon;
import com.bizbill.ordering.OrderException;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.i18n.Formats;
import com.bizbill.shared.mail.MailMessage;
import com.bizbill.shared.mail.MailSender;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Issue 24 §3, CB-PST-2, CB-PST-3: postpaid invoices. On the 1st each company with postpaid coupons issued in the month
 * before (whenever ordered; never-issued ones are not billed) or cancellations carried over gets one invoice: billed =
 * settled − carried-over cancellations. The receivable already holds the money (orders post money in flight → the
 * receivable, failures and refunds take it back), so the invoice posts nothing; staff's adjustment posts its own
 * entry, and the payment moves the billed amount from the receivable to cash. A coupon discarded after its month was
 * invoiced is carried over to the next invoice instead of going back to a credit line that is closed.
 */
@Stateless
public class PostpaidInvoices {

    private static final Logger LOG = Logger.getLogger(PostpaidInvoices.class.getName());
    /** CB-PST-2: the master sees the last three months. */
    public static final int MONTHS_SHOWN = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    AuditLog audit;

    @Inject
    CallContext callContext;

    @Inject
    MailSender mail;

    @Inject
    Clock clock;

    /** An invoice with its company's name, for the lists. */
    public record View(PostpaidInvoice invoice, String company) {
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** Companies to invoice for {@code month}: postpaid coupons issued in it, or carry-overs waiting; after an id. */
    public List<Long> toInvoice(YearMonth month, Long after, int max) {
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>(issuedIn(month, after, max));
        ids.addAll(em.createQuery("select distinct c.organisationId from PostpaidCarryOver c where c.invoiceId is null "
                        + "and c.organisationId > :after and not exists (select i from PostpaidInvoice i "
                        + "where i.organisationId = c.organisationId and i.month = :m) order by c.organisationId", Long.class)
                .setParameter("after", after == null ? 0L : after).setParameter("m", month.toString()).setMaxResults(max)
                .getResultList());
        return ids.stream().limit(max).toList();
    }

    private List<Long> issuedIn(YearMonth month, Long after, int max) {
        return em.createQuery("select distinct o.organisationId from CouponOrder o where o.paymentType = :p "
                        + "and o.organisationId > :after and exists (select c from OrderCoupon c where c.orderId = o.id "
                        + "and c.status = :issued and c.settledAt >= :from and c.settledAt < :to) "
                        + "and not exists (select i from PostpaidInvoice i where i.organisationId = o.organisationId "
                        + "and i.month = :m) order by o.organisationId", Long.class)
                .setParameter("p", PaymentType.POSTPAID).setParameter("after", after == null ? 0L : after)
                .setParameter("issued", CouponStatus.ISSUED).setParameter("from", start(month))
                .setParameter("to", start(month.plusMonths(1))).setParameter("m", month.toString())
                .setMaxResults(max).getResultList();
    }

    /**
     * CB-PST-2: the company's invoice for {@code month}, issued once (a second run finds it); the master is mailed.
     * Empty when there is nothing to bill.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<PostpaidInvoice> issue(long organisationId, YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock))) { // a month that is not over is not invoiced (see PostpaidJobs)
            throw OrderException.of(ErrorCode.VALIDATION_FAILED, "month", "postpaid.month.notOver", month.toString());
        }
        // the company row is the lock a discard takes too (CouponDiscardSteps): a discard is before or after the invoice
        Organisation org = em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
        Optional<PostpaidInvoice> earlier = find(organisationId, month);
        if (org == null || earlier.isPresent()) {
            return earlier;
        }
        Map<Long, Long> settledByOrder = new HashMap<>();
        for (Object[] row : em.createQuery("select c.orderId, sum(c.price) from OrderCoupon c, CouponOrder o "
                        + "where o.id = c.orderId and o.organisationId = :org and o.paymentType = :p and c.status = :issued "
                        + "and c.settledAt >= :from and c.settledAt < :to group by c.orderId", Object[].class)
                .setParameter("org", organisationId).setParameter("p", PaymentType.POSTPAID)
                .setParameter("issued", CouponStatus.ISSUED).setParameter("from", start(month))
                .setParameter("to", start(month.plusMonths(1))).getResultList()) {
            settledByOrder.put((Long) row[0], ((Number) row[1]).longValue());
        }
        List<PostpaidCarryOver> carried = em.createQuery("select c from PostpaidCarryOver c where c.organisationId = :o "
                + "and c.invoiceId is null", PostpaidCarryOver.class).setParameter("o", organisationId).getResultList();
        if (settledByOrder.isEmpty() && carried.isEmpty()) {
            return Optional.empty();
        }
        long settled = settledByOrder.values().stream().mapToLong(Long::longValue).sum();
        // CB-PST-3: cancellations are deducted up to what is settled; the rest waits for a later invoice
        List<PostpaidCarryOver> deducted = new java.util.ArrayList<>();
        long carriedOver = 0;
        for (PostpaidCarryOver c : carried) {
            if (carriedOver + c.getAmount() <= settled) {
                carriedOver += c.getAmount();
                deducted.add(c);
            }
        }
        if (settled == 0) {
            return Optional.empty(); // nothing issued this month: cancellations wait for a month with something to bill
        }
        PostpaidInvoice invoice = new PostpaidInvoice(organisationId, month.toString(), settled, carriedOver,
                clock.instant());
        em.persist(invoice);
        em.flush();
        deducted.forEach(c -> c.deductedOn(invoice.getId()));
        if (!settledByOrder.isEmpty()) {
            for (CouponOrder o : em.createQuery("select o from CouponOrder o where o.id in :ids order by o.placedAt, o.id",
                    CouponOrder.class).setParameter("ids", settledByOrder.keySet()).getResultList()) {
                em.persist(new PostpaidInvoiceLine(invoice.getId(), o.getId(), o.getNumber(), o.getName(),
                        o.getPlacedAt(), o.getFinalAmount(), settledByOrder.get(o.getId())));
            }
        }
        audit.record("POSTPAID_INVOICE_ISSUED", "ORGANISATION", organisationId, organisationId, null,
                invoice.number() + " " + invoice.getBilled() + " won");
        mailMaster(org, invoice);
        return Optional.of(invoice);
    }

    /** Staff set the billed amount with a reason: audited, and the difference posted against coupon sales. */
    public PostpaidInvoice adjust(long invoiceId, long billed, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw OrderException.of(ErrorCode.VALIDATION_FAILED, "reason", "postpaid.adjust.reason");
        }
        PostpaidInvoice i = locked(invoiceId);
        if (i.getStatus() != PostpaidInvoiceStatus.ISSUED) {
            throw OrderException.of(ErrorCode.CONFLICT, "billed", "postpaid.adjust.paid");
        }
        long before = i.getBilled();
        if (billed == before && reason.strip().equals(i.getAdjustmentReason())) {
            return i; // the same adjustment submitted again
        }
        long change;
        try {
            change = i.adjustTo(billed, reason.strip());
        } catch (IllegalArgumentException e) {
            throw OrderException.of(ErrorCode.VALIDATION_FAILED, "billed", "postpaid.adjust.negative");
        }
        if (change != 0) { // the receivable follows the billed amount; coupon sales take the other side
            ledger.post(new PostEntryCommand("POSTPAID_ADJUSTMENT", "postpaid-adjust-" + i.getId() + "-" + i.getBilled()
                    + "-" + clock.millis(), "후불 청구 조정 " + i.number(), List.of(
                    new PostEntryCommand.Line(LedgerAccounts.postpaidReceivable(i.getOrganisationId()), change),
                    new PostEntryCommand.Line(LedgerAccounts.OPERATOR_COUPON_SALES, -change))));
        }
        audit.record("POSTPAID_INVOICE_ADJUSTED", "ORGANISATION", i.getOrganisationId(), i.getOrganisationId(),
                String.valueOf(before), i.getBilled() + " (" + reason.strip() + ")");
        return i;
    }

    /** Paid (staff, or a matched bank deposit): the billed amount moves from the receivable to cash, once. */
    public PostpaidInvoice markPaid(long invoiceId) {
        PostpaidInvoice i = locked(invoiceId);
        if (i.getStatus() == PostpaidInvoiceStatus.PAID) {
            return i;
        }
        i.paid(clock.instant(), callContext.actorName());
        if (i.getBilled() > 0) {
            ledger.post(new PostEntryCommand("POSTPAID_PAYMENT", "postpaid-paid-" + i.getId(), "후불 납부 " + i.number(),
                    List.of(new PostEntryCommand.Line(LedgerAccounts.OPERATOR_CASH, i.getBilled()),
                            new PostEntryCommand.Line(LedgerAccounts.postpaidReceivable(i.getOrganisationId()),
                                    -i.getBilled()))));
        }
        audit.record("POSTPAID_INVOICE_PAID", "ORGANISATION", i.getOrganisationId(), i.getOrganisationId(),
                PostpaidInvoiceStatus.ISSUED.name(), i.number());
        return i;
    }

    /**
     * CB-PST-3: whether a postpaid coupon's issue month is invoiced already: then its discard is carried over to the
     * next invoice (and the receivable falls now) instead of going back to that month's credit.
     */
    public boolean invoiced(long organisationId, Instant issuedAt) {
        return find(organisationId, YearMonth.from(issuedAt.atZone(clock.getZone()))).isPresent();
    }

    /** Records the carried-over cancellation of a discarded coupon and lowers the receivable by its price. */
    public void carryOver(long organisationId, OrderCoupon coupon, String reference, String description) {
        em.persist(new PostpaidCarryOver(organisationId, coupon.getId(), coupon.getPrice(), clock.instant()));
        ledger.post(new PostEntryCommand("POSTPAID_CARRY_OVER", reference, description, List.of(
                new PostEntryCommand.Line(LedgerAccounts.postpaidReceivable(organisationId), -coupon.getPrice()),
                new PostEntryCommand.Line(LedgerAccounts.OPERATOR_COUPON_SALES, coupon.getPrice()))));
    }

    /** CB-PST-2: the master's last three months' invoices, newest first (a sub-member has none to see). */
    public List<PostpaidInvoice> recent(long memberId) {
        Member m = em.find(Member.class, memberId);
        if (m == null || m.getRole() != Role.MASTER) {
            throw new OrderException(ErrorCode.FORBIDDEN, "postpaid invoices are the master's");
        }
        YearMonth from = YearMonth.now(clock).minusMonths(MONTHS_SHOWN);
        return em.createQuery("select i from PostpaidInvoice i where i.organisationId = :o and i.month >= :from "
                        + "order by i.month desc", PostpaidInvoice.class).setParameter("o", m.getOrganisation().getId())
                .setParameter("from", from.toString()).getResultList();
    }

    /** The master's own company's invoice; another's is not found. */
    public PostpaidInvoice own(long memberId, long invoiceId) {
        Member m = em.find(Member.class, memberId);
        PostpaidInvoice i = em.find(PostpaidInvoice.class, invoiceId);
        if (m == null || m.getRole() != Role.MASTER || i == null
                || i.getOrganisationId() != m.getOrganisation().getId()) {
            throw new OrderException(ErrorCode.POSTPAID_INVOICE_NOT_FOUND, "no invoice " + invoiceId);
        }
        return i;
    }

    /** The master prints the document with the transaction date it needs (a real date, at most a year ahead). */
    public PostpaidInvoice setTransactionDate(long memberId, long invoiceId, LocalDate date) {
        PostpaidInvoice i = own(memberId, invoiceId);
        if (date == null || date.isAfter(LocalDate.now(clock).plusYears(1)) || date.isBefore(LocalDate.of(2000, 1, 1))) {
            throw OrderException.of(ErrorCode.VALIDATION_FAILED, "transactionDate", "postpaid.transactionDate");
        }
        i.transactionDate(date);
        return i;
    }

    public List<PostpaidInvoiceLine> lines(long invoiceId) {
        return em.createQuery("select l from PostpaidInvoiceLine l where l.invoiceId = :i order by l.orderedAt, l.id",
                PostpaidInvoiceLine.class).setParameter("i", invoiceId).getResultList();
    }

    /** Staff's list: every company's invoices of a month, newest company first. */
    public List<View> ofMonth(YearMonth month) {
        return em.createQuery("select i, o.name from PostpaidInvoice i, Organisation o where o.id = i.organisationId "
                        + "and i.month = :m order by o.name", Object[].class).setParameter("m", month.toString())
                .getResultList().stream().map(r -> new View((PostpaidInvoice) r[0], (String) r[1])).toList();
    }

    public Optional<PostpaidInvoice> find(long organisationId, YearMonth month) {
        return em.createQuery("select i from PostpaidInvoice i where i.organisationId = :o and i.month = :m",
                        PostpaidInvoice.class).setParameter("o", organisationId).setParameter("m", month.toString())
                .getResultStream().findFirst();
    }

    private PostpaidInvoice locked(long invoiceId) {
        PostpaidInvoice i = em.find(PostpaidInvoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (i == null) {
            throw new OrderException(ErrorCode.POSTPAID_INVOICE_NOT_FOUND, "no invoice " + invoiceId);
        }
        return i;
    }

    private void mailMaster(Organisation org, PostpaidInvoice i) {
        List<Member> masters = em.createQuery("select m from Member m where m.organisation.id = :o and m.role = :r",
                Member.class).setParameter("o", org.getId()).setParameter("r", Role.MASTER).getResultList();
        for (Member m : masters) {
            String to = m.getEmail() != null ? m.getEmail() : m.getLoginId();
            try {
                mail.send(new MailMessage(to, "[Bizbill] " + i.getMonth() + " 후불 청구서 / Postpaid invoice",
                        org.getName() + "의 " + i.getMonth() + " 후불 청구서(" + i.number() + ")가 발행되었습니다.\n"
                                + "정산 금액 " + Formats.KOREAN.won(i.getSettled()) + " − 이월 취소 "
                                + Formats.KOREAN.won(i.getCarriedOver()) + " = 청구 금액 "
                                + Formats.KOREAN.won(i.getBilled()) + "\n[결제 > 후불 납부 관리]에서 주문별 내역과 청구서를 "
                                + "내려받을 수 있습니다.\n\nThe postpaid invoice " + i.number() + " for " + i.getMonth()
                                + " is issued: " + i.getBilled() + " won."));
            } catch (RuntimeException e) {
                LOG.warning("postpaid invoice mail to " + to + " not sent: " + e.getMessage());
            }
        }
    }
}
