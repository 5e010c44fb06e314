package com.bizbill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.billing.BillingAccount;
import com.bizbill.billing.CardService;
import com.bizbill.billing.PaymentAttempt;
import com.bizbill.billing.PaymentAttempts;
import com.bizbill.billing.PaymentCard;
import com.bizbill.billing.PaymentMethod;
import com.bizbill.billing.gateway.SandboxPaymentGateway;
import com.bizbill.identity.BusinessNumber;
import com.bizbill.identity.IdentityService;
import com.bizbill.identity.Member;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.PaymentType;
import com.bizbill.identity.Role;
import com.bizbill.shared.audit.AuditEntry;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.time.DemoClockService;
import com.bizbill.wallet.ChargeStatus;
import com.bizbill.wallet.WalletCharge;
import com.bizbill.wallet.WalletCharging;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 §1-2: card registration bound to the session that agreed to the terms (BP-CARD-1), and the
 * sandbox PG only where it is the gateway, its windows bound to our tokens, its SMS step throttled. The
 * reproductions of the issue are regression tests here. Each test makes its own organisations.
 */
@ExtendWith(ArquillianExtension.class)
class CardSecurityIT {

    static final String OK_CARD = "4000000001000001";
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(CardSecurityIT.class, CardSecurityIT.Browser.class, JsfForm.class,
                Deployments.class, Fixtures.class);
    }

    @ArquillianResource
    URL url;

    private String base;

    @Inject
    CardService cards;

    @Inject
    SandboxPaymentGateway sandbox;

    @Inject
    WalletCharging charging;

    @Inject
    PaymentAttempts attempts;

    @Inject
    IdentityService identity;

    @Inject
    DemoClockService demoClock;

    /** Issue 16 §5: a test that moved the shared demo clock puts it back even when it fails half-way. */
    @org.junit.jupiter.api.AfterEach
    void putTheDemoClockBack() {
        if (!demoClock.offset().isZero()) {
            demoClock.reset();
        }
    }

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;


    /** One browser session over plain HTTP (in-container, so java.net.http): cookies kept, redirects not followed. */
    static final class Browser {

        private final String base;
        String lastLogin;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        Browser(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, Map<String, String> form, boolean ajax) throws Exception {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            if (ajax) {
                b.header("Faces-Request", "partial/ajax");
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        static Browser login(String base, String loginId, String password) throws Exception {
            Browser s = new Browser(base);
            String page = s.get("/login.xhtml").body();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:loginId", loginId);
            form.put("login:password", password);
            form.put("login:submit", "");
            form.putAll(JsfForm.hiddenFields(page));
            HttpResponse<String> r = s.post("/login.xhtml", form, false);
            String location = r.headers().firstValue("Location").orElse("");
            assertTrue(r.statusCode() == 302 && !location.contains("login"), "login of " + loginId + ": "
                    + r.statusCode() + " " + location);
            s.lastLogin = location;
            return s;
        }
    }

    @BeforeEach
    void base() {
        base = Deployments.base(url);
    }

    /** A new card-paying billing-portal customer with a login; returns {organisationId, memberId} and its login id. */
    private record Customer(long org, long member, String login) {
    }

    private static final String PASSWORD = "Customer!2345";

    private Customer customer() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        Organisation org = identity.createOrganisation("카드 고객 " + u, OrganisationKind.CUSTOMER);
        em.flush();
        Member m = identity.createMember("card-" + u, PASSWORD, "고객 " + u, Role.CUSTOMER, org.getId());
        BillingAccount account = new BillingAccount(org, "본사 " + u, PaymentMethod.CARD_AUTO, "card-" + u + "@example.com",
                false, clock.instant());
        em.persist(account);
        account.attachLogin(m);
        em.flush();
        tx.commit();
        return new Customer(org.getId(), m.getId(), "card-" + u);
    }

    private long[] prepaidCompany() throws Exception {
        tx.begin();
        Organisation org = Organisation.couponCompany("카드 지갑 " + UUID.randomUUID().toString().substring(0, 6),
                BusinessNumber.parse("220-81-62517"), "김대표", PaymentType.PREPAID, clock.instant());
        org.approve();
        em.persist(org);
        em.flush();
        Member master = identity.createMember("cs-" + UUID.randomUUID() + "@example.com", "Master!2345", "홍길동",
                Role.MASTER, org.getId());
        em.flush();
        tx.commit();
        return new long[] {org.getId(), master.getId()};
    }

    private long cardsOf(long org) {
        return em.createQuery("select count(c) from PaymentCard c where c.organisationId = :o", Long.class)
                .setParameter("o", org).getSingleResult();
    }

    private List<AuditEntry> refusals(long org) {
        return em.createQuery("select a from AuditEntry a where a.organisationId = :o "
                + "and a.action = 'CARD_CALLBACK_REFUSED' order by a.id", AuditEntry.class)
                .setParameter("o", org).getResultList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        assertTrue(m.find(), "no view state on the page");
        return m.group(1);
    }

    /** The auth key of a card typed in a window our application opened for {@code customerKey}. */
    private String authKeyFor(String customerKey) {
        String window = sandbox.openCardWindow(customerKey);
        return sandbox.enterCardInWindow(window, OK_CARD, 12, 2099, false, "900101").key();
    }

    /** The card page, after a callback's redirect, with the flash message it carries. */
    private String cardPageAfter(Browser s, HttpResponse<String> callback) throws Exception {
        assertEquals(302, callback.statusCode(), () -> callback.uri() + " answered " + callback.statusCode() + " "
                + callback.headers().map() + " " + callback.body().substring(0, Math.min(2000, callback.body().length())));
        String location = callback.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/portal/card.xhtml"), location);
        return s.get("/portal/card.xhtml").body();
    }

    // ------------------------------------------------------------------ §1 card registration (BP-CARD-1)

    @Test
    void bpCard1ForgedCallbackFromAnotherSessionRegistersNothingAndIsAudited() throws Exception {
        Customer attacker = customer();
        Customer victim = customer();
        Browser session = Browser.login(base, victim.login(), PASSWORD);

        // the reproduction of the issue: an auth key made anonymously for the victim's old-style customer key
        String oldKey = CardService.customerKeyOf(victim.org());
        String anonymous = sandbox.enterCard(OK_CARD, 12, 2099, false, "900101", oldKey);
        String page = cardPageAfter(session, session.get("/portal/card-callback.xhtml?authKey=" + enc(anonymous)
                + "&customerKey=" + enc(oldKey)));
        assertEquals(0, cardsOf(victim.org()), "no state: nothing registered");
        assertTrue(page.contains("카드를 등록하지 않았습니다"), "the card page says why");

        // the attacker's own registration (terms agreed in the attacker's session), sent to the victim
        CardService.Registration theirs = cards.beginRegistration(attacker.org(), attacker.member(), true);
        String auth = authKeyFor(theirs.customerKey());
        cardPageAfter(session, session.get("/portal/card-callback.xhtml?state=" + enc(theirs.state()) + "&authKey="
                + enc(auth) + "&customerKey=" + enc(theirs.customerKey())));
        assertEquals(0, cardsOf(victim.org()), "another member's state: nothing registered");
        assertEquals(0, cardsOf(attacker.org()), "nor for the attacker");

        // the victim's own state with the attacker's auth key (another customer key) registers nothing either
        CardService.Registration own = cards.beginRegistration(victim.org(), victim.member(), true);
        cardPageAfter(session, session.get("/portal/card-callback.xhtml?state=" + enc(own.state()) + "&authKey="
                + enc(auth) + "&customerKey=" + enc(theirs.customerKey())));
        assertEquals(0, cardsOf(victim.org()));

        List<String> audited = refusals(victim.org()).stream().map(AuditEntry::getAfter).toList();
        assertEquals(3, audited.size(), audited.toString());
        assertTrue(audited.get(0).startsWith("CARD_STATE_MISSING"), audited.get(0));
        assertTrue(audited.get(1).startsWith("CARD_STATE_FOREIGN"), audited.get(1));
        assertTrue(audited.get(2).startsWith("CARD_STATE_FOREIGN"), audited.get(2));
    }

    @Test
    void bpCard1ACallbackWithAValidStateRegistersOnceAndAReplayRegistersNothing() throws Exception {
        Customer c = customer();
        assertEquals(ErrorCode.CARD_TERMS_REQUIRED, assertThrows(BizbillException.class,
                () -> cards.beginRegistration(c.org(), c.member(), false)).getCode(), "no state before the terms");
        CardService.Registration r = cards.beginRegistration(c.org(), c.member(), true);
        assertTrue(r.state().length() >= 22, "≥128 random bits");
        assertNotEquals(CardService.customerKeyOf(c.org()), r.customerKey(), "a random customer key");
        String callback = "/portal/card-callback.xhtml?state=" + enc(r.state()) + "&authKey="
                + enc(authKeyFor(r.customerKey())) + "&customerKey=" + enc(r.customerKey());

        Browser session = Browser.login(base, c.login(), PASSWORD);
        String page = cardPageAfter(session, session.get(callback));
        assertTrue(page.contains("VISA ****0001"), "registered");
        PaymentCard card = cards.activeCard(c.org()).orElseThrow();
        assertEquals(r.customerKey(), card.getCustomerKey(), "the new card keeps its random customer key");
        assertEquals(1, cardsOf(c.org()));
        assertTrue(refusals(c.org()).isEmpty());

        // the same callback again (a replay, or a reload) registers nothing and says why
        cardPageAfter(session, session.get(callback));
        assertEquals(1, cardsOf(c.org()), "a replay registers nothing");
        List<AuditEntry> audited = refusals(c.org());
        assertEquals(1, audited.size());
        assertTrue(audited.get(0).getAfter().startsWith("CARD_STATE_INVALID"), audited.get(0).getAfter());
    }

    @Test
    void bpCard1AnExpiredStateRegistersNothing() throws Exception {
        Customer c = customer();
        CardService.Registration r = cards.beginRegistration(c.org(), c.member(), true);
        String auth = authKeyFor(r.customerKey());
        demoClock.advance(Duration.ofMinutes(31));
        try {
            assertEquals(ErrorCode.CARD_STATE_INVALID, assertThrows(BizbillException.class,
                    () -> cards.registerWithState(c.org(), c.member(), r.state(), auth, r.customerKey()))
                    .getCode());
        } finally {
            demoClock.reset();
        }
        assertEquals(0, cardsOf(c.org()));
        assertEquals(1, refusals(c.org()).size(), "audited");
        // the clock back, the same state still registers (it was refused for its age only)
        cards.registerWithState(c.org(), c.member(), r.state(), auth, r.customerKey());
        assertEquals(r.customerKey(), cards.activeCard(c.org()).orElseThrow().getCustomerKey());
    }

    // ------------------------------------------------------------------ §2 the sandbox PG

    @Test
    void issue14SandboxPagesAreServedWithTheSandboxAdapterAndTheWindowRefusesWithoutAToken() throws Exception {
        Browser anonymous = new Browser(base);
        for (String page : List.of("/sandbox-pg/card.xhtml", "/sandbox-pg/pay.xhtml")) {
            HttpResponse<String> r = anonymous.get(page + "?successUrl=%2F&failUrl=%2F&customerKey=BZC-1&orderId=BZ1&amount=100");
            assertEquals(200, r.statusCode(), page + " is served where the sandbox is the gateway");
            String body = r.body();
            assertFalse(body.contains("pgForm:cardNumber") || body.contains("payForm:approve"),
                    page + " without a token shows no form");
            assertTrue(body.contains("잘못된 요청") || body.contains("Invalid request"), page);
        }
        String card = sandbox.openCardWindow("BZC-" + UUID.randomUUID());
        assertTrue(anonymous.get("/sandbox-pg/card.xhtml?successUrl=%2F&failUrl=%2F&token=" + enc(card)).body()
                .contains("pgForm:cardNumber"), "with our token the window opens");
        assertFalse(anonymous.get("/sandbox-pg/pay.xhtml?successUrl=%2F&failUrl=%2F&token=" + enc(card)).body()
                .contains("payForm:approve"), "a card window's token opens no payment window");
        assertEquals(ErrorCode.PG_WINDOW_INVALID, assertThrows(BizbillException.class,
                () -> sandbox.enterCardInWindow("forged", OK_CARD, 12, 2099, false, "900101")).getCode());
        assertEquals(ErrorCode.PG_WINDOW_INVALID, assertThrows(BizbillException.class,
                () -> sandbox.sendPhoneCode("forged", "01012345678", "127.0.0.1")).getCode());
        assertEquals(ErrorCode.PG_WINDOW_INVALID, assertThrows(BizbillException.class,
                () -> sandbox.approveWindow(card, "TRANSFER")).getCode());
        // a window's token is used up with the card it registered
        sandbox.enterCardInWindow(card, OK_CARD, 12, 2099, false, "900101");
        assertEquals(ErrorCode.PG_WINDOW_INVALID, assertThrows(BizbillException.class,
                () -> sandbox.enterCardInWindow(card, OK_CARD, 12, 2099, false, "900101")).getCode());
    }

    @Test
    void issue14APreClaimedOrderIdIsNoLongerPossible() throws Exception {
        long[] c = prepaidCompany();
        String key = CardService.customerKeyOf(c[0]);
        cards.register(c[0], c[1], sandbox.enterCard(OK_CARD, 12, 2099, false, "900101", key), key);
        WalletCharge transfer = charging.startTransfer(c[0], 5_000, UUID.randomUUID().toString());
        String ours = attempts.find(transfer.getPaymentAttemptId()).orderId();
        // what an attacker guessed before issue 14 §2: order ids were "BZ" + the sequential attempt id
        String next = "BZ" + (transfer.getPaymentAttemptId() + 1);
        assertTrue(ours.matches("BZ[0-9A-Za-z]{20}") && !ours.equals("BZ" + transfer.getPaymentAttemptId()), ours);

        // the attacker opens the sandbox's payment window for the next order id, anonymously, and approves it
        Browser anonymous = new Browser(base);
        String page = anonymous.get("/sandbox-pg/pay.xhtml?method=TRANSFER&orderId=" + next
                + "&amount=1000&successUrl=%2F&failUrl=%2F").body();
        assertFalse(page.contains("payForm:approve"), "no window without our token");
        assertEquals(ErrorCode.PG_WINDOW_INVALID, assertThrows(BizbillException.class,
                () -> sandbox.approveWindow("forged", "TRANSFER")).getCode());
        // a window we opened for our order approves only that order, whatever the URL says
        String window = sandbox.openPaymentWindow(ours, 5_000);
        Browser customer = new Browser(base);
        String ourPage = customer.get("/sandbox-pg/pay.xhtml?method=TRANSFER&orderId=" + next + "&amount=1000&token="
                + enc(window) + "&successUrl=%2Fportal%2Fcoupon%2Fwallet%2Fconfirm.xhtml&failUrl=%2F").body();
        assertTrue(ourPage.contains(ours) && !ourPage.contains(">" + next + "<"), "the window shows our order");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("payForm", "payForm");
        form.put("payForm:tk", window);
        form.put("payForm:me", "TRANSFER");
        form.put("payForm:su", "/portal/coupon/wallet/confirm.xhtml");
        form.put("payForm:fu", "/");
        form.put("payForm:bank", "KB");
        form.put("payForm:approve", "");
        form.put("jakarta.faces.ViewState", viewState(ourPage));
        HttpResponse<String> approved = customer.post("/sandbox-pg/pay.xhtml", form, false);
        assertEquals(302, approved.statusCode(), approved.body());
        String location = approved.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/portal/coupon/wallet/confirm.xhtml?orderId=" + ours), location);
        assertTrue(sandbox.lookup(ours).isPresent(), "our order was approved in its window");
        assertTrue(sandbox.lookup(next).isEmpty(), "the window claimed nothing for the guessed order id");

        // issue 14 §2: even when the guessed ids are claimed at the gateway (by whatever route), the next real
        // charge goes through: its order id is random, not the next in sequence
        for (long guess = transfer.getPaymentAttemptId() + 1; guess <= transfer.getPaymentAttemptId() + 5; guess++) {
            sandbox.approveInWindow("BZ" + guess, "TRANSFER", 1_000);
            assertTrue(sandbox.lookup("BZ" + guess).isPresent(), "pre-claimed BZ" + guess);
        }
        WalletCharge charge = charging.chargeCard(c[0], 7_000, UUID.randomUUID().toString());
        PaymentAttempt attempt = attempts.find(charge.getPaymentAttemptId());
        String real = attempt.orderId();
        assertNotEquals(next, real, "not the order id the attacker aimed at");
        assertNotEquals("BZ" + attempt.getId(), real, "not derived from the attempt id");
        assertTrue(real.matches("BZ[0-9A-Za-z]{20}") && !real.equals(ours), real);
        assertEquals(ChargeStatus.COMPLETED, charge.getStatus(), charge.getFailureMessage());
        assertEquals(7_000, sandbox.lookup(real).orElseThrow().amount(), "charged once, under its own order id");
    }

    @Test
    void issue14TheSmsStepIsThrottledPerNumberAndPerAddress() throws Exception {
        // per number, through the window's own "send code" button (ajax), as a browser sends it
        String window = sandbox.openCardWindow("BZC-" + UUID.randomUUID());
        String mobile = Fixtures.mobile(); // not a sandbox failing number (a random one hit "…4040" once)
        Browser browser = new Browser(base);
        String viewState = viewState(browser.get("/sandbox-pg/card.xhtml?successUrl=%2F&failUrl=%2F&token="
                + enc(window)).body());
        for (int i = 1; i <= 6; i++) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("jakarta.faces.partial.ajax", "true");
            form.put("jakarta.faces.source", "pgForm:sendCode");
            form.put("jakarta.faces.partial.execute", "pgForm:sendCode pgForm:mobile pgForm:tk pgForm:su pgForm:fu");
            form.put("jakarta.faces.partial.render", "pgForm:messages pgForm:mobileMessage");
            form.put("pgForm:sendCode", "pgForm:sendCode");
            form.put("pgForm", "pgForm");
            form.put("pgForm:mobile", mobile);
            form.put("pgForm:tk", window);
            form.put("pgForm:su", "/");
            form.put("pgForm:fu", "/");
            form.put("jakarta.faces.ViewState", viewState);
            String answer = browser.post("/sandbox-pg/card.xhtml", form, true).body();
            boolean throttled = answer.contains("인증번호 요청이 너무 많습니다");
            assertEquals(i == 6, throttled, "code " + i + ": " + answer);
            assertEquals(i < 6, answer.contains("인증번호를 보냈습니다"), "code " + i + ": " + answer);
        }
        assertEquals(ErrorCode.PG_SMS_THROTTLED, assertThrows(BizbillException.class,
                () -> sandbox.sendPhoneCode(window, mobile, "203.0.113.7")).getCode(), "per number, from anywhere");

        // per client address: 20 codes an hour, to 20 different numbers
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int i = 0; i < 20; i++) {
            sandbox.sendPhoneCode(window, Fixtures.mobile(), address);
        }
        assertEquals(ErrorCode.PG_SMS_THROTTLED, assertThrows(BizbillException.class,
                () -> sandbox.sendPhoneCode(window, "01077778888", address)).getCode(), "the 21st from one address");
        sandbox.sendPhoneCode(window, "01077778888", "192.0.2.1"); // another address still may
    }
}
