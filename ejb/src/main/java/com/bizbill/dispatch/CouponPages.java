package com.bizbill.dispatch;

import com.bizbill.identity.OneTimeTokens;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.TokenPurpose;
import com.bizbill.messaging.MessageGateway;
import com.bizbill.ordering.CouponOrder;
import com.bizbill.ordering.CouponStatus;
import com.bizbill.ordering.OrderCoupon;
import com.bizbill.ordering.OrderException;
import com.bizbill.ordering.OrderItem;
import com.bizbill.ordering.OrderMessages;
import com.bizbill.ordering.OrderRecipient;
import com.bizbill.ordering.SendStatus;
import com.bizbill.shared.MobileNumber;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Issue 22 §1, CB-DSP-1 (the recipient's side): the public coupon page {@code /c/{token}}. The token (256 bits) finds
 * the recipient; the recipient proves the number with an SMS code sent to it (at most {@value #CODES_PER_HOUR} codes
 * an hour per link, five tries per code, and failures counted per client address) before any coupon is shown. A link
 * stops working its grace period after the order's last validity date.
 */
@Stateless
public class CouponPages {

    static final int CODES_PER_HOUR = 5;
    static final String GRACE_KEY = "bizbill.coupon-page.grace";

    @PersistenceContext
    EntityManager em;

    @Inject
    OneTimeTokens tokens;

    @Inject
    MessageGateway messages;

    @Inject
    CouponPageThrottle throttle;

    @Inject
    GiftChoiceSteps giftSteps;

    @Inject
    GiftChoices giftChoices;

    @Inject
    Clock clock;

    @Inject
    Config config;

    /** What the page shows before verification: whose gift, to which (masked) number. */
    public record Link(long recipientId, String sender, String sendTitle, String maskedMobile, boolean sent) {
    }

    /** One coupon on the verified page. */
    public record Coupon(long id, String brand, String product, String number, LocalDate validUntil,
                         RecipientCouponState state) {
    }

    /**
     * The verified page: the orderer's message and the coupons, with the manual's discard notice; for a selectable
     * order whose recipient has not chosen yet, the gifts to choose from ({@code choosing}), those not on sale (the
     * manual's third case) or that failed shown as unavailable; {@code preparing} while a chosen gift's answer is
     * awaited; {@code closed} when no gift could be issued (the amount went back to the sender).
     */
    public record Sheet(String sender, String sendTitle, String recipientName, String message, List<Coupon> coupons,
                        CouponPageRules.DiscardNotice notice, boolean choosing, List<GiftChoiceSteps.Option> options,
                        boolean preparing, boolean closed) {
    }

    /** The application's clock (for the web's proof of verification, so a moved demo clock moves it too). */
    public java.time.Instant now() {
        return clock.instant();
    }

    /** The link's recipient if the link is known and still open; empty otherwise (never says which). */
    public Optional<Link> link(String token) {
        return recipient(token).map(r -> {
            CouponOrder o = em.find(CouponOrder.class, r.getOrderId());
            boolean sent = r.getSendStatus() == SendStatus.SUCCESS || r.getSendStatus() == SendStatus.FAILURE
                    || (r.getSendStatus() == SendStatus.IN_PROGRESS && r.getMessageRef() != null);
            return new Link(r.getId(), sender(o), o.getSendTitle(), MobileNumber.mask(r.getMobile()), sent);
        });
    }

    /** Sends a code to the recipient's number; refused past the per-link or per-address limits. */
    public String sendCode(String token, String address) {
        if (throttle.isBlocked(address)) {
            throw new OrderException(ErrorCode.COUPON_CODE_LIMIT, "too many tries from " + address);
        }
        OrderRecipient r = recipient(token).orElseThrow(() -> invalid(address));
        String subject = subject(r);
        long recent = em.createQuery("select count(t) from OneTimeToken t where t.purpose = :p and t.subject = :s "
                        + "and t.createdAt > :since", Long.class).setParameter("p", TokenPurpose.COUPON_PAGE_CODE)
                .setParameter("s", subject).setParameter("since", clock.instant().minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= CODES_PER_HOUR) {
            throw new OrderException(ErrorCode.COUPON_CODE_LIMIT, CODES_PER_HOUR + " codes within the hour");
        }
        throttle.counted(address); // every code sent counts against the address, so one address cannot spray links
        String code = tokens.issueCode(TokenPurpose.COUPON_PAGE_CODE, subject);
        messages.sendSms(r.getMobile(), "[Bizbill] 쿠폰 확인 인증번호 " + code + " (3분 이내 입력)");
        return MobileNumber.mask(r.getMobile());
    }

    /** Whether the code proves the number; a wrong code counts against the code and the address. */
    public boolean verify(String token, String code, String address) {
        if (throttle.isBlocked(address)) {
            throw new OrderException(ErrorCode.COUPON_CODE_LIMIT, "too many tries from " + address);
        }
        OrderRecipient r = recipient(token).orElseThrow(() -> invalid(address));
        boolean ok = code != null && code.strip().matches("\\d{6}")
                && tokens.useCode(TokenPurpose.COUPON_PAGE_CODE, subject(r), code.strip());
        if (!ok) {
            throttle.counted(address);
        }
        return ok;
    }

    /** The coupons of a verified link (the caller keeps the proof of verification). */
    public Sheet sheet(String token) {
        OrderRecipient r = recipient(token).orElseThrow(() -> new OrderException(ErrorCode.COUPON_LINK_INVALID,
                "unknown or closed link"));
        CouponOrder o = em.find(CouponOrder.class, r.getOrderId());
        Map<Long, OrderItem> items = em.createQuery("select i from OrderItem i where i.orderId = :o", OrderItem.class)
                .setParameter("o", o.getId()).getResultStream()
                .collect(Collectors.toMap(OrderItem::getId, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<Coupon> coupons = em.createQuery("select c from OrderCoupon c where c.recipientId = :r", OrderCoupon.class)
                .setParameter("r", r.getId()).getResultStream()
                .filter(c -> c.getStatus() == CouponStatus.ISSUED || c.getStatus() == CouponStatus.DISCARDED)
                .sorted(Comparator.comparing(c -> items.get(c.getItemId()).getPosition()))
                .map(c -> new Coupon(c.getId(), items.get(c.getItemId()).getBrandName(),
                        items.get(c.getItemId()).getProductName(), c.getPin(), c.getValidUntil(),
                        CouponPageRules.shown(c.getStatus(), c.getSupplierState(), c.getValidUntil(), today)))
                .toList();
        String message = o.getCouponPageMessage() == null ? null
                : OrderMessages.fill(o.getCouponPageMessage(), r.row(), true, o.getAnniversaryText());
        boolean selectable = o.getType() == com.bizbill.catalog.QuotePricing.Kind.SELECTABLE;
        OrderCoupon chosen = selectable ? giftSteps.chosen(r.getId()) : null;
        boolean closed = selectable && r.getChoiceClosedAt() != null;
        boolean choosing = selectable && chosen == null && !closed;
        return new Sheet(sender(o), o.getSendTitle(), r.getName(), message, coupons,
                CouponPageRules.notice(coupons.stream().map(Coupon::state).toList()), choosing,
                choosing ? giftSteps.options(r.getId()) : List.of(),
                chosen != null && chosen.getStatus() == CouponStatus.ISSUING, closed);
    }

    /** Issue 22 §2: the proved recipient chooses a gift of a selectable order (outside calls: no transaction). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public GiftChoices.Outcome choose(String token, long itemId) {
        OrderRecipient r = recipient(token).orElseThrow(() -> new OrderException(ErrorCode.COUPON_LINK_INVALID,
                "unknown or closed link"));
        return giftChoices.choose(r.getId(), itemId);
    }

    /** The barcode of one of the link's coupons (never another recipient's). */
    public byte[] barcode(String token, long couponId) {
        OrderRecipient r = recipient(token).orElseThrow(() -> new OrderException(ErrorCode.COUPON_LINK_INVALID,
                "unknown or closed link"));
        OrderCoupon c = em.find(OrderCoupon.class, couponId);
        if (c == null || c.getRecipientId() != r.getId() || c.getPin() == null) {
            throw new OrderException(ErrorCode.COUPON_LINK_INVALID, "no such coupon on this link");
        }
        return CouponImages.barcodePng(c.getPin());
    }

    private Optional<OrderRecipient> recipient(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return em.createQuery("select r from OrderRecipient r where r.token = :t", OrderRecipient.class)
                .setParameter("t", token).getResultStream().findFirst().filter(this::open);
    }

    /** Issue 22 §1: the link works until the order's last validity date plus the grace period. */
    private boolean open(OrderRecipient r) {
        CouponOrder o = em.find(CouponOrder.class, r.getOrderId());
        LocalDate latest = em.createQuery("select max(c.validUntil) from OrderCoupon c where c.orderId = :o",
                LocalDate.class).setParameter("o", o.getId()).getSingleResult();
        int longest = em.createQuery("select max(i.validityDays) from OrderItem i where i.orderId = :o", Integer.class)
                .setParameter("o", o.getId()).getSingleResult();
        LocalDate placed = o.getPlacedAt().atZone(clock.getZone()).toLocalDate();
        Period grace = config.getOptionalValue(GRACE_KEY, String.class).map(Period::parse)
                .orElse(CouponPageRules.DEFAULT_GRACE);
        return CouponPageRules.opens(CouponPageRules.lastDay(latest, placed, longest, grace), LocalDate.now(clock));
    }

    private String sender(CouponOrder o) {
        return em.find(Organisation.class, o.getOrganisationId()).getName();
    }

    private static String subject(OrderRecipient r) {
        return "recipient:" + r.getId();
    }

    private OrderException invalid(String address) {
        throttle.counted(address); // guessing links counts against the address too
        return new OrderException(ErrorCode.COUPON_LINK_INVALID, "unknown or closed link");
    }
}
