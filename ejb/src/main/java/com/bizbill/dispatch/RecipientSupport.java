package com.bizbill.dispatch;

import com.bizbill.catalog.CouponSupplier;
import com.bizbill.catalog.SupplierOutcomeUnknown;
import com.bizbill.identity.TokenPurpose;
import com.bizbill.ordering.CouponOrder;
import com.bizbill.ordering.CouponStatus;
import com.bizbill.ordering.OrderCoupon;
import com.bizbill.ordering.OrderItem;
import com.bizbill.ordering.OrderRecipient;
import com.bizbill.shared.MobileNumber;
import com.bizbill.shared.Page;
import com.bizbill.shared.audit.AuditEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Issue 22 §7: staff's support view of coupon recipients: a recipient found by phone number across orders and
 * organisations, its timeline (issued at the supplier, sent, fallback, delivered or not, verified on the page, chosen,
 * reminded, resent, discarded, used) and a live look-up of a coupon at the supplier.
 */
@Stateless
public class RecipientSupport {

    @PersistenceContext
    EntityManager em;

    @Inject
    CouponSupplier supplier;

    /** One recipient as the search lists it (the number masked; the page shows it whole only in the timeline). */
    public record Found(long recipientId, String maskedMobile, String name, String organisation, String orderNumber,
                        Instant placedAt, com.bizbill.ordering.SendStatus sendStatus) {
    }

    /** One event of a recipient's timeline; {@code kind} is a bundle key's last part. */
    public record Event(Instant at, String kind, String detail) {
    }

    /** Recipients with this mobile number (any written form), newest order first. */
    public Page<Found> byMobile(String mobile, int page, int size) {
        String digits = MobileNumber.of(mobile).map(MobileNumber::digits).orElse(null);
        if (digits == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        long total = em.createQuery("select count(r) from OrderRecipient r where r.mobile = :m", Long.class)
                .setParameter("m", digits).getSingleResult();
        List<Found> items = em.createQuery("select r, o from OrderRecipient r, CouponOrder o where r.mobile = :m and "
                        + "r.orderId = o.id order by o.id desc, r.seq", Object[].class).setParameter("m", digits)
                .setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultStream().map(row -> {
                    OrderRecipient r = (OrderRecipient) row[0];
                    CouponOrder o = (CouponOrder) row[1];
                    return new Found(r.getId(), MobileNumber.mask(r.getMobile()), r.getName(),
                            em.find(com.bizbill.identity.Organisation.class, o.getOrganisationId()).getName(),
                            o.getNumber(), o.getPlacedAt(), r.getSendStatus());
                }).toList();
        return new Page<>(items, page, size, total);
    }

    public Optional<OrderRecipient> recipient(long recipientId) {
        return Optional.ofNullable(em.find(OrderRecipient.class, recipientId));
    }

    /** The recipient's coupons (for the live look-up). */
    public List<OrderCoupon> coupons(long recipientId) {
        return em.createQuery("select c from OrderCoupon c where c.recipientId = :r order by c.id", OrderCoupon.class)
                .setParameter("r", recipientId).getResultList();
    }

    /** The recipient's timeline, oldest first, from what the dispatch, the page and the audit recorded. */
    public List<Event> timeline(long recipientId) {
        OrderRecipient r = em.find(OrderRecipient.class, recipientId);
        if (r == null) {
            return List.of();
        }
        CouponOrder o = em.find(CouponOrder.class, r.getOrderId());
        List<Event> events = new ArrayList<>();
        events.add(new Event(o.getPlacedAt(), "placed", o.getNumber()));
        for (OrderCoupon c : coupons(recipientId)) {
            String product = em.find(OrderItem.class, c.getItemId()).getProductName();
            if (c.getAttemptedAt() != null) {
                events.add(new Event(c.getAttemptedAt(), "asked", product + " · " + c.transactionId()));
            }
            if (c.getStatus() == CouponStatus.ISSUE_FAILED) {
                events.add(new Event(c.getSettledAt(), "issueFailed", product + " · " + c.getFailure()));
            } else if (c.getPin() != null) {
                events.add(new Event(c.getSettledAt(), "issued", product));
            }
            if ("USED".equals(c.getSupplierState())) {
                events.add(new Event(c.getStateCheckedAt(), "used", product));
            }
        }
        if (r.getSentAt() != null) {
            events.add(new Event(r.getSentAt(), r.getChannel() == com.bizbill.messaging.MessageType.MMS ? "fallback"
                    : "sent", r.getMessageRef()));
        }
        if (r.getSettledAt() != null && r.getSendStatus() != null) {
            events.add(new Event(r.getSettledAt(), "settled." + r.getSendStatus().name(),
                    r.getResultCode() == null ? "" : r.getResultCode()));
        }
        if (r.getRemindedAt() != null) {
            events.add(new Event(r.getRemindedAt(), "reminded", ""));
        }
        if (r.getChoiceClosedAt() != null) {
            events.add(new Event(r.getChoiceClosedAt(), "closed", ""));
        }
        em.createQuery("select t.usedAt from OneTimeToken t where t.purpose = :p and t.subject = :s and t.usedAt is not "
                        + "null", Instant.class).setParameter("p", TokenPurpose.COUPON_PAGE_CODE)
                .setParameter("s", "recipient:" + recipientId).getResultStream()
                .forEach(at -> events.add(new Event(at, "verified", "")));
        em.createQuery("select a from AuditEntry a where a.action = 'ORDER_RECIPIENT_RESENT' and a.targetId = :n",
                        AuditEntry.class).setParameter("n", o.getNumber()).getResultStream()
                .filter(a -> a.getAfter() != null && a.getAfter().startsWith("recipient " + r.getSeq() + " "))
                .forEach(a -> events.add(new Event(a.getAt(), "resent", a.getActor())));
        List<String> txIds = coupons(recipientId).stream().map(OrderCoupon::transactionId).toList();
        if (!txIds.isEmpty()) {
            em.createQuery("select a from AuditEntry a where a.action = 'COUPON_DISCARDED' and a.targetId in :t",
                            AuditEntry.class).setParameter("t", txIds).getResultStream()
                    .forEach(a -> events.add(new Event(a.getAt(), "discarded", a.getActor() + " · " + a.getAfter())));
        }
        events.sort(Comparator.comparing(Event::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return events;
    }

    /** The supplier's state of one coupon now ("UNKNOWN" when it has none, "UNAVAILABLE" when it does not answer). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public String liveState(long couponId) {
        OrderCoupon c = em.find(OrderCoupon.class, couponId);
        if (c == null) {
            return "UNKNOWN";
        }
        try {
            return supplier.lookup(c.transactionId()).map(s -> s.state().name()).orElse("UNKNOWN");
        } catch (SupplierOutcomeUnknown e) {
            return "UNAVAILABLE";
        }
    }
}
