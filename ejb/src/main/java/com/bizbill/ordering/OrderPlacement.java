package com.bizbill.ordering;

import com.bizbill.catalog.Brand;
import com.bizbill.catalog.CashablePermission;
import com.bizbill.catalog.CatalogService;
import com.bizbill.catalog.Category;
import com.bizbill.catalog.Product;
import com.bizbill.catalog.ProductOption;
import com.bizbill.catalog.ProductStatus;
import com.bizbill.catalog.QuotePricing;
import com.bizbill.identity.Member;
import com.bizbill.identity.MemberStatus;
import com.bizbill.identity.MonthlyPurchaseLimit;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.PaymentType;
import com.bizbill.identity.Role;
import com.bizbill.messaging.AlimtalkTemplate;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.error.BizbillException.FieldError;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.pdf.OperatorDetails;
import com.bizbill.wallet.CreditService;
import com.bizbill.wallet.WalletService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Places and cancels coupon orders (CB-ORD-1..11, CB-DSP-2), each in one transaction: the order, its items at the
 * prices of that moment, up to 10,000 recipients, the use of the sub-member's monthly limit (CB-MEM-6) and of the
 * organisation's cashable limit (CB-CAT-2), and the payment into money in flight (prepaid {@code USE} or postpaid
 * credit; design.md). Any refusal rolls all of it back and says which limit and by how much. The request key makes a
 * double click, a reload or a retried call find the order it placed instead of placing a second one.
 *
 * <p>Lock order, the same everywhere so two orders never wait on each other in a circle: the member (its monthly
 * limit), the organisation's cashable permission, then the wallet or credit line (inside the wallet services).
 */
@Stateless
public class OrderPlacement {

    public static final int MAX_PRODUCTS = 20;
    public static final int ANNIVERSARY_MAX = 30;
    public static final int COUPON_PAGE_MESSAGE_MAX = 500;
    /** At most this many row problems are reported one by one; the rest are counted. */
    public static final int MAX_REPORTED_PROBLEMS = 100;
    /** Whether gift-card orders may send one number twice even with "allow duplicate numbers" (the manual warns). */
    public static final String GIFT_CARD_DUPLICATES_KEY = "bizbill.orders.gift-card-duplicates-allowed";
    public static final String SENDER_PROFILE_KEY = "bizbill.operator.sender-profile";
    public static final String DEFAULT_SENDER = "@bizbill";

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    OrderQueries queries;

    @Inject
    WalletService wallets;

    @Inject
    CreditService credit;

    @Inject
    AuditLog audit;

    @Inject
    CallContext callContext;

    @Inject
    Clock clock;

    @Inject
    Config config;

    /** A product as it will be ordered, with whether it may only be sent by day (CB-ORD-7). */
    private record Priced(OrderItem.Line line, boolean restrictedHours) {
    }

    /**
     * An order through the partner API (issue 20 §5): the organisation's system orders as its master (whose limits do
     * not apply; the organisation's balance, credit and cashable limit do).
     */
    public CouponOrder placeForOrganisation(long organisationId, PlaceOrder cmd) {
        Long master = em.createQuery("select m.id from Member m where m.organisation.id = :o and m.role = :r "
                        + "and m.status = :s order by m.id", Long.class).setParameter("o", organisationId)
                .setParameter("r", Role.MASTER).setParameter("s", MemberStatus.ACTIVE).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new OrderException(ErrorCode.FORBIDDEN, "organisation " + organisationId
                        + " has no active master to order as"));
        return place(master, cmd);
    }

    /** The member's order as the command asks; or the order this request key placed already. */
    public CouponOrder place(long memberId, PlaceOrder cmd) {
        Member m = em.find(Member.class, memberId);
        Organisation org = m == null ? null : m.getOrganisation();
        if (org == null || org.getKind() != OrganisationKind.COUPON_COMPANY
                || m.getRole() != Role.MASTER && m.getRole() != Role.SUB_MEMBER) {
            throw new OrderException(ErrorCode.FORBIDDEN, "member " + memberId + " does not order coupons");
        }
        if (cmd.requestKey() == null || cmd.requestKey().isBlank() || cmd.requestKey().length() > 240) {
            throw new OrderException(ErrorCode.VALIDATION_FAILED, "a request key of 1-240 characters is required");
        }
        Optional<CouponOrder> earlier = queries.byRequestKey(org.getId(), cmd.requestKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (m.getStatus() != MemberStatus.ACTIVE) { // CB-MEM-5
            throw OrderException.of(ErrorCode.ORDERER_NOT_ACTIVE, "member", "order.orderer.notActive", m.getStatus().name());
        }
        Instant now = clock.instant();
        LocalDateTime local = LocalDateTime.ofInstant(now, clock.getZone());
        List<FieldError> errors = new ArrayList<>();
        List<Priced> priced = price(cmd, now, errors);
        boolean restricted = priced.stream().anyMatch(Priced::restrictedHours);
        List<RecipientRow> rows = cmd.recipients().stream().map(RecipientRow::normalised).toList();
        checkTexts(cmd, local, restricted, errors);
        checkRecipients(rows, cmd.duplicatesAllowed() && (!restricted || giftCardDuplicatesAllowed()), errors);
        AlimtalkTemplate template = em.find(AlimtalkTemplate.class, cmd.templateId());
        if (template == null || !template.isActive()) {
            errors.add(new FieldError("template", "order.template.required"));
        } else if (errors.isEmpty()) { // issue 20 review: filling 10,000 messages only for an order otherwise sound
            OrderMessages.longest(template.getMessage(), rows, cmd.autoFill(), cmd.anniversaryText())
                    .flatMap(MessageRules::problem).ifPresent(k -> errors.add(new FieldError("message", k,
                            List.of(MessageRules.ALIMTALK_MAX_CHARS, MessageRules.MMS_MAX_BYTES))));
        }
        if (!cmd.termsAccepted()) { // CB-ORD-11
            errors.add(new FieldError("terms", "order.terms.required"));
        }
        if (!errors.isEmpty()) {
            throw new OrderException(ErrorCode.VALIDATION_FAILED, errors.size() + " problems in the order", errors);
        }
        List<OrderItem.Line> lines = designate(cmd, priced);
        QuotePricing.Amounts amounts = QuotePricing.of(cmd.type(), lines.stream()
                .map(l -> new QuotePricing.Line(l.faceValue(), l.salePrice())).toList(), rows.size());
        if (cmd.expectedFinalAmount() != null && cmd.expectedFinalAmount() != amounts.finalTotal()) {
            // issue 20 review: a price changed since the form (or the API caller) priced it: nothing is paid
            throw OrderException.of(ErrorCode.ORDER_PRICE_CHANGED, "amount", "order.priceChanged",
                    cmd.expectedFinalAmount(), amounts.finalTotal());
        }
        long cashableUse = cashableUse(cmd.type(), lines, rows.size(), amounts.finalTotal());
        YearMonth month = YearMonth.from(local);
        long memberLimitUse = useMonthlyLimit(m, month, amounts.finalTotal());
        if (cashableUse > 0) {
            useCashableLimit(org.getId(), month, cashableUse, lines);
        }
        CouponOrder o = new CouponOrder(new CouponOrder.Placed(org.getId(), memberId,
                cmd.name() == null || cmd.name().isBlank() ? OrderTexts.defaultName(local) : cmd.name().strip(),
                cmd.type(), cmd.sendTitle().strip(), cmd.reservedAt() == null ? null
                        : cmd.reservedAt().withSecond(0).withNano(0).atZone(clock.getZone()).toInstant(),
                rows.size(), amounts.faceTotal(), amounts.finalTotal(), org.getPaymentType(), month.toString(),
                memberLimitUse, cashableUse, template.getId(), senderProfile(), cmd.autoFill(),
                blankToNull(cmd.anniversaryText()), blankToNull(cmd.couponPageMessage()), fallbackNumber(),
                cmd.duplicatesAllowed(), cmd.requestKey(), now, callContext.actorName()));
        em.persist(o);
        em.flush(); // the id, for the number
        o.numberAs(OrderNumber.of(local.toLocalDate(), o.getId()));
        for (int i = 0; i < lines.size(); i++) {
            em.persist(new OrderItem(o.getId(), i + 1, lines.get(i)));
        }
        for (int i = 0; i < rows.size(); i++) {
            em.persist(new OrderRecipient(o.getId(), i + 1, rows.get(i)));
        }
        em.flush(); // the rows are written before the wallet is locked, so it is held only until the commit
        pay(o, month);
        audit.record("ORDER_PLACED", "ORDER", o.getId(), org.getId(), null, o.getNumber() + " " + o.getFinalAmount()
                + " won, " + o.getRecipientCount() + " recipients" + (o.getReservedAt() == null ? "" : ", reserved"));
        return o;
    }

    /**
     * CB-DSP-2: cancels a reserved order with a full refund and the month's limits given back. The orderer or a master
     * of its organisation may; another sub-member's order is answered as not found ({@code memberId} null: the
     * organisation itself, through its API key).
     */
    public CouponOrder cancel(long organisationId, Long memberId, String number) {
        CouponOrder o = queries.locked(organisationId, number);
        if (memberId != null) {
            Member m = em.find(Member.class, memberId);
            if (m == null || m.getRole() != Role.MASTER && o.getMemberId() != memberId) {
                throw new OrderException(ErrorCode.ORDER_NOT_FOUND, "no order " + number);
            }
        }
        if (!o.isCancellable()) {
            throw OrderException.of(ErrorCode.ORDER_NOT_CANCELLABLE, "order", "order.cancel.notReserved",
                    o.getStatus().name());
        }
        o.cancel(callContext.actorName(), clock.instant());
        String reference = "order-cancel-" + o.getNumber();
        String description = "예약 주문 취소 " + o.getNumber();
        if (o.getPaymentType() == PaymentType.POSTPAID) {
            credit.cancelUse(organisationId, YearMonth.parse(o.getPlacedMonth()), o.getFinalAmount(), reference,
                    description);
        } else {
            wallets.cancelUse(organisationId, o.getFinalAmount(), reference, description);
        }
        // the before/after are bare statuses (shown as their labels); the refund is the order's amount
        audit.record("ORDER_CANCELLED", "ORDER", o.getId(), organisationId, OrderStatus.RESERVED.name(),
                o.getStatus().name());
        return o;
    }

    private void pay(CouponOrder o, YearMonth month) {
        String reference = "order-" + o.getNumber();
        String description = "쿠폰 주문 " + o.getNumber() + " (" + o.getRecipientCount() + "명)";
        if (o.getPaymentType() == PaymentType.POSTPAID) {
            credit.use(o.getOrganisationId(), month, o.getFinalAmount(), reference, description);
        } else {
            wallets.use(o.getOrganisationId(), o.getFinalAmount(), reference, description);
        }
    }

    /** Each chosen product on sale with the chosen validity, at its price now (CB-ORD-5); problems per product. */
    private List<Priced> price(PlaceOrder cmd, Instant now, List<FieldError> errors) {
        int min = cmd.type() == QuotePricing.Kind.SELECTABLE ? 2 : 1;
        if (cmd.type() == null || cmd.products().size() < min || cmd.products().size() > MAX_PRODUCTS) {
            errors.add(new FieldError("products", cmd.type() == QuotePricing.Kind.SELECTABLE
                    ? "order.products.selectableCount" : "order.products.count", List.of(min, MAX_PRODUCTS)));
            return List.of();
        }
        List<Priced> out = new ArrayList<>();
        var seen = new HashSet<Long>();
        for (int i = 0; i < cmd.products().size(); i++) {
            PlaceOrder.Choice c = cmd.products().get(i);
            String field = "products[" + i + "]";
            Product p = em.find(Product.class, c.productId());
            if (!seen.add(c.productId())) {
                errors.add(new FieldError(field, "order.product.twice", List.of(p == null ? "" : p.getName())));
                continue;
            }
            if (p == null || p.getStatus() != ProductStatus.ON_SALE) {
                throw OrderException.of(ErrorCode.PRODUCT_NOT_ON_SALE, field, "order.product.notOnSale",
                        p == null ? String.valueOf(c.productId()) : p.getName());
            }
            Optional<ProductOption> option = catalog.optionsOf(p.getId()).stream().filter(ProductOption::isOffered)
                    .filter(o -> o.getValidityDays() == c.validityDays()).findFirst();
            if (option.isEmpty()) {
                throw OrderException.of(ErrorCode.PRODUCT_NOT_ON_SALE, field, "order.product.validity", p.getName(),
                        c.validityDays());
            }
            Category category = em.find(Category.class, p.getCategoryId());
            out.add(new Priced(new OrderItem.Line(p.getId(), p.getName(), em.find(Brand.class, p.getBrandId()).getName(),
                    c.validityDays(), p.getFaceValue(), catalog.priceAt(option.get().getId(), now), p.isCashable(), false),
                    p.isCashable() || isGiftCard(category)));
        }
        return out;
    }

    /** CB-ORD-7: a gift-card category, whatever the supplier calls it ("상품권/페이", "상품권", code GIFT_CARD). */
    static boolean isGiftCard(Category c) {
        return "GIFT_CARD".equalsIgnoreCase(c.getSupplierCode()) || c.getName() != null && c.getName().contains("상품권");
    }

    /** CB-ORD-4: the selectable order's designated gift: the one asked for, else the most expensive (first of equals). */
    private static List<OrderItem.Line> designate(PlaceOrder cmd, List<Priced> priced) {
        List<OrderItem.Line> lines = priced.stream().map(Priced::line).toList();
        if (cmd.type() != QuotePricing.Kind.SELECTABLE) {
            return lines;
        }
        long designated = lines.stream().filter(l -> cmd.designatedProductId() != null
                        && l.productId() == cmd.designatedProductId()).findFirst()
                .orElseGet(() -> lines.stream().max(Comparator.comparingLong(OrderItem.Line::salePrice)
                        .thenComparing(l -> -lines.indexOf(l))).orElseThrow()).productId();
        return lines.stream().map(l -> new OrderItem.Line(l.productId(), l.productName(), l.brandName(),
                l.validityDays(), l.faceValue(), l.salePrice(), l.cashable(), l.productId() == designated)).toList();
    }

    /**
     * CB-CAT-2: what counts against the cashable limit: a general order's cashable products for every recipient; a
     * selectable order's dearest cashable product for every recipient (anyone may pick it), never above the charge.
     */
    static long cashableUse(QuotePricing.Kind type, List<OrderItem.Line> lines, int recipients, long charged) {
        List<OrderItem.Line> cashable = lines.stream().filter(OrderItem.Line::cashable).toList();
        if (cashable.isEmpty()) {
            return 0;
        }
        long perRecipient = type == QuotePricing.Kind.GENERAL
                ? cashable.stream().mapToLong(OrderItem.Line::salePrice).sum()
                : cashable.stream().mapToLong(OrderItem.Line::salePrice).max().orElse(0);
        return Math.min(charged, Math.multiplyExact(perRecipient, recipients));
    }

    /** CB-MEM-6: a sub-member's order must fit what is left of the month's limit; the member row is the lock. */
    private long useMonthlyLimit(Member m, YearMonth month, long amount) {
        if (m.getRole() == Role.MASTER) {
            return 0;
        }
        em.lock(m, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(m);
        if (m.getStatus() != MemberStatus.ACTIVE) { // CB-MEM-5, checked again under the lock
            throw OrderException.of(ErrorCode.ORDERER_NOT_ACTIVE, "member", "order.orderer.notActive",
                    m.getStatus().name());
        }
        MonthlyPurchaseLimit limit = m.getMonthlyPurchaseLimit();
        if (limit.isNone()) {
            throw OrderException.of(ErrorCode.MONTHLY_LIMIT_EXCEEDED, "amount", "order.monthly.none");
        }
        if (!limit.isUnlimited()) {
            long remaining = limit.remaining(queries.memberUsed(m.getId(), month));
            if (amount > remaining) {
                throw OrderException.of(ErrorCode.MONTHLY_LIMIT_EXCEEDED, "amount", "order.monthly.short", amount,
                        remaining, amount - remaining);
            }
        }
        return amount;
    }

    /** CB-CAT-2: permission and what is left of the month's cashable limit; the permission row is the lock. */
    private void useCashableLimit(long organisationId, YearMonth month, long use, List<OrderItem.Line> lines) {
        CashablePermission p = em.find(CashablePermission.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
        String names = String.join(", ", lines.stream().filter(OrderItem.Line::cashable)
                .map(OrderItem.Line::productName).toList());
        if (p == null || !p.isPermitted()) {
            throw OrderException.of(ErrorCode.CASHABLE_NOT_PERMITTED, "products", "order.cashable.notPermitted", names);
        }
        long remaining = Math.max(0, p.getMonthlyLimit() - queries.cashableUsed(organisationId, month));
        if (use > remaining) {
            throw OrderException.of(ErrorCode.CASHABLE_LIMIT_EXCEEDED, "amount", "order.cashable.short", use, remaining,
                    use - remaining);
        }
    }

    private static void checkTexts(PlaceOrder cmd, LocalDateTime now, boolean restricted, List<FieldError> errors) {
        OrderTexts.nameProblem(cmd.name()).ifPresent(k -> errors.add(new FieldError("name", k,
                List.of(OrderTexts.NAME_MAX))));
        OrderTexts.titleProblem(cmd.sendTitle()).ifPresent(k -> errors.add(new FieldError("sendTitle", k,
                List.of(OrderTexts.TITLE_MAX))));
        if (cmd.reservedAt() != null) {
            ReservationWindow.check(now, cmd.reservedAt(), restricted).ifPresent(r -> errors.add(
                    new FieldError("reservedAt", r.messageKey(), List.of(r.args()))));
        }
        if (cmd.anniversaryText() != null && cmd.anniversaryText().strip().length() > ANNIVERSARY_MAX) {
            errors.add(new FieldError("anniversaryText", "order.anniversary.length", List.of(ANNIVERSARY_MAX)));
        }
        if (cmd.couponPageMessage() != null && cmd.couponPageMessage().strip().length() > COUPON_PAGE_MESSAGE_MAX) {
            errors.add(new FieldError("couponPageMessage", "order.couponPage.length", List.of(COUPON_PAGE_MESSAGE_MAX)));
        }
    }

    /** CB-ORD-8: the count, then each row's problems (the first {@value #MAX_REPORTED_PROBLEMS}, and how many more). */
    private static void checkRecipients(List<RecipientRow> rows, boolean duplicatesAllowed, List<FieldError> errors) {
        if (rows.isEmpty() || rows.size() > RecipientRules.MAX_RECIPIENTS) {
            errors.add(new FieldError("recipients", "order.recipients.count", List.of(RecipientRules.MAX_RECIPIENTS,
                    rows.size())));
            return;
        }
        List<RecipientRules.Problem> problems = RecipientRules.check(rows, duplicatesAllowed);
        problems.stream().limit(MAX_REPORTED_PROBLEMS).forEach(p -> errors.add(new FieldError(
                "recipients[" + p.row() + "]." + p.field(), p.messageKey(), List.of(p.row()))));
        if (problems.size() > MAX_REPORTED_PROBLEMS) {
            errors.add(new FieldError("recipients", "order.recipients.moreProblems",
                    List.of(problems.size() - MAX_REPORTED_PROBLEMS)));
        }
    }

    private boolean giftCardDuplicatesAllowed() {
        return config.getOptionalValue(GIFT_CARD_DUPLICATES_KEY, Boolean.class).orElse(false);
    }

    /** CB-ORD-10: the operator's KakaoTalk channel sends unless a member's own profile is chosen (issue 24). */
    private String senderProfile() {
        return config.getOptionalValue(SENDER_PROFILE_KEY, String.class).orElse(DEFAULT_SENDER);
    }

    /** CB-ORD-9: the MMS fallback goes from the operator's customer-centre number, never one the orderer types. */
    private String fallbackNumber() {
        return OperatorDetails.fromConfig(config).phone();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
