package com.bizbill.billing.gateway;

import com.bizbill.billing.sandbox.SandboxCard;
import com.bizbill.billing.sandbox.SandboxPayment;
import com.bizbill.identity.BusinessNumber;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The in-app payment gateway: behaves like a billing-key card PG and keeps its own books in its own
 * transactions (it is "outside": a caller's rollback does not undo a charge it made). Test cards:
 * <ul>
 * <li>any valid card number — approved;</li>
 * <li>ending in {@code 0002} — declined, insufficient funds ({@code REJECT_CARD_PAYMENT});</li>
 * <li>ending in {@code 0003} — declined, stolen/stopped card ({@code INVALID_STOPPED_CARD});</li>
 * <li>ending in {@code 0009} — charged, but the answer is lost (timeout): the caller must reconcile
 *     by order id, where the payment is found.</li>
 * </ul>
 * A repeated charge with the same idempotency key returns the first result; the same order id with
 * another key is refused. The card number itself is never stored, only brand, last 4 and behaviour.
 */
@ApplicationScoped
@Typed(SandboxPaymentGateway.class)
public class SandboxPaymentGateway implements PaymentGateway {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * What the gateway's own card page does with what the customer typed there (BP-CARD-1 step 2):
     * checks it and returns an auth key. Personal cards give a 6-digit birth date, corporate cards the
     * business registration number — never a resident registration number.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String enterCard(String cardNumber, int expiryMonth, int expiryYear, boolean corporate,
                            String birthDateOrBusinessNumber, String customerKey) {
        List<BizbillException.FieldError> errors = new ArrayList<>();
        String digits = cardNumber == null ? "" : cardNumber.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{15,16}") || !luhn(digits)) {
            errors.add(new BizbillException.FieldError("cardNumber", "card.number"));
        }
        if (expiryMonth < 1 || expiryMonth > 12
                || YearMonth.of(Math.max(expiryYear, 1), Math.max(1, Math.min(expiryMonth, 12)))
                .isBefore(YearMonth.now(clock))) {
            errors.add(new BizbillException.FieldError("expiry", "card.expiry"));
        }
        String id = birthDateOrBusinessNumber == null ? "" : birthDateOrBusinessNumber.trim();
        if (corporate ? BusinessNumber.check(id).isPresent() : !id.matches("\\d{6}")) {
            errors.add(new BizbillException.FieldError("owner", corporate ? "business.format" : "card.birthDate"));
        }
        if (customerKey == null || customerKey.isBlank()) {
            errors.add(new BizbillException.FieldError("customerKey", "field.required"));
        }
        if (!errors.isEmpty()) {
            throw new BizbillException(ErrorCode.VALIDATION_FAILED, "card refused by the gateway page", errors);
        }
        String behaviour = digits.endsWith("0002") ? "DECLINE_FUNDS" : digits.endsWith("0003") ? "STOLEN"
                : digits.endsWith("0009") ? "TIMEOUT" : "OK";
        String brand = switch (digits.charAt(0)) {
            case '4' -> "VISA";
            case '5' -> "MASTER";
            case '3' -> "AMEX";
            default -> "BC";
        };
        String authKey = "sbx_auth_" + random();
        em.persist(new SandboxCard(authKey, customerKey, brand, digits.substring(digits.length() - 4), behaviour,
                clock.instant()));
        return authKey;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public BillingKey issueBillingKey(String authKey, String customerKey) {
        SandboxCard card = authKey == null ? null : em.find(SandboxCard.class, authKey);
        if (card == null || card.getBillingKey() != null || !card.getCustomerKey().equals(customerKey)) {
            throw new BizbillException(ErrorCode.PAYMENT_DECLINED, "INVALID_AUTH_KEY: unknown or used auth key");
        }
        card.issue("sbx_bk_" + random());
        return new BillingKey(card.getBillingKey(), card.getBrand(), card.getLast4());
    }

    @Override
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = GatewayOutcomeUnknown.class)
    public ChargeResult charge(ChargeRequest c) {
        Optional<SandboxPayment> earlier = byOrderId(c.orderId());
        if (earlier.isPresent()) {
            SandboxPayment p = earlier.get();
            if (p.getIdempotencyKey() != null && p.getIdempotencyKey().equals(c.idempotencyKey())) {
                return result(p); // the same request again: the first answer, no second charge
            }
            return new ChargeResult(ChargeResult.Status.DECLINED, null, c.orderId(), c.amount(),
                    "DUPLICATED_ORDER_ID", "이미 승인 및 취소가 진행된 주문번호입니다.");
        }
        SandboxCard card = em.createQuery("select c from SandboxCard c where c.billingKey = :k", SandboxCard.class)
                .setParameter("k", c.billingKey()).getResultStream().findFirst().orElse(null);
        if (card == null || !card.getCustomerKey().equals(c.customerKey())) {
            return record(c, null, "DECLINED", "INVALID_BILLING_KEY");
        }
        if (c.amount() <= 0) {
            return record(c, null, "DECLINED", "INVALID_AMOUNT");
        }
        return switch (card.getBehaviour()) {
            case "DECLINE_FUNDS" -> record(c, null, "DECLINED", "REJECT_CARD_PAYMENT");
            case "STOLEN" -> record(c, null, "DECLINED", "INVALID_STOPPED_CARD");
            case "TIMEOUT" -> {
                record(c, "sbx_pay_" + random(), "DONE", null);
                throw new GatewayOutcomeUnknown("sandbox: the gateway charged but the answer was lost", null);
            }
            default -> record(c, "sbx_pay_" + random(), "DONE", null);
        };
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CancelResult cancel(String paymentKey, Long amount, String reason, String idempotencyKey) {
        SandboxPayment p = em.createQuery("select p from SandboxPayment p where p.paymentKey = :k", SandboxPayment.class)
                .setParameter("k", paymentKey).getResultStream().findFirst().orElse(null);
        if (p == null) {
            return new CancelResult(false, 0, "NOT_FOUND_PAYMENT", "존재하지 않는 결제 정보 입니다.");
        }
        try {
            return new CancelResult(true, p.cancel(amount), null, null);
        } catch (IllegalStateException e) {
            return new CancelResult(false, 0, "NOT_CANCELABLE_AMOUNT", "취소 할 수 없는 금액 입니다.");
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ChargeResult> lookup(String orderId) {
        return byOrderId(orderId).filter(p -> p.getPaymentKey() != null).map(SandboxPayment::getId)
                .map(id -> result(em.find(SandboxPayment.class, id)));
    }

    /** What the gateway was asked, newest first (staff screen, tests). */
    public Page<SandboxPayment> payments(int page, int size) {
        long total = em.createQuery("select count(p) from SandboxPayment p", Long.class).getSingleResult();
        return new Page<>(em.createQuery("select p from SandboxPayment p order by p.id desc", SandboxPayment.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList(), page, size, total);
    }

    private ChargeResult record(ChargeRequest c, String paymentKey, String status, String failureCode) {
        SandboxPayment p = new SandboxPayment(c.orderId(), c.idempotencyKey(), paymentKey, c.billingKey(), c.amount(),
                status, failureCode, clock.instant());
        em.persist(p);
        return result(p);
    }

    private static ChargeResult result(SandboxPayment p) {
        ChargeResult.Status s = ChargeResult.Status.valueOf(p.getStatus());
        return new ChargeResult(s, p.getPaymentKey(), p.getOrderId(), p.getAmount(), p.getFailureCode(),
                p.getFailureCode() == null ? null : switch (p.getFailureCode()) {
                    case "REJECT_CARD_PAYMENT" -> "한도초과 혹은 잔액부족으로 결제에 실패했습니다.";
                    case "INVALID_STOPPED_CARD" -> "정지된 카드 입니다.";
                    default -> "결제할 수 없습니다.";
                });
    }

    private Optional<SandboxPayment> byOrderId(String orderId) {
        return em.createQuery("select p from SandboxPayment p where p.orderId = :o", SandboxPayment.class)
                .setParameter("o", orderId).getResultStream().findFirst();
    }

    private static String random() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
