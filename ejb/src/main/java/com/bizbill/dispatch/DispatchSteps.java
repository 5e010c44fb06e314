package com.bizbill.dispatch;

import com.bizbill.catalog.CouponSupplier;
import com.bizbill.catalog.Product;
import com.bizbill.identity.PaymentType;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import com.bizbill.messaging.AlimtalkTemplate;
import com.bizbill.messaging.MessageType;
import com.bizbill.ordering.CouponOrder;
import com.bizbill.ordering.CouponStatus;
import com.bizbill.ordering.OrderCoupon;
import com.bizbill.ordering.OrderItem;
import com.bizbill.ordering.OrderMessages;
import com.bizbill.ordering.OrderProgress;
import com.bizbill.ordering.OrderException;
import com.bizbill.ordering.OrderRecipient;
import com.bizbill.ordering.OrderStatus;
import com.bizbill.ordering.SendStatus;
import com.bizbill.wallet.CreditService;
import com.bizbill.wallet.WalletService;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * The committed steps of dispatch (issue 21), each in a transaction of its own, so that what was written before an
 * outside call survives the call whatever happens to it: the coupon rows before the supplier is asked, the message's
 * reference before the gateway is. Money moves per chunk (one ledger entry for the coupons issued, one wallet line for
 * what goes back), not per recipient.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DispatchSteps {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PUBLIC_URL_KEY = "bizbill.public-url";

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    WalletService wallets;

    @Inject
    CreditService credit;

    @Inject
    com.bizbill.ordering.OrderQueries orderQueries;

    @Inject
    com.bizbill.shared.audit.AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Config config;

    /** The order by number, moved to SENDING if it was still reserved; null when there is nothing to send. */
    public CouponOrder begin(String number) {
        CouponOrder o = em.createQuery("select o from CouponOrder o where o.number = :n", CouponOrder.class)
                .setParameter("n", number).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElse(null);
        if (o == null || o.getStatus() == OrderStatus.RESERVATION_CANCELLED || o.getStatus() == OrderStatus.COMPLETED) {
            return null;
        }
        o.startSending(clock.instant()); // CB-DSP-2: RESERVED → SENDING (a cancel waits for this lock)
        return o;
    }

    /**
     * Takes the recipients (IN_PROGRESS, their coupon-page token made once) and writes one coupon row per product and
     * recipient that has none yet, before any supplier call. Returns the coupons still to settle.
     */
    public List<Long> prepare(long orderId, List<Long> recipientIds) {
        if (em.find(CouponOrder.class, orderId).getType() == com.bizbill.catalog.QuotePricing.Kind.SELECTABLE) {
            // issue 22 §2, CB-DSP-4: a selectable order's recipients get the message first; the gift each chooses
            // is issued then (GiftChoices): nothing is issued now (issuing every product would exceed what was paid)
            for (OrderRecipient r : recipients(recipientIds)) {
                if (r.getSendStatus() == null) {
                    r.start(token());
                }
            }
            return List.of();
        }
        List<OrderItem> items = em.createQuery("select i from OrderItem i where i.orderId = :o order by i.position",
                OrderItem.class).setParameter("o", orderId).getResultList();
        Map<Long, String> goodsCodes = new HashMap<>();
        for (OrderItem i : items) {
            goodsCodes.put(i.getId(), em.find(Product.class, i.getProductId()).getSupplierCode());
        }
        // read by the recipient index only: another partition's uncommitted coupons are never in the way (a scan of
        // ORDER_COUPON after our inserts deadlocked two partitions on Derby)
        Set<String> existing = new HashSet<>();
        List<Long> issuing = new ArrayList<>();
        for (OrderCoupon c : em.createQuery("select c from OrderCoupon c where c.recipientId in :r", OrderCoupon.class)
                .setParameter("r", recipientIds).getResultList()) {
            existing.add(c.getRecipientId() + ":" + c.getItemId());
            if (c.getStatus() == CouponStatus.ISSUING) {
                issuing.add(c.getId());
            }
        }
        List<OrderCoupon> created = new ArrayList<>();
        for (OrderRecipient r : recipients(recipientIds)) {
            if (r.getSendStatus() == null) {
                r.start(token());
            }
            if (r.getSendStatus() != SendStatus.IN_PROGRESS) {
                continue;
            }
            for (OrderItem i : items) {
                if (!existing.contains(r.getId() + ":" + i.getId())) {
                    OrderCoupon c = new OrderCoupon(orderId, r.getId(), i.getId(), goodsCodes.get(i.getId()),
                            i.getValidityDays(), i.getSalePrice());
                    em.persist(c);
                    created.add(c);
                }
            }
        }
        em.flush();
        created.forEach(c -> issuing.add(c.getId()));
        issuing.sort(null);
        return issuing;
    }

    /**
     * A coupon about to be asked for: {@code earlier} when it was asked for before (a killed or paused run): only a
     * look-up settles it then.
     */
    public record Attempt(long couponId, CouponSupplier.IssueRequest request, boolean earlier) {
    }

    /**
     * What the supplier is asked for, after noting that it is asked (from now on only a look-up settles it); the
     * earlier attempt if it was asked for before; null when the coupon is no longer being issued. One transaction
     * reads and marks it (issue 21: the dispatch's transactions per coupon are what bounds its speed).
     */
    public Attempt attempt(long couponId) {
        OrderCoupon c = em.find(OrderCoupon.class, couponId, LockModeType.PESSIMISTIC_WRITE);
        if (c.getStatus() != CouponStatus.ISSUING) {
            return null;
        }
        boolean earlier = c.isAttempted();
        if (!earlier) {
            c.attempt(clock.instant());
        }
        return new Attempt(couponId, new CouponSupplier.IssueRequest(c.transactionId(), c.getGoodsCode(),
                c.getValidityDays()), earlier);
    }

    /**
     * The supplier's answers of a chunk, written at once. A run killed before this is safe: the coupons are marked as
     * asked, so the next run adopts them by look-up.
     */
    public void issuedAll(Map<Long, CouponSupplier.IssuedCoupon> answers) {
        Instant now = clock.instant();
        for (var a : answers.entrySet()) {
            OrderCoupon c = em.find(OrderCoupon.class, a.getKey(), LockModeType.PESSIMISTIC_WRITE);
            if (c.getStatus() == CouponStatus.ISSUING) {
                c.issued(a.getValue().pin(), a.getValue().supplierOrderNo(), a.getValue().validUntil(), now);
            }
        }
    }

    /** The supplier refused before issuing anything (a temporary refusal): the coupon may be asked for again. */
    public void notIssued(long couponId) {
        em.find(OrderCoupon.class, couponId, LockModeType.PESSIMISTIC_WRITE).askAgain();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CouponOrder byNumber(String number) {
        return em.createQuery("select o from CouponOrder o where o.number = :n", CouponOrder.class)
                .setParameter("n", number).getResultStream().findFirst().orElse(null);
    }

    /** Whether the coupon was first asked for before {@code instant}. */
    public boolean attemptedBefore(long couponId, Instant instant) {
        return em.createQuery("select count(c) from OrderCoupon c where c.id = :id and c.attemptedAt < :t", Long.class)
                .setParameter("id", couponId).setParameter("t", instant).getSingleResult() > 0;
    }

    /**
     * Issue 22 §5, CB-DSP-5: the recipient's message again, with the same coupons and link, its new reference written
     * before the call: only the organisation's order (a member: its own, or any as the master), only after success or
     * failure, at most three times; audited. Null when {@code key} is the last resend's (a repeated click or call).
     */
    public Outgoing resend(long organisationId, Long memberId, String number, long recipientId, String key) {
        CouponOrder o = em.createQuery("select o from CouponOrder o where o.number = :n", CouponOrder.class)
                .setParameter("n", number).getResultStream().findFirst()
                .filter(x -> x.getOrganisationId() == organisationId).orElseThrow(() -> new OrderException(
                        ErrorCode.ORDER_NOT_FOUND, "no order " + number));
        if (memberId != null) {
            com.bizbill.identity.Member m = em.find(com.bizbill.identity.Member.class, memberId);
            if (m == null || m.getRole() != com.bizbill.identity.Role.MASTER && o.getMemberId() != memberId) {
                throw new OrderException(ErrorCode.ORDER_NOT_FOUND, "no order " + number);
            }
        }
        OrderRecipient r = em.find(OrderRecipient.class, recipientId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.getOrderId() != o.getId()) {
            throw new OrderException(ErrorCode.ORDER_NOT_FOUND, "no recipient " + recipientId + " in " + number);
        }
        if (r.isLastResend(key)) {
            return null;
        }
        if (!r.mayResend()) {
            throw new OrderException(ErrorCode.RESEND_NOT_ALLOWED, "recipient " + recipientId + " is "
                    + r.getSendStatus() + " after " + r.getResendCount() + " resends");
        }
        String ref = "CPN-" + r.getId() + "-S" + (r.getResendCount() + 1);
        r.resend(ref, key, clock.instant());
        audit.record("ORDER_RECIPIENT_RESENT", "ORDER", o.getNumber(), o.getOrganisationId(), null,
                "recipient " + r.getSeq() + " (" + r.getResendCount() + "/" + OrderRecipient.MAX_RESENDS + ")");
        AlimtalkTemplate template = em.find(AlimtalkTemplate.class, o.getTemplateId());
        return new Outgoing(r.getId(), MessageType.ALIMTALK, r.getMobile(), null, text(o, template, r),
                template.getTemplateCode(), ref);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OrderRecipient recipient(long recipientId) {
        return em.find(OrderRecipient.class, recipientId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CouponOrder order(long orderId) {
        return em.find(CouponOrder.class, orderId);
    }

    public OrderCoupon coupon(long couponId) {
        return em.find(OrderCoupon.class, couponId);
    }

    public void issued(long couponId, CouponSupplier.IssuedCoupon issued) {
        OrderCoupon c = em.find(OrderCoupon.class, couponId, LockModeType.PESSIMISTIC_WRITE);
        if (c.getStatus() == CouponStatus.ISSUING) {
            c.issued(issued.pin(), issued.supplierOrderNo(), issued.validUntil(), clock.instant());
        }
    }

    public void issueFailed(long couponId, String why) {
        OrderCoupon c = em.find(OrderCoupon.class, couponId, LockModeType.PESSIMISTIC_WRITE);
        if (c.getStatus() == CouponStatus.ISSUING) {
            c.issueFailed(why, clock.instant());
        }
    }

    /** Issued coupons of recipients that cannot be served (another of their coupons failed): to discard. */
    public List<Long> toDiscard(List<Long> recipientIds) {
        return em.createQuery("select c.id from OrderCoupon c where c.recipientId in :r and c.status = :issued and "
                        + "exists (select f from OrderCoupon f where f.recipientId = c.recipientId and f.status = :failed)",
                        Long.class).setParameter("r", recipientIds).setParameter("issued", CouponStatus.ISSUED)
                .setParameter("failed", CouponStatus.ISSUE_FAILED).getResultList();
    }

    public void discarded(long couponId) {
        OrderCoupon c = em.find(OrderCoupon.class, couponId, LockModeType.PESSIMISTIC_WRITE);
        if (c.getStatus() == CouponStatus.ISSUED) {
            c.discarded(clock.instant());
        }
    }

    /** A message to hand to the gateway: its reference is already written. */
    public record Outgoing(long recipientId, MessageType type, String to, String from, String text, String templateCode,
                           String reference) {
    }

    /**
     * Settles the recipients whose coupons are all answered, in one transaction: one with a coupon that failed (and its
     * others discarded) is ERROR and its price goes back (CB-DSP-3); one with every coupon issued has its price moved
     * from money in flight to coupon sales and its Alimtalk's reference written. Returns the messages to send.
     */
    public List<Outgoing> settle(long orderId, List<Long> recipientIds) {
        CouponOrder o = em.find(CouponOrder.class, orderId);
        Map<Long, List<OrderCoupon>> byRecipient = new HashMap<>();
        for (OrderCoupon c : em.createQuery("select c from OrderCoupon c where c.recipientId in :r", OrderCoupon.class)
                .setParameter("r", recipientIds).getResultList()) {
            byRecipient.computeIfAbsent(c.getRecipientId(), k -> new ArrayList<>()).add(c);
        }
        AlimtalkTemplate template = em.find(AlimtalkTemplate.class, o.getTemplateId());
        boolean selectable = o.getType() == com.bizbill.catalog.QuotePricing.Kind.SELECTABLE;
        Instant now = clock.instant();
        long issuedValue = 0;
        long refund = 0;
        long refundCashable = 0;
        java.util.Set<Long> cashableItems = new java.util.HashSet<>(em.createQuery("select i.id from OrderItem i "
                + "where i.orderId = :o and i.cashable = true", Long.class).setParameter("o", orderId).getResultList());
        int errors = 0;
        Long firstSettled = null; // each recipient settles once: the first of this call names its entries uniquely
        List<Outgoing> out = new ArrayList<>();
        for (OrderRecipient r : recipients(recipientIds)) {
            List<OrderCoupon> coupons = byRecipient.getOrDefault(r.getId(), List.of());
            if (r.getSendStatus() != SendStatus.IN_PROGRESS || r.getMessageRef() != null) {
                continue; // not taken yet, or already settled
            }
            if (selectable) { // issue 22 §2: the message with the link to choose; the money stays in flight
                firstSettled = firstSettled == null ? r.getId() : firstSettled;
                String ref = "CPN-" + r.getId() + "-A";
                r.sending(MessageType.ALIMTALK, ref, now);
                out.add(new Outgoing(r.getId(), MessageType.ALIMTALK, r.getMobile(), null, text(o, template, r),
                        template.getTemplateCode(), ref));
                continue;
            }
            if (coupons.isEmpty() || coupons.stream().anyMatch(c -> c.getStatus() == CouponStatus.ISSUING)) {
                continue; // not taken yet, or a coupon still unanswered
            }
            long price = coupons.stream().mapToLong(OrderCoupon::getPrice).sum();
            boolean failed = coupons.stream().anyMatch(c -> c.getStatus() == CouponStatus.ISSUE_FAILED);
            if (failed) {
                if (coupons.stream().anyMatch(c -> c.getStatus() == CouponStatus.ISSUED)) {
                    continue; // its issued coupons are discarded at the supplier first
                }
                r.error("ISSUE_FAILED", now);
                refund += price;
                refundCashable += coupons.stream().filter(c -> cashableItems.contains(c.getItemId()))
                        .mapToLong(OrderCoupon::getPrice).sum();
                errors++;
                firstSettled = firstSettled == null ? r.getId() : firstSettled;
            } else {
                issuedValue += price;
                firstSettled = firstSettled == null ? r.getId() : firstSettled;
                String ref = "CPN-" + r.getId() + "-A";
                r.sending(MessageType.ALIMTALK, ref, now);
                out.add(new Outgoing(r.getId(), MessageType.ALIMTALK, r.getMobile(), null, text(o, template, r),
                        template.getTemplateCode(), ref));
            }
        }
        String reference = "order-" + o.getNumber() + "-" + firstSettled;
        if (issuedValue > 0) {
            // design.md: issuing moves the coupons' price from money in flight to coupon sales
            ledger.post(new PostEntryCommand("COUPON_ISSUED", reference, "쿠폰 발급 " + o.getNumber(), List.of(
                    new PostEntryCommand.Line(LedgerAccounts.OPERATOR_ORDERS_IN_FLIGHT, issuedValue),
                    new PostEntryCommand.Line(LedgerAccounts.OPERATOR_COUPON_SALES, -issuedValue))));
        }
        if (refund > 0) {
            String why = "발급 실패 환불 " + o.getNumber() + " (" + errors + "명)";
            if (o.getPaymentType() == PaymentType.POSTPAID) {
                credit.cancelUse(o.getOrganisationId(), YearMonth.parse(o.getPlacedMonth()), refund,
                        "refund-" + reference, why);
            } else {
                wallets.cancelUse(o.getOrganisationId(), refund, "refund-" + reference, why);
            }
            orderQueries.returnLimits(orderId, refund, refundCashable); // CB-MEM-6, CB-CAT-2: the month's limits too
        }
        return out;
    }

    /** The recipient whose current message has this reference and is not settled; null otherwise. */
    public record Waiting(long recipientId, String orderNumber) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Waiting waitingFor(String reference) {
        return em.createQuery("select r.id, o.number from OrderRecipient r, CouponOrder o where r.messageRef = :ref "
                        + "and r.orderId = o.id and r.sendStatus = :progress", Object[].class)
                .setParameter("ref", reference).setParameter("progress", SendStatus.IN_PROGRESS).getResultStream()
                .findFirst().map(row -> new Waiting(((Number) row[0]).longValue(), (String) row[1])).orElse(null);
    }

    /** A report names the provider's id of a message whose send answer was lost. */
    public void identified(long recipientId, String providerId) {
        OrderRecipient r = em.find(OrderRecipient.class, recipientId, LockModeType.PESSIMISTIC_WRITE);
        if (r.getMessageId() == null) {
            r.accepted(providerId);
        }
    }

    /** The gateway took the message. */
    public void accepted(long recipientId, String providerId) {
        em.find(OrderRecipient.class, recipientId, LockModeType.PESSIMISTIC_WRITE).accepted(providerId);
    }

    /**
     * CB-ORD-9: the Alimtalk could not be delivered (refused at once, or reported failed): the same text goes as a
     * text message from the order's fallback number, its reference written first; a failed fallback is FAILURE.
     * Returns the fallback to send, or null when the recipient is settled as FAILURE.
     */
    public Outgoing alimtalkFailed(long recipientId, String code) {
        OrderRecipient r = em.find(OrderRecipient.class, recipientId, LockModeType.PESSIMISTIC_WRITE);
        if (r.getSendStatus() != SendStatus.IN_PROGRESS) {
            return null;
        }
        if (r.getChannel() != MessageType.ALIMTALK) {
            r.undelivered(code, clock.instant());
            return null;
        }
        CouponOrder o = em.find(CouponOrder.class, r.getOrderId());
        String text = text(o, em.find(AlimtalkTemplate.class, o.getTemplateId()), r);
        // the first send's fallback is -M; a resend's (CPN-<id>-S<n>) its own, so no reference is ever sent twice
        String ref = r.getMessageRef() == null || r.getMessageRef().endsWith("-A") ? "CPN-" + r.getId() + "-M"
                : r.getMessageRef() + "-M";
        r.sending(MessageType.MMS, ref, clock.instant());
        return new Outgoing(r.getId(), MessageType.MMS, r.getMobile(), o.getFallbackNumber(), text, null, ref);
    }

    public void delivered(long recipientId) {
        OrderRecipient r = em.find(OrderRecipient.class, recipientId, LockModeType.PESSIMISTIC_WRITE);
        if (r.getSendStatus() == SendStatus.IN_PROGRESS) {
            r.delivered(clock.instant());
        }
    }

    public void undelivered(long recipientId, String code) {
        OrderRecipient r = em.find(OrderRecipient.class, recipientId, LockModeType.PESSIMISTIC_WRITE);
        if (r.getSendStatus() == SendStatus.IN_PROGRESS) {
            r.undelivered(code, clock.instant());
        }
    }

    /** CB-DSP-2: the order is COMPLETED once every recipient is settled; true when this call completed it. */
    public boolean finishIfSettled(long orderId) {
        // one probe of the (order, status) index, not a count of the order's recipients: it runs after every report
        boolean open = !em.createQuery("select r.id from OrderRecipient r where r.orderId = :o and (r.sendStatus is null "
                        + "or r.sendStatus = :progress)", Long.class).setParameter("o", orderId)
                .setParameter("progress", SendStatus.IN_PROGRESS).setMaxResults(1).getResultList().isEmpty();
        if (open) {
            return false;
        }
        CouponOrder o = em.find(CouponOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (o.getStatus() == OrderStatus.SENDING) {
            o.complete(clock.instant());
            return true;
        }
        return false;
    }

    /** Issue 21 §6: what the orderer is told when an order completes. */
    /** {@code selectable}: the amounts settle as recipients choose (issue 22 §2), so the mail says so. */
    public record Completion(String to, String number, String name, OrderProgress progress, long confirmed,
                             long returned, boolean selectable) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Completion completion(long orderId) {
        CouponOrder o = em.find(CouponOrder.class, orderId);
        Number returned = (Number) em.createQuery("select coalesce(sum(c.price), 0) from OrderCoupon c, OrderRecipient r "
                + "where c.recipientId = r.id and r.orderId = :o and r.sendStatus = :error").setParameter("o", orderId)
                .setParameter("error", SendStatus.ERROR).getSingleResult();
        com.bizbill.identity.Member m = em.find(com.bizbill.identity.Member.class, o.getMemberId());
        String to = m.getEmail() != null ? m.getEmail() : m.getLoginId();
        boolean selectable = o.getType() == com.bizbill.catalog.QuotePricing.Kind.SELECTABLE;
        return new Completion(to, o.getNumber(), o.getName(), progress(orderId), o.getFinalAmount() - returned.longValue(),
                returned.longValue(), selectable);
    }

    /**
     * Issue 21 §3: a message the gateway never reported on within {@code bizbill.dispatch.report-timeout} (72 hours)
     * is a failure; returns the orders touched.
     */
    public List<Long> expireUnreported(Instant sentBefore) {
        List<OrderRecipient> stale = em.createQuery("select r from OrderRecipient r where r.sendStatus = :progress "
                        + "and r.messageRef is not null and r.sentAt < :before", OrderRecipient.class)
                .setParameter("progress", SendStatus.IN_PROGRESS).setParameter("before", sentBefore).setMaxResults(1_000)
                .getResultList();
        Instant now = clock.instant();
        stale.forEach(r -> r.undelivered("NO_REPORT", now));
        return stale.stream().map(OrderRecipient::getOrderId).distinct().toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OrderProgress progress(long orderId) {
        long total = 0;
        Map<SendStatus, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select r.sendStatus, count(r) from OrderRecipient r where r.orderId = :o "
                + "group by r.sendStatus", Object[].class).setParameter("o", orderId).getResultList()) {
            long n = ((Number) row[1]).longValue();
            total += n;
            counts.put((SendStatus) row[0], n);
        }
        return new OrderProgress(total, counts.getOrDefault(null, 0L), counts.getOrDefault(SendStatus.IN_PROGRESS, 0L),
                counts.getOrDefault(SendStatus.SUCCESS, 0L), counts.getOrDefault(SendStatus.FAILURE, 0L),
                counts.getOrDefault(SendStatus.ERROR, 0L));
    }

    /** CB-ORD-10: the send title, the operator's template filled for the recipient, and the coupon page's link. */
    private String text(CouponOrder o, AlimtalkTemplate t, OrderRecipient r) {
        String base = config.getOptionalValue(PUBLIC_URL_KEY, String.class).orElse("http://localhost:8080");
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return "[" + o.getSendTitle() + "]\n" + OrderMessages.fill(t.getMessage(), r.row(), o.isAutoFill(),
                o.getAnniversaryText()) + "\n\n" + base + "/c/" + r.getToken();
    }

    /** The recipients locked, in id order (Derby refuses FOR UPDATE with ORDER BY: sorted here). */
    private List<OrderRecipient> recipients(List<Long> ids) {
        List<OrderRecipient> locked = new ArrayList<>(em.createQuery("select r from OrderRecipient r where r.id in :ids",
                OrderRecipient.class).setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList());
        locked.sort(java.util.Comparator.comparing(OrderRecipient::getId));
        return locked;
    }

    /** 32 random bytes, base64url without padding: 43 characters, 256 bits. */
    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
