package com.bizbill.ordering;

import com.bizbill.shared.Page;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading orders: one organisation's (another organisation's order is answered like a missing one), the staff's view
 * of all, and what orders used of each limit in a month (CB-MEM-6, CB-CAT-2). A cancelled reservation uses nothing:
 * its month's limits are given back by its status alone.
 */
@Stateless
public class OrderQueries {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A search over orders; every part optional. {@code memberId}: only that member's orders. */
    /** CB-HIS-1's filters; {@code type} null: both kinds. */
    public record Filter(Long organisationId, Long memberId, OrderStatus status, Instant from, Instant to, String text,
                         com.bizbill.catalog.QuotePricing.Kind type) {
        public Filter(Long organisationId, Long memberId, OrderStatus status, Instant from, Instant to, String text) {
            this(organisationId, memberId, status, from, to, text, null);
        }

        public static Filter of(long organisationId) {
            return new Filter(organisationId, null, null, null, null, null);
        }
    }

    /**
     * CB-HIS-1: an order's line in the history: the confirmed amount (CB-DSP-6), its coupons (issued or being issued,
     * discarded left out), and its recipients by send status.
     */
    public record Summary(long confirmed, long coupons, long success, long inProgress, long failure, long error) {
        public static final Summary NONE = new Summary(0, 0, 0, 0, 0, 0);
    }

    /** The summaries of a page of orders, by order id, in two grouped queries. */
    public Map<Long, Summary> summaries(java.util.Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, long[]> acc = new HashMap<>();
        for (Object[] row : em.createQuery("select c.orderId, c.status, count(c), coalesce(sum(c.price), 0) "
                + "from OrderCoupon c where c.orderId in :ids group by c.orderId, c.status", Object[].class)
                .setParameter("ids", orderIds).getResultList()) {
            long[] a = acc.computeIfAbsent((Long) row[0], k -> new long[6]);
            CouponStatus st = (CouponStatus) row[1];
            if (st == CouponStatus.ISSUED) {
                a[0] += ((Number) row[3]).longValue();
            }
            if (st == CouponStatus.ISSUED || st == CouponStatus.ISSUING) {
                a[1] += ((Number) row[2]).longValue();
            }
        }
        for (Object[] row : em.createQuery("select r.orderId, r.sendStatus, count(r) from OrderRecipient r "
                + "where r.orderId in :ids and r.sendStatus is not null group by r.orderId, r.sendStatus", Object[].class)
                .setParameter("ids", orderIds).getResultList()) {
            long[] a = acc.computeIfAbsent((Long) row[0], k -> new long[6]);
            long n = ((Number) row[2]).longValue();
            switch ((SendStatus) row[1]) {
                case SUCCESS -> a[2] += n;
                case IN_PROGRESS -> a[3] += n;
                case FAILURE -> a[4] += n;
                case ERROR -> a[5] += n;
            }
        }
        Map<Long, Summary> out = new HashMap<>();
        acc.forEach((id, a) -> out.put(id, new Summary(a[0], a[1], a[2], a[3], a[4], a[5])));
        return out;
    }

    public Optional<CouponOrder> byRequestKey(long organisationId, String requestKey) {
        return em.createQuery("select o from CouponOrder o where o.organisationId = :o and o.requestKey = :k",
                CouponOrder.class).setParameter("o", organisationId).setParameter("k", requestKey)
                .getResultStream().findFirst();
    }

    /** The organisation's order by its number; another organisation's is not found. */
    public CouponOrder byNumber(long organisationId, String number) {
        return find(number).filter(o -> o.getOrganisationId() == organisationId)
                .orElseThrow(() -> new OrderException(ErrorCode.ORDER_NOT_FOUND, "no order " + number));
    }

    /** Any organisation's order (staff). */
    public CouponOrder byNumber(String number) {
        return find(number).orElseThrow(() -> new OrderException(ErrorCode.ORDER_NOT_FOUND, "no order " + number));
    }

    /** The order row locked for a change of state (cancel, dispatch start). */
    public CouponOrder locked(long organisationId, String number) {
        CouponOrder o = byNumber(organisationId, number);
        em.lock(o, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(o);
        return o;
    }

    private Optional<CouponOrder> find(String number) {
        if (!OrderNumber.looksLike(number)) {
            return Optional.empty();
        }
        return em.createQuery("select o from CouponOrder o where o.number = :n", CouponOrder.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    public Page<CouponOrder> search(Filter f, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.organisationId() != null) {
            where.append(" and o.organisationId = :org");
            params.put("org", f.organisationId());
        }
        if (f.memberId() != null) {
            where.append(" and o.memberId = :member");
            params.put("member", f.memberId());
        }
        if (f.status() != null) {
            where.append(" and o.status = :status");
            params.put("status", f.status());
        }
        if (f.type() != null) {
            where.append(" and o.type = :type");
            params.put("type", f.type());
        }
        if (f.from() != null) {
            where.append(" and o.placedAt >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and o.placedAt < :to");
            params.put("to", f.to());
        }
        if (f.text() != null && !f.text().isBlank()) {
            // the number, the order's name, or (staff) the company's name
            where.append(" and (o.number = :exact or lower(o.name) like :like or o.organisationId in "
                    + "(select g.id from Organisation g where lower(g.name) like :like))");
            params.put("exact", f.text().strip());
            params.put("like", "%" + f.text().strip().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(o) from CouponOrder o" + where, Long.class);
        TypedQuery<CouponOrder> q = em.createQuery("select o from CouponOrder o" + where + " order by o.id desc",
                CouponOrder.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            q.setParameter(k, v);
        });
        return new Page<>(q.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList(), page,
                size, count.getSingleResult());
    }

    public List<OrderItem> items(long orderId) {
        return em.createQuery("select i from OrderItem i where i.orderId = :o order by i.position", OrderItem.class)
                .setParameter("o", orderId).getResultList();
    }

    public Page<OrderRecipient> recipients(long orderId, int page, int size) {
        long total = em.createQuery("select count(r) from OrderRecipient r where r.orderId = :o", Long.class)
                .setParameter("o", orderId).getSingleResult();
        return new Page<>(em.createQuery("select r from OrderRecipient r where r.orderId = :o order by r.seq",
                        OrderRecipient.class).setParameter("o", orderId)
                .setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList(), page, size, total);
    }

    /** CB-MEM-6: what a member's orders of the month used of the monthly limit. */
    public long memberUsed(long memberId, YearMonth month) {
        // issue 21 §2: what came back after placing (errors, difference refunds) is free again
        return sum("select coalesce(sum(o.memberLimitUse - o.limitReturned), 0) from CouponOrder o "
                + "where o.memberId = :id and o.placedMonth = :m and o.status <> :c", memberId, month);
    }

    /**
     * Issue 21 §2, CB-MEM-6, CB-CAT-2: money returned to the orderer after placing (not a cancel) gives the order's
     * month its limits back: {@code amount} of the monthly limit (as far as the order used it) and {@code cashable}
     * of the cashable limit. One update in the caller's transaction, locking the order row, so partitions returning
     * at once add up and never give back more than the order took.
     */
    public void returnLimits(long orderId, long amount, long cashable) {
        if (amount <= 0 && cashable <= 0) {
            return;
        }
        em.createQuery("update CouponOrder o set "
                        + "o.limitReturned = o.limitReturned + (case when o.memberLimitUse - o.limitReturned < :a "
                        + "then o.memberLimitUse - o.limitReturned else :a end), "
                        + "o.cashableReturned = o.cashableReturned + (case when o.cashableUse - o.cashableReturned < :c "
                        + "then o.cashableUse - o.cashableReturned else :c end) where o.id = :id")
                .setParameter("a", Math.max(0, amount)).setParameter("c", Math.max(0, cashable))
                .setParameter("id", orderId).executeUpdate();
    }

    /** One recipient of the order; another order's is not found. */
    public OrderRecipient recipient(long orderId, long recipientId) {
        OrderRecipient r = em.find(OrderRecipient.class, recipientId);
        if (r == null || r.getOrderId() != orderId) {
            throw new OrderException(ErrorCode.ORDER_NOT_FOUND, "no recipient " + recipientId);
        }
        return r;
    }

    /**
     * CB-HIS-2: one coupon of a recipient as the order detail lists it; {@code discardable}: issued, not reported used
     * or discarded by the supplier, within its validity (issue 22 §6).
     */
    public record RecipientCoupon(long id, String product, String number, CouponStatus status, String supplierState,
                                  boolean discardable) {
    }

    /** CB-HIS-2: the coupons of the given recipients (one page of the detail), by recipient. */
    public Map<Long, List<RecipientCoupon>> couponsOf(List<Long> recipientIds) {
        if (recipientIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<RecipientCoupon>> out = new HashMap<>();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        for (OrderCoupon c : em.createQuery("select c from OrderCoupon c where c.recipientId in :r order by c.id",
                OrderCoupon.class).setParameter("r", recipientIds).getResultList()) {
            OrderItem item = em.find(OrderItem.class, c.getItemId());
            boolean discardable = c.getStatus() == CouponStatus.ISSUED
                    && (c.getSupplierState() == null || "ISSUED".equals(c.getSupplierState()))
                    && (c.getValidUntil() == null || !c.getValidUntil().isBefore(today));
            out.computeIfAbsent(c.getRecipientId(), k -> new java.util.ArrayList<>()).add(new RecipientCoupon(c.getId(),
                    item.getProductName(), c.getPin(), c.getStatus(), c.getSupplierState(), discardable));
        }
        return out;
    }

    /** CB-DSP-6: the confirmed amount: the sale prices of the order's coupons issued (and not discarded). */
    public long confirmedAmount(long orderId) {
        Number n = (Number) em.createQuery("select coalesce(sum(c.price), 0) from OrderCoupon c where c.orderId = :o "
                + "and c.status = :issued").setParameter("o", orderId)
                .setParameter("issued", com.bizbill.ordering.CouponStatus.ISSUED).getSingleResult();
        return n.longValue();
    }

    /** CB-CAT-2: what an organisation's orders of the month used of its cashable limit. */
    public long cashableUsed(long organisationId, YearMonth month) {
        return sum("select coalesce(sum(o.cashableUse - o.cashableReturned), 0) from CouponOrder o "
                + "where o.organisationId = :id and o.placedMonth = :m and o.status <> :c", organisationId, month);
    }

    /** CB-MEM-6 "accumulated order amount": every order a member placed and did not cancel. */
    public long accumulated(long memberId) {
        Number n = (Number) em.createQuery("select coalesce(sum(o.finalAmount), 0) from CouponOrder o "
                        + "where o.memberId = :id and o.status <> :c").setParameter("id", memberId)
                .setParameter("c", OrderStatus.RESERVATION_CANCELLED).getSingleResult();
        return n.longValue();
    }

    /** CB-MEM-5: a member's orders reserved or still sending (they block a withdrawal). */
    public long openOrders(long memberId) {
        return em.createQuery("select count(o) from CouponOrder o where o.memberId = :id and o.status in :s",
                        Long.class).setParameter("id", memberId)
                .setParameter("s", List.of(OrderStatus.RESERVED, OrderStatus.SENDING)).getSingleResult();
    }

    /** The organisation's orders by status (the coupon home). */
    public Map<OrderStatus, Long> countsByStatus(long organisationId) {
        Map<OrderStatus, Long> out = new java.util.EnumMap<>(OrderStatus.class);
        for (Object[] row : em.createQuery("select o.status, count(o) from CouponOrder o where o.organisationId = :o "
                + "group by o.status", Object[].class).setParameter("o", organisationId).getResultList()) {
            out.put((OrderStatus) row[0], ((Number) row[1]).longValue());
        }
        return out;
    }

    /**
     * CB-CAT-1 popular list: products by how many coupons of them were ordered since {@code since} (cancelled orders
     * left out), most first; empty until there are orders.
     */
    public List<Long> popularProducts(Instant since, int max) {
        return em.createQuery("select i.productId from OrderItem i, CouponOrder o where i.orderId = o.id "
                        + "and o.placedAt >= :since and o.status <> :c group by i.productId "
                        + "order by sum(o.recipientCount) desc, i.productId", Long.class)
                .setParameter("since", since).setParameter("c", OrderStatus.RESERVATION_CANCELLED)
                .setMaxResults(max).getResultList();
    }

    private long sum(String jpql, long id, YearMonth month) {
        Number n = (Number) em.createQuery(jpql).setParameter("id", id).setParameter("m", month.toString())
                .setParameter("c", OrderStatus.RESERVATION_CANCELLED).getSingleResult();
        return n.longValue();
    }
}
