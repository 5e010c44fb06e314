package com.bizbill.dispatch;

import com.bizbill.catalog.CouponSupplier;
import com.bizbill.catalog.Product;
import com.bizbill.catalog.ProductStatus;
import com.bizbill.catalog.QuotePricing;
import com.bizbill.identity.PaymentType;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import com.bizbill.ordering.CouponOrder;
import com.bizbill.ordering.CouponStatus;
import com.bizbill.ordering.GiftChoiceRules;
import com.bizbill.ordering.OrderCoupon;
import com.bizbill.ordering.OrderException;
import com.bizbill.ordering.OrderItem;
import com.bizbill.ordering.OrderQueries;
import com.bizbill.ordering.OrderRecipient;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.wallet.CreditService;
import com.bizbill.wallet.WalletService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issue 22 §2, CB-ORD-4, CB-DSP-4, CB-DSP-6: the committed steps of a selectable order's gift choice, each in its own
 * transaction like the dispatch's: the chosen gift's coupon row (our transaction id) written before the supplier is
 * asked; once issued, its price moves from money in flight to coupon sales and the difference to the dearest gift goes
 * back to the orderer with the month's limits, in one transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GiftChoiceSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    WalletService wallets;

    @Inject
    CreditService credit;

    @Inject
    OrderQueries orderQueries;

    @Inject
    Clock clock;

    /** One gift of the order as the recipient sees it. */
    public record Option(long itemId, String brand, String product, long salePrice, boolean designated,
                         boolean available, boolean failed) {
    }

    /** The order's gifts, dearest first, with what the recipient can still choose. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Option> options(long recipientId) {
        OrderRecipient r = em.find(OrderRecipient.class, recipientId);
        Set<Long> failed = failedItems(recipientId);
        return items(r.getOrderId()).stream()
                .map(i -> new Option(i.getId(), i.getBrandName(), i.getProductName(), i.getSalePrice(), i.isDesignated(),
                        onSale(i), failed.contains(i.getId())))
                .sorted(java.util.Comparator.comparingLong(Option::salePrice).reversed()).toList();
    }

    /** The gift chosen (issued or being issued), if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OrderCoupon chosen(long recipientId) {
        return em.createQuery("select c from OrderCoupon c where c.recipientId = :r and c.status in :s", OrderCoupon.class)
                .setParameter("r", recipientId).setParameter("s", List.of(CouponStatus.ISSUING, CouponStatus.ISSUED,
                        CouponStatus.DISCARDED)).getResultStream().findFirst().orElse(null);
    }

    /**
     * The recipient chooses {@code itemId}: refused after a gift was chosen (one per recipient), for a gift not on
     * sale or that already failed for the recipient; else the coupon row is written and marked as asked.
     */
    public DispatchSteps.Attempt start(long recipientId, long itemId) {
        OrderRecipient r = em.find(OrderRecipient.class, recipientId, LockModeType.PESSIMISTIC_WRITE);
        CouponOrder o = em.find(CouponOrder.class, r.getOrderId());
        if (o.getType() != QuotePricing.Kind.SELECTABLE || r.getMessageRef() == null) {
            throw new OrderException(ErrorCode.GIFT_UNAVAILABLE, "not a selectable order's recipient yet");
        }
        if (r.getChoiceClosedAt() != null || chosen(recipientId) != null) {
            throw new OrderException(ErrorCode.GIFT_ALREADY_CHOSEN, "recipient " + recipientId + " chose already");
        }
        OrderItem item = em.find(OrderItem.class, itemId);
        if (item == null || item.getOrderId() != o.getId() || !onSale(item) || failedItems(recipientId).contains(itemId)) {
            throw new OrderException(ErrorCode.GIFT_UNAVAILABLE, "gift " + itemId + " cannot be chosen");
        }
        OrderCoupon c = new OrderCoupon(o.getId(), r.getId(), item.getId(),
                em.find(Product.class, item.getProductId()).getSupplierCode(), item.getValidityDays(),
                item.getSalePrice());
        em.persist(c);
        em.flush();
        c.attempt(clock.instant());
        return new DispatchSteps.Attempt(c.getId(), new CouponSupplier.IssueRequest(c.transactionId(),
                c.getGoodsCode(), c.getValidityDays()), false);
    }

    /**
     * The chosen gift is issued: its price moves from money in flight to coupon sales (CB-DSP-6: the confirmed
     * amount), and the difference to the dearest goes back at once ({@code DIFFERENCE_REFUND}, one entry) with the
     * month's limits. Applied once: a coupon no longer being issued changes nothing.
     */
    public void issued(long couponId, CouponSupplier.IssuedCoupon issued) {
        OrderCoupon c = em.find(OrderCoupon.class, couponId, LockModeType.PESSIMISTIC_WRITE);
        if (c.getStatus() != CouponStatus.ISSUING) {
            return;
        }
        Instant now = clock.instant();
        c.issued(issued.pin(), issued.supplierOrderNo(), issued.validUntil(), now);
        CouponOrder o = em.find(CouponOrder.class, c.getOrderId());
        List<GiftChoiceRules.Gift> gifts = gifts(o.getId());
        GiftChoiceRules.Gift chosen = gifts.stream().filter(g -> g.itemId() == c.getItemId()).findFirst().orElseThrow();
        String reference = "gift-" + c.getId();
        ledger.post(new PostEntryCommand("COUPON_ISSUED", reference, "쿠폰 발급 " + o.getNumber(), List.of(
                new PostEntryCommand.Line(LedgerAccounts.OPERATOR_ORDERS_IN_FLIGHT, c.getPrice()),
                new PostEntryCommand.Line(LedgerAccounts.OPERATOR_COUPON_SALES, -c.getPrice()))));
        long difference = GiftChoiceRules.difference(gifts, chosen);
        if (difference > 0) {
            String why = "선택형 차액 환불 " + o.getNumber();
            if (o.getPaymentType() == PaymentType.POSTPAID) {
                credit.cancelUse(o.getOrganisationId(), YearMonth.parse(o.getPlacedMonth()), difference,
                        "difference-" + reference, why);
            } else {
                wallets.differenceRefund(o.getOrganisationId(), difference, "difference-" + reference, why);
            }
        }
        orderQueries.returnLimits(o.getId(), difference, GiftChoiceRules.cashableReturned(gifts, chosen));
    }

    /** The chosen gift could not be issued: the recipient may choose another (this one is no longer offered). */
    public void failed(long couponId, String why) {
        OrderCoupon c = em.find(OrderCoupon.class, couponId, LockModeType.PESSIMISTIC_WRITE);
        if (c.getStatus() == CouponStatus.ISSUING) {
            c.issueFailed(why, clock.instant());
        }
    }

    /** No gift can be issued for the recipient: its whole amount goes back (USE_CANCEL) with the limits, once. */
    public boolean closeWithRefund(long recipientId) {
        OrderRecipient r = em.find(OrderRecipient.class, recipientId, LockModeType.PESSIMISTIC_WRITE);
        if (r.getChoiceClosedAt() != null || chosen(recipientId) != null) {
            return false;
        }
        CouponOrder o = em.find(CouponOrder.class, r.getOrderId());
        List<GiftChoiceRules.Gift> gifts = gifts(o.getId());
        long paid = GiftChoiceRules.paidPerRecipient(gifts);
        String reference = "gift-refund-" + recipientId;
        String why = "선택형 선물 발급 불가 환불 " + o.getNumber();
        if (o.getPaymentType() == PaymentType.POSTPAID) {
            credit.cancelUse(o.getOrganisationId(), YearMonth.parse(o.getPlacedMonth()), paid, reference, why);
        } else {
            wallets.cancelUse(o.getOrganisationId(), paid, reference, why);
        }
        orderQueries.returnLimits(o.getId(), paid, GiftChoiceRules.cashableHeld(gifts));
        r.choiceClosed(clock.instant());
        return true;
    }

    /** The gifts with their availability now (a product not on sale cannot be chosen). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<GiftChoiceRules.Gift> gifts(long orderId) {
        return items(orderId).stream().map(i -> new GiftChoiceRules.Gift(i.getId(), i.getSalePrice(), i.isCashable(),
                i.isDesignated(), onSale(i))).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<Long> failedItems(long recipientId) {
        return em.createQuery("select c.itemId from OrderCoupon c where c.recipientId = :r and c.status = :f", Long.class)
                .setParameter("r", recipientId).setParameter("f", CouponStatus.ISSUE_FAILED).getResultStream()
                .collect(Collectors.toSet());
    }

    /**
     * Recipients of selectable orders the daily job looks at: messaged at least {@code remindFrom} ago, not closed,
     * no gift issued; or with a choice whose answer was lost ({@code pendingBefore}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> toLookAt(Instant remindFrom, Instant pendingBefore, Long after, int max) {
        return em.createQuery("select r.id from OrderRecipient r, CouponOrder o where r.orderId = o.id "
                        + "and o.type = :selectable and r.messageRef is not null and r.choiceClosedAt is null "
                        + "and r.id > :after and ((r.firstSentAt <= :remind and not exists (select c from OrderCoupon c "
                        + "where c.recipientId = r.id and c.status in :chosen)) or exists (select p from OrderCoupon p "
                        + "where p.recipientId = r.id and p.status = :issuing and (p.attemptedAt is null "
                        + "or p.attemptedAt <= :pending))) order by r.id", Long.class)
                .setParameter("selectable", QuotePricing.Kind.SELECTABLE).setParameter("after", after == null ? 0L : after)
                .setParameter("remind", remindFrom).setParameter("chosen", List.of(CouponStatus.ISSUING,
                        CouponStatus.ISSUED, CouponStatus.DISCARDED))
                .setParameter("issuing", CouponStatus.ISSUING).setParameter("pending", pendingBefore)
                .setMaxResults(max).getResultList();
    }

    /** The reminder to choose, its reference written before it is sent (so it goes once); null if not to send. */
    public DispatchSteps.Outgoing remind(long recipientId, String text) {
        OrderRecipient r = em.find(OrderRecipient.class, recipientId, LockModeType.PESSIMISTIC_WRITE);
        if (r.getRemindedAt() != null || r.getChoiceClosedAt() != null || chosen(recipientId) != null) {
            return null;
        }
        r.reminded(clock.instant());
        CouponOrder o = em.find(CouponOrder.class, r.getOrderId());
        return new DispatchSteps.Outgoing(r.getId(), com.bizbill.messaging.MessageType.textFor(text), r.getMobile(),
                o.getFallbackNumber(), text, null, "CPN-" + r.getId() + "-R");
    }

    private List<OrderItem> items(long orderId) {
        return em.createQuery("select i from OrderItem i where i.orderId = :o order by i.position", OrderItem.class)
                .setParameter("o", orderId).getResultList();
    }

    private boolean onSale(OrderItem item) {
        Product p = em.find(Product.class, item.getProductId());
        return p != null && p.getStatus() == ProductStatus.ON_SALE;
    }
}
