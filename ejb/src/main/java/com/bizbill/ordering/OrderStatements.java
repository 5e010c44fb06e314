package com.bizbill.ordering;

import com.bizbill.identity.Member;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationNames;
import com.bizbill.identity.Role;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.BizbillException.FieldError;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.pdf.OperatorDetails;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.Config;

/**
 * Issue 24 §2, CB-STM-1: the transaction statement (거래명세서) of selected orders, or of all the orderer's orders,
 * in SENDING or COMPLETED only (any other is refused, naming it and its status): a numbered document with the order
 * name "X 외 N건", the first and last order and send times, the master's company as recipient (also for a
 * sub-member's orders), the operator as supplier, each order with its confirmed amount, and every issued coupon
 * (discarded ones are not on it). It proves payment only; it is not a tax document.
 */
@Stateless
public class OrderStatements {

    /** At most this many orders on one statement (a year of daily orders). */
    public static final int MAX_ORDERS = 1_000;
    static final List<OrderStatus> STATED = List.of(OrderStatus.SENDING, OrderStatus.COMPLETED);

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationNames names;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Config config;

    /** An order on the statement. */
    public record OrderLine(String number, String name, Instant placedAt, String orderer, int recipients,
                            long orderAmount, long confirmed) {
    }

    /** An issued coupon on the statement: the coupon number with its middle hidden (the whole is the gift itself). */
    public record CouponLine(String orderNumber, String recipient, String product, String couponNumber, long price,
                             LocalDate validUntil) {
    }

    public record Statement(String number, Instant issuedAt, String orderName, Instant firstOrdered,
                            Instant lastOrdered, Instant firstSent, Instant lastSent, String recipientCompany,
                            String recipientBusinessNumber, OperatorDetails supplier, List<OrderLine> orders,
                            List<CouponLine> coupons, long total) {
    }

    /**
     * The statement of the member's orders {@code numbers} (empty: all its SENDING and COMPLETED orders; a master's are
     * the organisation's, a sub-member's its own). Another organisation's or another sub-member's number is "not found".
     */
    public Statement issue(long memberId, List<String> numbers) {
        Member m = em.find(Member.class, memberId);
        if (m == null || m.getOrganisation() == null || m.getRole() != Role.MASTER && m.getRole() != Role.SUB_MEMBER) {
            throw new OrderException(ErrorCode.FORBIDDEN, "member " + memberId + " has no coupon orders");
        }
        Organisation org = m.getOrganisation();
        Long onlyMember = m.getRole() == Role.SUB_MEMBER ? memberId : null;
        List<CouponOrder> orders = numbers == null || numbers.isEmpty() ? all(org.getId(), onlyMember)
                : chosen(org.getId(), onlyMember, numbers);
        if (orders.isEmpty()) {
            throw OrderException.of(ErrorCode.STATEMENT_NOT_ALLOWED, "orders", "statement.none");
        }
        List<Long> ids = orders.stream().map(CouponOrder::getId).toList();
        Map<Long, Long> confirmed = new HashMap<>();
        List<CouponLine> coupons = new ArrayList<>();
        Map<Long, String> numberOf = new HashMap<>();
        orders.forEach(o -> numberOf.put(o.getId(), o.getNumber()));
        for (Object[] row : em.createQuery("select c, i.productName, r.name, r.mobile from OrderCoupon c, OrderItem i, "
                        + "OrderRecipient r where c.orderId in :ids and c.status = :issued and i.id = c.itemId "
                        + "and r.id = c.recipientId order by c.orderId, r.seq, c.id", Object[].class)
                .setParameter("ids", ids).setParameter("issued", CouponStatus.ISSUED).getResultList()) {
            OrderCoupon c = (OrderCoupon) row[0];
            confirmed.merge(c.getOrderId(), c.getPrice(), Long::sum);
            coupons.add(new CouponLine(numberOf.get(c.getOrderId()), row[2] != null ? (String) row[2]
                    : com.bizbill.shared.MobileNumber.mask((String) row[3]), (String) row[1], hidden(c.getPin()), c.getPrice(), c.getValidUntil()));
        }
        Map<Long, String> orderers = new HashMap<>();
        List<OrderLine> lines = orders.stream().map(o -> new OrderLine(o.getNumber(), o.getName(), o.getPlacedAt(),
                orderers.computeIfAbsent(o.getMemberId(), names::member), o.getRecipientCount(), o.getFinalAmount(),
                confirmed.getOrDefault(o.getId(), 0L))).toList();
        long total = lines.stream().mapToLong(OrderLine::confirmed).sum();
        Object[] sent = em.createQuery("select min(r.firstSentAt), max(r.firstSentAt) from OrderRecipient r "
                + "where r.orderId in :ids", Object[].class).setParameter("ids", ids).getSingleResult();
        Instant now = clock.instant();
        TransactionStatement st = new TransactionStatement(org.getId(), memberId, lines.size(), total, now);
        em.persist(st);
        em.flush();
        String number = st.number(now.atZone(clock.getZone()).getYear());
        audit.record("STATEMENT_ISSUED", "ORGANISATION", org.getId(), org.getId(), null,
                number + ": " + lines.size() + " orders, " + total + " won");
        String first = orders.get(0).getName();
        return new Statement(number, now, lines.size() == 1 ? first : first + " 외 " + (lines.size() - 1) + "건",
                orders.get(0).getPlacedAt(), orders.get(orders.size() - 1).getPlacedAt(), (Instant) sent[0],
                (Instant) sent[1], org.getName(), org.getBusinessNumberFormatted(), OperatorDetails.fromConfig(config),
                lines, coupons, total);
    }

    private List<CouponOrder> all(long organisationId, Long memberId) {
        var q = em.createQuery("select o from CouponOrder o where o.organisationId = :org and o.status in :stated"
                        + (memberId == null ? "" : " and o.memberId = :m") + " order by o.placedAt, o.id", CouponOrder.class)
                .setParameter("org", organisationId).setParameter("stated", STATED);
        if (memberId != null) {
            q.setParameter("m", memberId);
        }
        List<CouponOrder> found = q.setMaxResults(MAX_ORDERS + 1).getResultList();
        if (found.size() > MAX_ORDERS) { // never a statement that silently leaves orders out
            throw OrderException.of(ErrorCode.VALIDATION_FAILED, "orders", "statement.tooMany", MAX_ORDERS);
        }
        return found;
    }

    /** The chosen orders in order time; any other status is refused with each such order and its status. */
    private List<CouponOrder> chosen(long organisationId, Long memberId, List<String> numbers) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(numbers.stream().filter(Objects::nonNull)
                .map(String::strip).toList()));
        if (unique.size() > MAX_ORDERS) {
            throw OrderException.of(ErrorCode.VALIDATION_FAILED, "orders", "statement.tooMany", MAX_ORDERS);
        }
        List<CouponOrder> found = unique.isEmpty() ? List.of() : em.createQuery("select o from CouponOrder o "
                        + "where o.organisationId = :org and o.number in :n", CouponOrder.class)
                .setParameter("org", organisationId).setParameter("n", unique).getResultList().stream()
                .filter(o -> memberId == null || o.getMemberId() == memberId).toList();
        if (found.size() < unique.size()) {
            List<String> known = found.stream().map(CouponOrder::getNumber).toList();
            throw new OrderException(ErrorCode.ORDER_NOT_FOUND, "no order " + unique.stream()
                    .filter(n -> !known.contains(n)).findFirst().orElse(""));
        }
        List<FieldError> refused = found.stream().filter(o -> !STATED.contains(o.getStatus()))
                .map(o -> new FieldError("orders", "statement.notStated", List.of(o.getNumber(), o.getStatus().name())))
                .toList();
        if (!refused.isEmpty()) {
            throw new OrderException(ErrorCode.STATEMENT_NOT_ALLOWED, refused.size() + " orders not sent", refused);
        }
        return found.stream().sorted(Comparator.comparing(CouponOrder::getPlacedAt).thenComparing(CouponOrder::getId))
                .toList();
    }

    /** 1234-****-**-5678: the first and last four; the whole number is the voucher itself. */
    static String hidden(String pin) {
        if (pin == null || pin.length() <= 8) {
            return pin == null ? "" : "****" + (pin.length() > 4 ? pin.substring(pin.length() - 4) : "");
        }
        return pin.substring(0, 4) + "*".repeat(pin.length() - 8) + pin.substring(pin.length() - 4);
    }
}
