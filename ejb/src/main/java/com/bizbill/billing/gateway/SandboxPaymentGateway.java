package com.bizbill.billing.gateway;

import com.bizbill.billing.sandbox.SandboxCancel;
import com.bizbill.billing.sandbox.SandboxCard;
import com.bizbill.billing.sandbox.SandboxPayment;
import com.bizbill.identity.BusinessNumber;
import com.bizbill.shared.MobileNumber;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import com.bizbill.billing.sandbox.SandboxCall;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import com.bizbill.identity.OneTimeTokens;
import com.bizbill.identity.TokenPurpose;
import java.time.Clock;
import java.time.Duration;
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
 * another key is refused. A repeated cancel with the same idempotency key answers the first result and
 * refunds nothing twice (issue 13). The card number itself is never stored, only brand, last 4 and behaviour.
 */
@ApplicationScoped
@Typed(SandboxPaymentGateway.class)
public class SandboxPaymentGateway implements PaymentGateway {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<VirtualAccountDeposited> deposits;

    @Inject
    com.bizbill.messaging.MessageGateway messages;

    @Inject
    OneTimeTokens tokens;

    /** The gateway's own phone verification (BP-CARD-1 step 3): codes by mobile number, 3 minutes each. */
    private final java.util.Map<String, PhoneCode> phoneCodes = new java.util.concurrent.ConcurrentHashMap<>();

    private record PhoneCode(String code, java.time.Instant expires) {
    }

    /** Issue 14 §2: at most 5 SMS codes per number per 10 minutes and 20 per client address per hour. */
    private final SendThrottle perNumber = new SendThrottle(5, Duration.ofMinutes(10));
    private final SendThrottle perAddress = new SendThrottle(20, Duration.ofHours(1));

    /**
     * One window session (issue 14 §2): what our application opened the window for. A card registration
     * names its customer key; a payment its order id and amount. The window takes them from here, never from
     * its URL.
     */
    public record WindowSession(String kind, String customerKey, String orderId, long amount) {

        public boolean isCard() {
            return "CARD".equals(kind);
        }

        public boolean isPayment() {
            return "PAY".equals(kind);
        }
    }

    /** Issue 14 §2: our application opens the card window for one registration (customer key); the token opens it. */
    public String openCardWindow(String customerKey) {
        if (customerKey == null || customerKey.isBlank() || customerKey.contains("|")) {
            throw new BizbillException(ErrorCode.PG_WINDOW_INVALID, "no customer key");
        }
        return tokens.issueLink(TokenPurpose.PG_WINDOW, "CARD|" + customerKey);
    }

    /**
     * Issue 14 §2: our application opens the payment window for one order id it issued and its amount; the window
     * approves only that order, so nobody can pre-claim an order id of ours in the sandbox.
     */
    public String openPaymentWindow(String orderId, long amount) {
        if (orderId == null || orderId.isBlank() || orderId.contains("|") || amount <= 0) {
            throw new BizbillException(ErrorCode.PG_WINDOW_INVALID, "no order id or amount");
        }
        return tokens.issueLink(TokenPurpose.PG_WINDOW, "PAY|" + orderId + "|" + amount);
    }

    /** The live window session behind {@code token}, without using it up (to show the window). */
    public Optional<WindowSession> window(String token) {
        return tokens.peekLink(TokenPurpose.PG_WINDOW, token).map(t -> {
            String[] p = t.getSubject().split("\\|");
            return "CARD".equals(p[0]) ? new WindowSession("CARD", p[1], null, 0)
                    : new WindowSession("PAY", null, p[1], Long.parseLong(p[2]));
        });
    }

    private WindowSession requireWindow(String token, boolean card) {
        return window(token).filter(w -> card ? w.isCard() : w.isPayment()).orElseThrow(
                () -> new BizbillException(ErrorCode.PG_WINDOW_INVALID, "sandbox window without a valid token"));
    }

    /**
     * The card window's "send code" (issue 14 §2): only in a window our application opened, and throttled per
     * number and per client address.
     */
    public void sendPhoneCode(String token, String mobile, String clientAddress) {
        requireWindow(token, true);
        String digits = MobileNumber.of(mobile).map(MobileNumber::digits)
                .orElseThrow(() -> new BizbillException(ErrorCode.VALIDATION_FAILED, "not a mobile number",
                        List.of(new BizbillException.FieldError("mobile", "pg.mobile"))));
        java.time.Instant now = clock.instant();
        String address = clientAddress == null ? "?" : clientAddress;
        synchronized (this) {
            if (!perNumber.allows(digits, now) || !perAddress.allows(address, now)) {
                throw new BizbillException(ErrorCode.PG_SMS_THROTTLED, "sandbox SMS codes throttled for " + address);
            }
            perNumber.record(digits, now);
            perAddress.record(address, now);
        }
        textCode(digits);
    }

    /** Texts a 6-digit code to the card holder's phone (through the message gateway: staff can read it). */
    private void textCode(String digits) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        phoneCodes.put(digits, new PhoneCode(code, clock.instant().plus(java.time.Duration.ofMinutes(3))));
        messages.sendSms(digits, "[Sandbox PG] 카드 등록 본인확인 인증번호 " + code);
    }

    /** Whether {@code code} is the live code sent to {@code mobile}; a used code is spent by {@link #spendPhoneCode}. */
    public boolean phoneVerified(String mobile, String code) {
        PhoneCode p = phoneCodes.get(codeKey(mobile));
        return p != null && code != null && p.code().equals(code.trim()) && clock.instant().isBefore(p.expires());
    }

    public void spendPhoneCode(String mobile) {
        phoneCodes.remove(codeKey(mobile));
    }

    /** Codes are kept under the number's canonical digits (issue 15 §4), however the holder typed it. */
    private static String codeKey(String mobile) {
        return MobileNumber.of(mobile).map(MobileNumber::digits).orElse("");
    }

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

    /**
     * The card window's submit (issue 14 §2): the card is checked like {@link #enterCard} for the customer key
     * the window was opened for; the window's token is used up with it (a refused card keeps it).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public WindowResult enterCardInWindow(String token, String cardNumber, int expiryMonth, int expiryYear,
                                          boolean corporate, String birthDateOrBusinessNumber) {
        WindowSession w = requireWindow(token, true);
        String authKey = enterCard(cardNumber, expiryMonth, expiryYear, corporate, birthDateOrBusinessNumber,
                w.customerKey());
        tokens.useLink(TokenPurpose.PG_WINDOW, token);
        return new WindowResult(authKey, w.customerKey(), null, 0);
    }

    /** What a window hands back to the merchant's success URL. */
    public record WindowResult(String key, String customerKey, String orderId, long amount) {
    }

    /** The payment window's approve (issue 14 §2): only the order and amount the token was issued for. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public WindowResult approveWindow(String token, String method) {
        WindowSession w = requireWindow(token, false);
        String paymentKey = approveInWindow(w.orderId(), method, w.amount());
        tokens.useLink(TokenPurpose.PG_WINDOW, token);
        return new WindowResult(paymentKey, null, w.orderId(), w.amount());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public BillingKey issueBillingKey(String authKey, String customerKey) {
        SandboxCard card = authKey == null ? null : em.find(SandboxCard.class, authKey);
        if (card == null || card.getBillingKey() != null || !card.getCustomerKey().equals(customerKey)) {
            throw new BizbillException(ErrorCode.PAYMENT_DECLINED, "INVALID_AUTH_KEY: unknown or used auth key");
        }
        card.issue("sbx_bk_" + random());
        log("billing-key", null, null, card.getBrand() + " ****" + card.getLast4());
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
        // issue 13: a cancel is kept by its idempotency key; the same key again answers the first result
        Optional<SandboxCancel> earlier = cancelByKey(idempotencyKey);
        if (earlier.isPresent()) {
            log("cancel", orderIdOf(paymentKey), amount, "REPLAYED " + (earlier.get().isOk() ? "OK"
                    : earlier.get().getFailureCode()));
            return result(earlier.get());
        }
        SandboxPayment p = em.createQuery("select p from SandboxPayment p where p.paymentKey = :k", SandboxPayment.class)
                .setParameter("k", paymentKey).getResultStream().findFirst().orElse(null);
        CancelResult r;
        if (p == null) {
            r = new CancelResult(false, 0, "NOT_FOUND_PAYMENT", "존재하지 않는 결제 정보 입니다.");
        } else {
            try {
                r = new CancelResult(true, p.cancel(amount), null, null);
                log("cancel", p.getOrderId(), r.cancelledAmount(), "OK");
            } catch (IllegalStateException e) {
                log("cancel", p.getOrderId(), amount, "NOT_CANCELABLE_AMOUNT");
                r = new CancelResult(false, 0, "NOT_CANCELABLE_AMOUNT", "취소 할 수 없는 금액 입니다.");
            }
        }
        if (idempotencyKey != null && p != null) {
            em.persist(new SandboxCancel(idempotencyKey, paymentKey, amount, r.ok(), r.cancelledAmount(),
                    r.failureCode(), clock.instant()));
        }
        return r;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<CancelResult> lookupCancel(String paymentKey, Long amount, String reason, String idempotencyKey) {
        Optional<CancelResult> r = cancelByKey(idempotencyKey).filter(c -> c.getPaymentKey().equals(paymentKey))
                .map(SandboxPaymentGateway::result);
        log("cancel-lookup", orderIdOf(paymentKey), amount, r.map(c -> c.ok() ? "OK" : c.failureCode())
                .orElse("NOT_FOUND"));
        return r;
    }

    /** How often the payment {@code paymentKey} was refunded and how much in all (staff screen, tests). */
    public long cancelledAmountOf(String paymentKey) {
        return em.createQuery("select p.cancelledAmount from SandboxPayment p where p.paymentKey = :k", Long.class)
                .setParameter("k", paymentKey).getResultStream().findFirst().orElse(0L);
    }

    private Optional<SandboxCancel> cancelByKey(String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from SandboxCancel c where c.idempotencyKey = :k", SandboxCancel.class)
                .setParameter("k", idempotencyKey).getResultStream().findFirst();
    }

    private String orderIdOf(String paymentKey) {
        return em.createQuery("select p.orderId from SandboxPayment p where p.paymentKey = :k", String.class)
                .setParameter("k", paymentKey).getResultStream().findFirst().orElse(null);
    }

    private static CancelResult result(SandboxCancel c) {
        return c.isOk() ? new CancelResult(true, c.getCancelledAmount(), null, null)
                : new CancelResult(false, 0, c.getFailureCode(), "취소 할 수 없는 금액 입니다.");
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ChargeResult> lookup(String orderId) {
        Optional<ChargeResult> r = byOrderId(orderId).filter(p -> p.getPaymentKey() != null).map(SandboxPayment::getId)
                .map(id -> result(em.find(SandboxPayment.class, id)));
        log("lookup", orderId, null, r.map(x -> x.status().name()).orElse("NOT_FOUND"));
        return r;
    }

    /**
     * The gateway's own payment window (card or real-time transfer, CB-WAL-1): the customer approved
     * the payment there; the gateway keeps it READY and hands back a payment key for the merchant to
     * confirm. A card number typed here is checked like {@link #enterCard} and never stored.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String approveInWindow(String orderId, String method, long amount) {
        if (orderId == null || orderId.isBlank() || amount <= 0 || byOrderId(orderId).isPresent()) {
            throw new BizbillException(ErrorCode.PAYMENT_DECLINED, "sandbox window: invalid or used order " + orderId);
        }
        String paymentKey = "sbx_pay_" + random();
        em.persist(SandboxPayment.approvedInWindow(orderId, paymentKey, method, amount, clock.instant()));
        log("window-approve", orderId, amount, method + " READY");
        return paymentKey;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ChargeResult confirm(String paymentKey, String orderId, long amount, String idempotencyKey) {
        SandboxPayment p = byOrderId(orderId).filter(x -> paymentKey != null && paymentKey.equals(x.getPaymentKey()))
                .orElse(null);
        ChargeResult r;
        if (p == null) {
            r = new ChargeResult(ChargeResult.Status.DECLINED, null, orderId, amount, "NOT_FOUND_PAYMENT_SESSION",
                    "결제 시간이 만료되어 결제 진행 데이터가 존재하지 않습니다.");
        } else if (p.getAmount() != amount) {
            r = new ChargeResult(ChargeResult.Status.DECLINED, null, orderId, amount, "INVALID_REQUEST",
                    "결제 금액이 일치하지 않습니다.");
        } else {
            if ("READY".equals(p.getStatus())) {
                p.done(idempotencyKey);
            }
            r = result(p); // a repeated confirm answers the first result
        }
        log("confirm", orderId, amount, r.status() + (r.failureCode() == null ? "" : " " + r.failureCode()));
        return r;
    }

    /** How long a sandbox virtual account takes deposits (its due time). */
    static final java.time.Duration VIRTUAL_ACCOUNT_VALIDITY = java.time.Duration.ofDays(3);

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public VirtualAccount issueVirtualAccount(VirtualAccountRequest v) {
        SandboxPayment p = byOrderId(v.orderId()).orElse(null);
        if (p == null) {
            String account = "9" + String.format("%013d", Math.floorMod(RANDOM.nextLong(), 10_000_000_000_000L));
            p = SandboxPayment.virtualAccount(v.orderId(), v.idempotencyKey(), "sbx_pay_" + random(), v.amount(),
                    "88", account, clock.instant());
            em.persist(p);
        } else if (!v.idempotencyKey().equals(p.getIdempotencyKey())) {
            throw new BizbillException(ErrorCode.PAYMENT_DECLINED, "DUPLICATED_ORDER_ID: " + v.orderId());
        }
        log("virtual-account", v.orderId(), v.amount(), "WAITING_FOR_DEPOSIT " + p.getAccountNumber());
        return new VirtualAccount(p.getPaymentKey(), p.getOrderId(), p.getBank(), p.getAccountNumber(), p.getAmount(),
                p.getCreatedAt().plus(VIRTUAL_ACCOUNT_VALIDITY));
    }

    /**
     * The customer's deposit into a virtual account arrives (staff press a button, or a test): the
     * gateway marks it paid and, after its own commit, notifies the merchant as its webhook would.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deposit(String orderId) {
        SandboxPayment p = byOrderId(orderId).filter(x -> "VIRTUAL_ACCOUNT".equals(x.getMethod()))
                .orElseThrow(() -> new BizbillException(ErrorCode.VIRTUAL_ACCOUNT_NOT_FOUND, "no virtual account for " + orderId));
        if (!"WAITING_FOR_DEPOSIT".equals(p.getStatus())) {
            throw new BizbillException(ErrorCode.VIRTUAL_ACCOUNT_STATE_CONFLICT, "virtual account " + orderId + " is " + p.getStatus());
        }
        if (clock.instant().isAfter(p.getCreatedAt().plus(VIRTUAL_ACCOUNT_VALIDITY))) {
            // as a real gateway: the account closes at its due time and takes no deposit afterwards (issue 18 §2)
            throw new BizbillException(ErrorCode.VIRTUAL_ACCOUNT_STATE_CONFLICT, "virtual account " + orderId + " expired");
        }
        p.done(null);
        log("deposit", orderId, p.getAmount(), "DONE");
        deposits.fire(new VirtualAccountDeposited(orderId, p.getPaymentKey(), p.getAmount()));
    }

    /** Every call the gateway answered, newest first (staff screen). */
    public Page<SandboxCall> calls(int page, int size) {
        long total = em.createQuery("select count(c) from SandboxCall c", Long.class).getSingleResult();
        return new Page<>(em.createQuery("select c from SandboxCall c order by c.id desc", SandboxCall.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList(), page, size, total);
    }

    /** Virtual accounts still waiting for their deposit (staff screen's "deposit" buttons). */
    public List<SandboxPayment> waitingDeposits() {
        return em.createQuery("select p from SandboxPayment p where p.status = 'WAITING_FOR_DEPOSIT' order by p.id desc",
                SandboxPayment.class).setMaxResults(50).getResultList();
    }

    private void log(String operation, String orderId, Long amount, String outcome) {
        em.persist(new SandboxCall(clock.instant(), operation, orderId, amount, outcome));
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
        log("charge", c.orderId(), c.amount(), status + (failureCode == null ? "" : " " + failureCode));
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
