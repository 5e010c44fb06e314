package com.bizbill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.billing.CardService;
import com.bizbill.billing.PaymentAttempts;
import com.bizbill.billing.gateway.SandboxPaymentGateway;
import com.bizbill.identity.IdentityService;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.PartnerStoreService;
import com.bizbill.identity.PaymentType;
import com.bizbill.ledger.LedgerService;
import com.bizbill.messaging.SandboxMessageGateway;
import com.bizbill.shared.setup.DemoData;
import com.bizbill.shared.time.DemoClockService;
import com.bizbill.wallet.BankAccount;
import com.bizbill.wallet.RefundRequest;
import com.bizbill.wallet.RefundService;
import com.bizbill.wallet.WalletCharge;
import com.bizbill.wallet.WalletCharging;
import com.bizbill.wallet.WalletService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13 §4-§6 in the container, the partner API called over HTTP from inside it with keys of
 * organisations each test makes: a 200-character Idempotency-Key, a batch repeated after it failed
 * midway (nothing sent or billed twice), the CB-WAL-4 fee-free part drained in chunks, 32 concurrent
 * charges with no 500 and the books agreeing, and nulls in arrays answered 400 naming the element.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyIT {

    static final String OK_CARD = "4000000001000001";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(IdempotencyIT.class, Deployments.class, Fixtures.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    WalletService wallets;

    @Inject
    WalletCharging charging;

    @Inject
    RefundService refunds;

    @Inject
    SandboxPaymentGateway pg;

    @Inject
    PaymentAttempts attempts;

    @Inject
    CardService cards;

    @Inject
    IdentityService identity;

    @Inject
    PartnerStoreService stores;

    @Inject
    LedgerService ledger;

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

    @Inject
    Fixtures fixtures;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    // ------------------------------------------------------------------ set-up

    /** A new approved prepaid coupon company with a master; returns {orgId, masterId}. */
    private long[] company() throws Exception {
        return fixtures.company(PaymentType.PREPAID, "멱등");
    }

    private void registerCard(long[] c) {
        String customerKey = CardService.customerKeyOf(c[0]);
        String auth = pg.enterCard(OK_CARD, 12, clock.instant().atZone(clock.getZone()).getYear() + 2, false,
                "900101", customerKey);
        cards.register(c[0], c[1], auth, customerKey);
    }

    /** A partner store of its own; returns {storeId}. */
    private long store() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        Organisation o = stores.register("멱등 가맹점 " + u, "0212345678", "idem-" + u, "idem-" + u + "@example.com");
        tx.commit();
        return o.getId();
    }

    private String apiKey(long org) {
        return identity.issueApiKey(org, "idempotency it");
    }

    private record Answer(int status, String body, Map<String, List<String>> headers) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        boolean replayed() {
            return "true".equals(headers.getOrDefault("idempotent-replayed", List.of("")).get(0));
        }
    }

    private Answer post(String path, String apiKey, String idempotencyKey, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Deployments.base(url) + "/api/v1/" + path))
                .timeout(Duration.ofSeconds(120)).header("X-API-Key", apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r.headers().map());
    }

    private long usageRecords(long store) {
        return em.createQuery("select count(r) from com.bizbill.messaging.UsageRecord r where r.storeId = :s",
                Long.class).setParameter("s", store).getSingleResult();
    }

    private long sentTo(String number) {
        return em.createQuery("select count(m) from SandboxMessage m where m.recipient = :r", Long.class)
                .setParameter("r", number).getSingleResult();
    }

    private void assertBooksAgree(long org) {
        assertEquals(wallets.ledgerBalance(org), wallets.balance(org), "wallet balance = ledger postings");
        assertTrue(ledger.check().unbalancedEntryIds().isEmpty(), "every entry balances");
    }

    // ------------------------------------------------------------------ §4 idempotency

    /** Issue 13 §4: a key of the documented 200 characters charges once and replays; 201 characters is a 400. */
    @Test
    void issue13AnIdempotencyKeyOf200CharactersChargesOnceAndReplays() throws Exception {
        long[] c = company();
        registerCard(c);
        String key = apiKey(c[0]);
        String idem = ("k200-" + UUID.randomUUID() + "-").repeat(6).substring(0, 200);
        Answer first = post("wallet/charges", key, idem, "{\"amount\": 12000}");
        assertEquals(201, first.status(), first.body());
        assertEquals("COMPLETED", first.json().getString("status"));
        Answer again = post("wallet/charges", key, idem, "{\"amount\": 12000}");
        assertEquals(201, again.status(), again.body());
        assertTrue(again.replayed());
        assertEquals(first.json().getInt("chargeId"), again.json().getInt("chargeId"));
        assertEquals(12_000, wallets.balance(c[0]), "charged once");
        // the charge carries the whole key
        assertEquals("api:" + idem, em.find(WalletCharge.class, (long) first.json().getInt("chargeId")).getRequestKey());
        Answer tooLong = post("wallet/charges", key, idem + "x", "{\"amount\": 12000}");
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("IDEMPOTENCY_KEY_REQUIRED", tooLong.json().getString("code"));
        assertBooksAgree(c[0]);
    }

    /**
     * Issue 13 §4: the key is freed only when the call failed before anything happened — a charge refused
     * for want of a card can be repeated with the same key once the card is registered.
     */
    @Test
    void issue13AKeyIsFreedWhenTheCallFailedBeforeAnySideEffect() throws Exception {
        long[] c = company();
        String key = apiKey(c[0]);
        String idem = "free-" + UUID.randomUUID();
        Answer noCard = post("wallet/charges", key, idem, "{\"amount\": 5000}");
        assertEquals(422, noCard.status(), noCard.body());
        assertEquals("CARD_NOT_REGISTERED", noCard.json().getString("code"));
        registerCard(c);
        Answer charged = post("wallet/charges", key, idem, "{\"amount\": 5000}");
        assertEquals(201, charged.status(), charged.body());
        assertEquals(5_000, wallets.balance(c[0]));

        // a message the gateway refused at once left nothing behind: the key is free for the corrected message
        long store = store();
        String storeKey = apiKey(store);
        String msgKey = "free-msg-" + UUID.randomUUID();
        Answer refused = post("messages", storeKey, msgKey, "{\"type\":\"SMS\",\"to\":\""
                + SandboxMessageGateway.UNREACHABLE + "\",\"text\":\"hi\"}");
        assertEquals(502, refused.status(), refused.body());
        String number = "010" + (1000 + ThreadLocalRandom.current().nextInt(9000)) + "0007";
        Answer sent = post("messages", storeKey, msgKey, "{\"type\":\"SMS\",\"to\":\"" + number + "\",\"text\":\"hi\"}");
        assertEquals(202, sent.status(), sent.body());
        assertEquals(1, usageRecords(store));
    }

    /**
     * Issue 13 §4: a batch whose third message broke the call after the gateway took it. Repeating the batch
     * with the same key answers the two sent messages from their records, does not send the broken one again
     * (IDEMPOTENCY_OUTCOME_UNKNOWN) and sends the fourth, never started: every number got one message and the
     * store is billed for each accepted message once. Before, the failure freed the key and the repeat sent
     * (and billed) the first two again.
     */
    @Test
    void issue13ABatchRepeatedAfterItFailedMidwaySendsAndBillsNothingTwice() throws Exception {
        long store = store();
        String key = apiKey(store);
        String prefix = "010" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        List<String> numbers = List.of(prefix + "0001", prefix + "0002", prefix + SandboxMessageGateway.BREAKS_SUFFIX,
                prefix + "0004");
        StringBuilder body = new StringBuilder("{\"messages\":[");
        for (int i = 0; i < numbers.size(); i++) {
            body.append(i == 0 ? "" : ",").append("{\"type\":\"SMS\",\"to\":\"").append(numbers.get(i))
                    .append("\",\"text\":\"batch ").append(i).append("\"}");
        }
        String batch = body.append("]}").toString();
        String idem = "batch-" + UUID.randomUUID();

        Answer broken = post("messages/batch", key, idem, batch);
        assertTrue(broken.status() >= 500, "the call broke midway: " + broken.status() + " " + broken.body());
        assertEquals(2, usageRecords(store), "the two messages before the break were sent and recorded");

        Answer repeat = post("messages/batch", key, idem, batch);
        assertEquals(200, repeat.status(), repeat.body());
        var results = repeat.json().getJsonArray("results");
        assertEquals(JsonValue.ValueType.OBJECT, results.getJsonObject(0).get("message").getValueType());
        assertEquals(JsonValue.ValueType.OBJECT, results.getJsonObject(1).get("message").getValueType());
        assertEquals("IDEMPOTENCY_OUTCOME_UNKNOWN", results.getJsonObject(2).getString("errorCode"));
        assertEquals(JsonValue.ValueType.OBJECT, results.getJsonObject(3).get("message").getValueType());
        assertEquals(3, repeat.json().getInt("accepted"));
        for (String n : numbers) {
            assertEquals(1, sentTo(n), "one message to " + n);
        }
        assertEquals(3, usageRecords(store), "each accepted message is billed once");

        Answer third = post("messages/batch", key, idem, batch);
        assertEquals(200, third.status(), third.body());
        assertTrue(third.replayed(), "the finished batch is answered again");
        assertEquals(repeat.body(), third.body());
        assertEquals(3, usageRecords(store));
        for (String n : numbers) {
            assertEquals(1, sentTo(n), "still one message to " + n);
        }
    }

    // ------------------------------------------------------------------ §5 refund fee

    /**
     * CB-WAL-4 (issue 13 §5): 100,000 won charged 8 days ago and 10,000 today. Refunded in chunks of 10,000,
     * only the first chunk is fee-free; the later chunks pay the fee, in the preview and in the request alike.
     * A cancelled refund gives its fee-free part back.
     */
    @Test
    void cbWal4AnOldBalanceCannotBeRefundedFeeFreeInChunks() throws Exception {
        long[] c = company();
        WalletCharge old = charging.startVirtualAccount(c[0], 100_000, UUID.randomUUID().toString(), "x");
        pg.deposit(orderIdOf(old));
        demoClock.advance(Duration.ofDays(8));
        try {
            WalletCharge recent = charging.startVirtualAccount(c[0], 10_000, UUID.randomUUID().toString(), "x");
            pg.deposit(orderIdOf(recent));
            BankAccount account = new BankAccount("KB국민은행", "123-456-789012", "홍길동");
            assertEquals(0, refunds.preview(c[0], 10_000).fee(), "the recent 10,000 is fee-free");
            RefundRequest first = refund(c, 10_000, account);
            assertEquals(0, first.getFee());
            assertEquals(10_000L, first.getFeeFreeAmount());
            for (int chunk = 2; chunk <= 4; chunk++) {
                RefundService.RefundPreview p = refunds.preview(c[0], 10_000);
                assertEquals(1_000, p.fee(), "chunk " + chunk + " of the old balance pays the fee (preview)");
                assertEquals(0, p.chargedWithin7Days(), "nothing fee-free is left");
                RefundRequest r = refund(c, 10_000, account);
                assertEquals(1_000, r.getFee(), "chunk " + chunk + " pays the fee (request)");
                assertEquals(0L, r.getFeeFreeAmount());
            }
            assertEquals(70_000, wallets.balance(c[0]));
            // the customer withdraws the fee-free refund: its free part is free again
            refunds.cancel(c[0], first.getId());
            assertEquals(0, refunds.preview(c[0], 10_000).fee());
            assertEquals(0, refund(c, 10_000, account).getFee());
            assertBooksAgree(c[0]);
        } finally {
            demoClock.reset();
        }
    }

    private RefundRequest refund(long[] c, long amount, BankAccount account) {
        return refunds.request(new RefundService.RefundCommand(c[0], c[1], amount, account, "f.pdf", null, "환불",
                UUID.randomUUID().toString()));
    }

    // ------------------------------------------------------------------ §6 no 500

    /**
     * Issue 13 §6: 32 clients charging at once, 20 charges each, over the API on two wallets: every answer is
     * 201 COMPLETED (before, Derby's identity generator refused about one in 5,000 with a 500), and each
     * wallet's balance is the sum of its charges and equals its ledger account.
     */
    @Test
    void issue13ThirtyTwoConcurrentChargesAnswerNo500AndTheBooksAgree() throws Exception {
        int clients = 32;
        int each = 20;
        long[][] companies = {company(), company()};
        String[] keys = new String[companies.length];
        for (int i = 0; i < companies.length; i++) {
            registerCard(companies[i]);
            keys[i] = apiKey(companies[i][0]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < clients; t++) {
                String key = keys[t % keys.length];
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int n = 0; n < each; n++) {
                        Answer a = post("wallet/charges", key, "load-" + UUID.randomUUID(), "{\"amount\": 1000}");
                        String outcome = a.status() + (a.status() == 201 ? " " + a.json().getString("status")
                                : " " + a.body());
                        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of("201 COMPLETED", clients * each), Map.copyOf(outcomes.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()))));
        long total = 0;
        for (long[] c : companies) {
            assertBooksAgree(c[0]);
            total += wallets.balance(c[0]);
        }
        assertEquals(clients * each * 1_000L, total);
        assertEquals(clients / 2 * each * 1_000L, wallets.balance(companies[0][0]));
    }

    /** Issue 13 §6: nulls and wrong shapes in the arrays of a body are a 400 naming the element, never a 500. */
    @Test
    void issue13NullsInArraysAre400NamingTheElement() throws Exception {
        String operator = DemoData.BILLING_SYSTEM_API_KEY;
        long storeId = store();
        String storeKey = apiKey(storeId);
        long accountId = fixtures.customer(com.bizbill.billing.PaymentMethod.BANK_TRANSFER, "멱등", "idem-")[0];
        assertField(post("usage/records", operator, null, "{\"records\":[null]}"), "records[0]");
        assertField(post("usage/records", operator, null, "{\"records\":[{\"storeId\":" + storeId + ",\"messageId\":\"x\","
                + "\"type\":\"SMS\",\"sentAt\":\"2026-10-01T01:00:00Z\",\"delivered\":true},null]}"), "records[1]");
        assertField(post("messages/batch", storeKey, "n-" + UUID.randomUUID(), "{\"messages\":[null]}"), "messages[0]");
        assertField(post("billing/invoices", operator, null, "{\"invoices\":[null]}"), "invoices[0]");
        assertField(post("billing/invoices", operator, null, "{\"invoices\":[{\"billingAccountId\":" + accountId + ",\"number\":\"N-"
                + UUID.randomUUID() + "\",\"lines\":[null]}]}"), "invoices[0].lines[0]");
        // wrong shapes: a number or a string where an array of objects belongs (named down to the element)
        assertField(post("usage/records", operator, null, "{\"records\":[1]}"), "records[0]");
        assertField(post("usage/records", operator, null, "{\"records\":\"x\"}"), "records");
        assertField(post("messages/batch", storeKey, "n-" + UUID.randomUUID(), "{\"messages\":[true]}"), "messages[0]");
        assertField(post("billing/invoices", operator, null, "{\"invoices\":[{\"lines\":[7]}]}"), "invoices[0].lines[0]");
        assertField(post("messages/batch", storeKey, "n-" + UUID.randomUUID(), "[null]"), "body");
    }

    private static void assertField(Answer a, String field) {
        assertEquals(400, a.status(), a.body());
        assertTrue(a.body().contains("application/problem+json") || a.headers().getOrDefault("content-type",
                List.of("")).get(0).startsWith("application/problem+json"), a.headers().toString());
        JsonObject p = a.json();
        assertEquals("VALIDATION_FAILED", p.getString("code"));
        assertTrue(p.getJsonArray("errors").stream().anyMatch(e -> field.equals(e.asJsonObject().getString("field"))),
                field + " in " + a.body());
    }

    /** The order id the gateway knows the charge's attempt by: stored and random (issue 14 §2), not "BZ" + id. */
    private String orderIdOf(WalletCharge charge) {
        return attempts.find(charge.getPaymentAttemptId()).orderId();
    }
}
