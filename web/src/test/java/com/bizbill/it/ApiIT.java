package com.bizbill.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.bizbill.shared.setup.DemoData;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import com.bizbill.shared.web.Messages;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The application from outside, over HTTP: the partner API (API key, problem+json), health,
 * OpenAPI, and the access rules and cookie settings of the JSF side.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private static final String PROBLEM = "application/problem+json";
    /**
     * The class's own billing customer (with 50,000 won of prepaid balance), coupon company (with a card) and partner
     * store, made once through the deployment's FixtureServlet (issue 16 §5: no demo organisation, no demo id); the
     * operator's key is the operator's billing system's.
     */
    private static Map<String, String> customer;
    private static Map<String, String> company;
    private static Map<String, String> store;
    /** The customer's API key. */
    private static String KEY;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    @ArquillianResource
    URL url;

    private String base;

    @BeforeEach
    void base() throws Exception {
        base = Deployments.base(url);
        if (customer == null) {
            customer = Deployments.fixture(base, "customer?method=CARD_AUTO&prepaid=50000");
            company = Deployments.fixture(base, "company?card=" + WalletIT.OK_CARD);
            store = Deployments.fixture(base, "store");
            KEY = customer.get("apiKey");
        }
    }

    /** An invoice of this month for the class's customer, as the operator's billing system sends it. */
    private String invoice(String number, long supply, long vat) {
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Seoul")).toString();
        return "{\"billingAccountId\": " + customer.get("billingAccountId") + ", \"number\": \"" + number + "\", "
                + "\"billingMonth\": \"" + month + "\", \"issueDate\": \"" + month + "-05\", \"dueDate\": \"" + month
                + "-28\", \"supply\": " + supply + ", \"vat\": " + vat + ", \"total\": " + (supply + vat) + ", "
                + "\"lines\": [{\"service\": \"서버\", \"usagePeriod\": \"" + month + "\", \"supplyAmount\": " + supply
                + "}]}";
    }

    @Test
    void callerSeesItsOwnLedgerBalance() {
        // an invoice adds a receivable account beside the prepaid balance
        given().header("X-API-Key", DemoData.BILLING_SYSTEM_API_KEY).contentType(ContentType.JSON)
                .body("{\"invoices\": [" + invoice("BAL-" + System.nanoTime(), 10_000, 1_000) + "]}")
                .post(base + "/api/v1/billing/invoices").then().statusCode(200).body("results[0].outcome", equalTo("CREATED"));
        given().header("Authorization", "Bearer " + KEY)
                .when().get(base + "/api/v1/ledger/balance")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("currency", equalTo("KRW"))
                .body("organisationName", equalTo(customer.get("organisationName")))
                // the prepaid balance, and the receivable of the invoice beside it
                .body("accounts.find { it.type == 'LIABILITY' }.balance", equalTo(50_000))
                .body("accounts.type", hasItems("LIABILITY", "ASSET"));
        given().header("X-API-Key", KEY).get(base + "/api/v1/ledger/entries?size=50")
                .then().statusCode(200).body("items.amount", hasItems(50_000)).body("size", equalTo(50));
    }

    /** Issue 6 §8: a money-moving POST needs an Idempotency-Key; a repeat answers the first result. */
    @Test
    void walletChargeIsIdempotentByKey() {
        String wallet = base + "/api/v1/wallet";
        String coupon = company.get("apiKey");
        int before = given().header("X-API-Key", coupon).get(wallet).then().statusCode(200)
                .extract().path("balance");
        String key = "it-" + System.nanoTime();
        int chargeId = given().header("X-API-Key", coupon).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"amount\": 12000}")
                .post(wallet + "/charges").then().statusCode(201)
                .body("status", equalTo("COMPLETED")).body("method", equalTo("CARD"))
                .body("balance", equalTo(before + 12_000)).extract().path("chargeId");
        // the same key and body again: the first answer, no second charge
        given().header("X-API-Key", coupon).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"amount\": 12000}")
                .post(wallet + "/charges").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("chargeId", equalTo(chargeId));
        // the same key with another body: refused
        given().header("X-API-Key", coupon).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"amount\": 13000}")
                .post(wallet + "/charges").then().statusCode(422).contentType(PROBLEM)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        // no key: refused before anything moves
        given().header("X-API-Key", coupon).contentType(ContentType.JSON).body("{\"amount\": 13000}")
                .post(wallet + "/charges").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("IDEMPOTENCY_KEY_REQUIRED"));
        // CB-WAL-1: below 1,000 won is a field error, and the key stays usable for the corrected request
        String small = "it-small-" + System.nanoTime();
        given().header("X-API-Key", coupon).header("Idempotency-Key", small).contentType(ContentType.JSON)
                .body("{\"amount\": 999}").post(wallet + "/charges").then().statusCode(400)
                .body("errors.field", hasItems("amount"));
        given().header("X-API-Key", coupon).get(wallet).then().statusCode(200)
                .body("balance", equalTo(before + 12_000)).body("ledgerBalance", equalTo(before + 12_000));
        given().header("X-API-Key", coupon).get(wallet + "/history?size=1").then().statusCode(200)
                .body("items[0].kind", equalTo("CHARGE")).body("items[0].amount", equalTo(12_000))
                .body("items[0].balanceAfter", equalTo(before + 12_000));
        // a billing-portal customer has no prepaid wallet
        given().header("X-API-Key", KEY).get(wallet).then().statusCode(403).contentType(PROBLEM);
        // documented
        String root = base.substring(0, base.indexOf('/', "http://".length()));
        given().get(root + "/openapi").then().statusCode(200)
                .body(containsString("/wallet/charges")).body(containsString("Idempotency-Key"));
    }

    /** BP-INV-2: the billing system's batch import, idempotent by invoice number, operator only. */
    @Test
    void theBillingSystemImportsInvoicesIdempotently() {
        String number = "API-" + System.nanoTime();
        String account = customer.get("billingAccountId");
        String body = "{\"invoices\": [{\"billingAccountId\": " + account + ", \"number\": \"" + number + "\", "
                + "\"billingMonth\": \"2026-11\", \"issueDate\": \"2026-11-05\", \"dueDate\": \"2026-11-30\", "
                + "\"supply\": 10000, \"vat\": 1000, \"total\": 11000, \"lines\": [{\"service\": \"서버\", "
                + "\"usagePeriod\": \"2026-11\", \"supplyAmount\": 10000}]}, "
                + "{\"billingAccountId\": " + account + ", \"number\": \"" + number + "-bad\", \"billingMonth\": \"2026-11\", "
                + "\"issueDate\": \"2026-11-05\", \"dueDate\": \"2026-11-30\", \"supply\": 10000, \"vat\": 999, "
                + "\"total\": 10999, \"lines\": [{\"service\": \"서버\", \"supplyAmount\": 10000}]}]}";
        String billing = base + "/api/v1/billing/invoices";
        given().header("X-API-Key", DemoData.BILLING_SYSTEM_API_KEY).contentType(ContentType.JSON).body(body)
                .post(billing).then().statusCode(200).body("count", equalTo(2))
                .body("results[0].outcome", equalTo("CREATED"))
                .body("results[1].outcome", equalTo("REJECTED")).body("results[1].problems", hasItems("vat"));
        given().header("X-API-Key", DemoData.BILLING_SYSTEM_API_KEY).contentType(ContentType.JSON).body(body)
                .post(billing).then().statusCode(200).body("results[0].outcome", equalTo("UNCHANGED"));
        // a customer's key may not import invoices
        given().header("X-API-Key", KEY).contentType(ContentType.JSON).body(body).post(billing)
                .then().statusCode(403).contentType(PROBLEM);
    }

    /** NB-USE-1: a store's system sends messages once per Idempotency-Key and reads its usage and bills. */
    @Test
    void aStoreSendsMessagesIdempotentlyAndReadsItsUsage() {
        String messages = base + "/api/v1/messages";
        String store = ApiIT.store.get("apiKey");
        String key = "msg-" + System.nanoTime();
        String body = "{\"type\":\"ALIMTALK\",\"to\":\"010-2222-3333\",\"text\":\"[데모분식] 주문이 준비되었습니다\","
                + "\"templateCode\":\"ORDER_READY\",\"fallback\":true}";
        String id = given().header("X-API-Key", store).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post(messages).then().statusCode(202).body("type", equalTo("ALIMTALK"))
                .body("status", equalTo("ACCEPTED")).extract().path("messageId");
        given().header("X-API-Key", store).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post(messages).then().statusCode(202).header("Idempotent-Replayed", "true")
                .body("messageId", equalTo(id));
        given().header("X-API-Key", store).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body.replace("준비", "완료")).post(messages).then().statusCode(422).contentType(PROBLEM);
        given().header("X-API-Key", store).contentType(ContentType.JSON).body(body).post(messages).then()
                .statusCode(400).contentType(PROBLEM);
        given().header("X-API-Key", store).header("Idempotency-Key", key + "-bad").contentType(ContentType.JSON)
                .body("{\"type\":\"FAX\",\"to\":\"12\"}").post(messages).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItems("type", "to", "text"));
        // the gateway's answer is lost: 202 UNKNOWN under Bizbill's reference (not an error to retry), and a
        // retry with the same key answers the same without sending it again
        String lost = body.replace("010-2222-3333", "010-2222-4040");
        String ref = given().header("X-API-Key", store).header("Idempotency-Key", key + "-lost")
                .contentType(ContentType.JSON).body(lost).post(messages).then().statusCode(202)
                .body("status", equalTo("UNKNOWN")).body("messageId", startsWith("BZM-")).extract().path("messageId");
        given().header("X-API-Key", store).header("Idempotency-Key", key + "-lost").contentType(ContentType.JSON)
                .body(lost).post(messages).then().statusCode(202).header("Idempotent-Replayed", "true")
                .body("messageId", equalTo(ref)).body("status", equalTo("UNKNOWN"));
        // a batch: each message on its own; a bad one does not stop the others
        given().header("X-API-Key", store).header("Idempotency-Key", key + "-batch").contentType(ContentType.JSON)
                .body("{\"messages\":[{\"type\":\"SMS\",\"to\":\"01033334444\",\"text\":\"hi\"},"
                        + "{\"type\":\"SMS\",\"to\":\"01000000000\",\"text\":\"hi\"},{\"type\":\"LMS\",\"to\":\"x\"}]}")
                .post(messages + "/batch").then().statusCode(200).body("count", equalTo(3)).body("accepted", equalTo(1))
                .body("results[1].errorCode", equalTo("MESSAGE_FAILED"))
                .body("results[2].errorCode", equalTo("VALIDATION_FAILED"));
        // only a partner store sends and has usage
        given().header("X-API-Key", KEY).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post(messages).then().statusCode(403).contentType(PROBLEM);
        // NB-USE-1: the store's usage of last month (sent elsewhere, imported by the operator), per day; NB-PAY-1: its bills
        String lastMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Seoul")).minusMonths(1).toString();
        given().header("X-API-Key", DemoData.BILLING_SYSTEM_API_KEY).contentType(ContentType.JSON)
                .body("{\"records\":[{\"storeId\":" + ApiIT.store.get("organisationId") + ",\"messageId\":\"EXT-LM-" + key
                        + "\",\"type\":\"ALIMTALK\",\"sentAt\":\"" + lastMonth + "-10T01:00:00Z\",\"delivered\":true}]}")
                .post(base + "/api/v1/usage/records").then().statusCode(200).body("results[0].outcome", equalTo("CREATED"));
        given().header("X-API-Key", store).get(base + "/api/v1/usage/daily?month=" + lastMonth).then()
                .statusCode(200).body("month", equalTo(lastMonth)).body("total.alimtalk", greaterThan(0));
        given().header("X-API-Key", store).get(base + "/api/v1/usage/daily?month=nope").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItems("month"));
        given().header("X-API-Key", store).get(base + "/api/v1/usage/bills").then().statusCode(200);
        // usage sent elsewhere: the operator imports it once per message id; a store may not, nor usage of an
        // organisation that is not a store (the class's billing customer)
        String record = "{\"records\":[{\"storeId\":" + customer.get("organisationId") + ",\"messageId\":\"EXT-" + key + "\",\"type\":\"SMS\","
                + "\"sentAt\":\"2026-10-01T01:00:00Z\",\"delivered\":true}]}";
        given().header("X-API-Key", store).contentType(ContentType.JSON).body(record).post(base + "/api/v1/usage/records")
                .then().statusCode(403).contentType(PROBLEM);
        given().header("X-API-Key", DemoData.BILLING_SYSTEM_API_KEY).contentType(ContentType.JSON).body(record)
                .post(base + "/api/v1/usage/records").then().statusCode(200)
                .body("results[0].outcome", equalTo("REJECTED")).body("results[0].problems", hasItems("storeId"));
    }

    /** The operator's systems start periodic jobs for a period and follow them; nobody else may. */
    @Test
    void theOperatorStartsAJobAndFollowsItsRun() {
        String jobs = base + "/api/v1/jobs";
        String op = DemoData.BILLING_SYSTEM_API_KEY;
        String period = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).minusDays(2).toString();
        var started = given().header("X-API-Key", op).post(jobs + "/ledger-snapshot/runs?period=" + period).then()
                .statusCode(202).body("job", equalTo("ledger-snapshot")).body("period", equalTo(period)).extract();
        String location = started.header("Location");
        assertThat(location).contains("/api/v1/jobs/runs/");
        long deadline = System.currentTimeMillis() + 60_000;
        String status;
        do {
            status = given().header("X-API-Key", op).get(location).then().statusCode(200).extract().path("status");
        } while ("RUNNING".equals(status) && System.currentTimeMillis() < deadline);
        assertThat(status).isEqualTo("COMPLETED");
        given().header("X-API-Key", op).post(jobs + "/ledger-snapshot/runs?period=2999-01-01").then().statusCode(400)
                .contentType(PROBLEM);
        given().header("X-API-Key", op).post(jobs + "/invoice-file-import/runs?period=x").then().statusCode(404)
                .contentType(PROBLEM);
        given().header("X-API-Key", store.get("apiKey")).post(jobs + "/ledger-snapshot/runs?period=" + period)
                .then().statusCode(403).contentType(PROBLEM);
        given().header("X-API-Key", KEY).get(location).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void missingOrWrongKeyIs401ProblemJson() {
        given().get(base + "/api/v1/ledger/balance")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401)).body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", "Bearer bzb_wrong").get(base + "/api/v1/ledger/balance")
                .then().statusCode(401).contentType(PROBLEM).body("detail", equalTo("the API key is not valid"));
    }

    @Test
    void badInputIs400WithTheFieldList() {
        given().header("X-API-Key", KEY).get(base + "/api/v1/ledger/entries?page=-1&size=100000")
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("page", "size"))
                .body(not(containsString("Exception")));
        // a non-number where a number belongs is the client's mistake too, not a 500
        Response r = given().header("X-API-Key", KEY).get(base + "/api/v1/ledger/entries?page=abc");
        assertThat(r.statusCode()).isIn(400, 404);
        assertThat(r.contentType()).startsWith(PROBLEM);
        assertThat(r.asString()).doesNotContain("at com.").doesNotContain("Exception");
    }

    /** Issue 15 §2: each context answers a refusal with its own stable code and type URI, at the status of before. */
    @Test
    void issue15_2_eachContextRefusesWithItsOwnCodeAndType() {
        String api = base + "/api/v1";
        // wallet: a billing-portal customer has no prepaid wallet
        refused(given().header("X-API-Key", KEY).get(api + "/wallet"), 403, "WALLET_NOT_AVAILABLE");
        // ledger: an account the caller does not have
        refused(given().header("X-API-Key", KEY).get(api + "/ledger/accounts/NO:SUCH:ACCOUNT"), 404,
                "LEDGER_ACCOUNT_NOT_FOUND");
        // jobs: an unknown job, an unknown run
        refused(given().header("X-API-Key", DemoData.BILLING_SYSTEM_API_KEY).post(api + "/jobs/no-such-job/runs"),
                404, "JOB_UNKNOWN");
        refused(given().header("X-API-Key", DemoData.BILLING_SYSTEM_API_KEY).get(api + "/jobs/runs/987654321"),
                404, "JOB_RUN_NOT_FOUND");
        // issue 16 §4: the benchmark's accounts listing is not part of the application at all
        refused(given().header("X-API-Key", DemoData.BILLING_SYSTEM_API_KEY).get(api + "/billing/bench-accounts"),
                404, "NOT_FOUND");
        // messaging: only a partner store sends messages
        refused(given().header("X-API-Key", KEY).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body("{\"type\":\"SMS\",\"to\":\"010-1234-5678\",\"text\":\"hello\"}")
                .post(api + "/messages"), 403, "MESSAGE_SENDER_NOT_STORE");
        // usage is a partner store's: common access control, no usage refusal of its own reaches the API first
        refused(given().header("X-API-Key", KEY).get(api + "/usage/bills"), 403, "FORBIDDEN");
        // identity: an unknown (or revoked) key
        refused(given().header("X-API-Key", "bzb_no_such_key_00000000000000000000000000").get(api + "/ledger/balance"),
                401, "UNAUTHENTICATED");
    }

    private static void refused(io.restassured.response.Response r, int status, String code) {
        r.then().statusCode(status).contentType(PROBLEM).body("code", equalTo(code))
                .body("type", equalTo("https://bizbill.example/problems/" + code.toLowerCase().replace('_', '-')))
                .body("status", equalTo(status));
    }

    /** Issue 15 §2: /openapi lists every code with its type URI and status. */
    @Test
    void issue15_2_theOpenApiDocumentListsTheErrorCodes() {
        String root = base.substring(0, base.indexOf('/', "http://".length()));
        given().get(root + "/openapi").then().statusCode(200)
                .body(containsString("x-problem-types"))
                .body(containsString("INVOICE_NOT_FOUND"))
                .body(containsString("https://bizbill.example/problems/wallet-insufficient-balance"))
                .body(containsString("MEMBER_TRANSITION_REFUSED"));
    }

    @Test
    void unknownResourcesAndOtherOrganisationsAccountsAre404() {
        given().header("X-API-Key", KEY).get(base + "/api/v1/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM).body("code", equalTo("NOT_FOUND"));
        // the operator's cash account exists, but not for this caller: answered like a missing one
        given().header("X-API-Key", KEY).get(base + "/api/v1/ledger/accounts/OP:CASH")
                .then().statusCode(404).contentType(PROBLEM).body("code", equalTo("LEDGER_ACCOUNT_NOT_FOUND"));
    }

    @Test
    void healthAndOpenApiAreServed() {
        String root = base.substring(0, base.indexOf('/', "http://".length()));
        given().get(root + "/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("database", "outside-parties"))
                // every outside party runs on its sandbox in the tests, and /health says so
                .body("checks.find { it.name == 'outside-parties' }.data.pg", equalTo("sandbox"))
                .body("checks.find { it.name == 'outside-parties' }.data.messaging", equalTo("sandbox"));
        given().get(root + "/openapi").then().statusCode(200)
                .body(containsString("/ledger/balance")).body(containsString("Bizbill partner API"));
    }

    @Test
    void adminAndPortalRefuseAnonymousUsers() {
        for (String page : new String[] {"/admin/index.xhtml", "/admin/jobs.xhtml", "/admin/outbox.xhtml",
                "/portal/index.xhtml"}) {
            Response r = given().redirects().follow(false).get(base + page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.header("Location")).as(page).contains("/login.xhtml");
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        Response r = given().get(base + "/login.xhtml");
        assertThat(r.statusCode()).isEqualTo(200);
        String setCookie = r.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("BIZBILL_SESSION=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void anExpiredViewSendsTheUserBackToThePageInsteadOfAnError() {
        Response r = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("login", "login")
                .formParam("login:loginId", "admin")
                .formParam("jakarta.faces.ViewState", "-1234567890:expired")
                .post(base + "/login.xhtml");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.header("Location")).contains("/login.xhtml").doesNotContain("error.xhtml");
    }

    @Test
    void unknownPagesShowTheFriendlyErrorPageWithoutStackTrace() {
        Response r = given().get(base + "/no-such-page.xhtml");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.asString()).contains("error-title").doesNotContain("Exception").doesNotContain("at com.");
    }

    // ----------------------------------------------------------------
    // Issue 15 §2: errors in words. The API answers in English, or in Korean for Accept-Language: ko, its field
    // errors are never bundle keys; a page shows a field error once, beside its field. (Was ErrorWordsIT; folded in
    // here so the suite boots one Payara fewer.)
    private static final String KEY_SHAPE = "^[a-z]+(\\.[a-zA-Z]+)+$";

    private JsonPath charge(String amount, String language) {
        var req = given().header("X-API-Key", company.get("apiKey"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON);
        if (language != null) {
            req.header("Accept-Language", language);
        }
        Response r = req.body("{\"amount\":" + amount + "}").post(base + "/api/v1/wallet/charges");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        return r.jsonPath();
    }

    @Test
    void issue15_2_aFieldErrorOfAWalletChargeIsWordsInEnglishByDefaultAndInKoreanWhenAsked() {
        for (String amount : List.of("1000.5", "500")) {
            JsonPath en = charge(amount, null);
            JsonPath ko = charge(amount, "ko-KR,ko;q=0.9,en;q=0.5");
            String code = en.getString("code");
            assertThat(ko.getString("code")).isEqualTo(code);
            assertThat(en.getString("title")).isEqualTo(Messages.get(Locale.ENGLISH, "error." + code));
            assertThat(ko.getString("title")).isEqualTo(Messages.get(Locale.KOREAN, "error." + code));
            assertThat(en.getString("errors[0].field")).isEqualTo("amount");
            assertThat(ko.getString("errors[0].field")).isEqualTo("amount");
            String enWords = en.getString("errors[0].message");
            String koWords = ko.getString("errors[0].message");
            assertThat(enWords).as(amount).doesNotMatch(KEY_SHAPE).doesNotContain("??").matches("[\\x20-\\x7E]+");
            assertThat(koWords).as(amount).doesNotMatch(KEY_SHAPE).doesNotContain("??").matches(".*[가-힣].*");
            // the detail stays the developer's English sentence
            assertThat(ko.getString("detail")).isEqualTo(en.getString("detail"));
            for (Object v : List.of(en.getList("errors.message"), ko.getList("errors.message"))) {
                assertThat((List<?>) v).allSatisfy(m -> assertThat(String.valueOf(m)).doesNotMatch(KEY_SHAPE));
            }
        }
        assertThat(charge("\"x\"", "en").getString("errors[0].message")).doesNotMatch(KEY_SHAPE);
    }

    @Test
    void issue15_2_aMalformedBodyAndBeanValidationErrorsAreWordsInTheCallersLanguage() {
        Response r = given().header("X-API-Key", company.get("apiKey")).header("Accept-Language", "ko")
                .get(base + "/api/v1/wallet/history?size=0");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
        assertThat(r.jsonPath().getString("title")).matches(".*[가-힣].*");
        assertThat(r.jsonPath().getList("errors.message", String.class)).isNotEmpty()
                .allSatisfy(m -> assertThat(m).doesNotMatch(KEY_SHAPE).matches(".*[가-힣].*"));
    }

    @Test
    void issue15_2_aPageShowsAFieldErrorOnceBesideItsField() {
        PortalSession s = PortalSession.login(base, customer.get("loginId"), "Customer!2345");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("passwordForm", "passwordForm");
        form.put("passwordForm:currentPassword", "not-the-password-" + UUID.randomUUID());
        form.put("passwordForm:newPassword", "Fresh!Pass-2026x");
        form.put("passwordForm:newPasswordAgain", "Fresh!Pass-2026x");
        form.put("passwordForm:save", "");
        Response r = s.postForm("/portal/me.xhtml", form);
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.asString();
        String words = Messages.get(Locale.KOREAN, "field.currentPassword");
        assertThat(html.split(java.util.regex.Pattern.quote(words), -1)).as(html).hasSize(2); // exactly once
        int input = html.indexOf("id=\"passwordForm:currentPassword\"");
        int next = html.indexOf("id=\"passwordForm:newPassword\"");
        int at = html.indexOf(words);
        assertThat(input).isPositive();
        assertThat(at).as("beside the current password field").isGreaterThan(input).isLessThan(next);
        assertThat(html).contains(Messages.get(Locale.KOREAN, "error.VALIDATION_FAILED")).doesNotContain("field.currentPassword");
        // and it still works
        assertThat(PortalSession.login(base, customer.get("loginId"), "Customer!2345")).isNotNull();
    }

    /**
     * Issue 20 §5: a partner's system orders 10,000 coupons through the API (CB-ORD-11): paid from the wallet at once,
     * a retried call places nothing more, recipients read back by page, refusals are problem+json with words, another
     * organisation's order is not found, and a reserved order is cancelled once with the money back.
     */
    @Test
    void issue20APartnerOrdersTenThousandCouponsOnceAndCancelsAReservation() throws Exception {
        Deployments.fixture(base, "catalog");
        String template = Deployments.fixture(base, "template").get("templateId");
        Map<String, String> buyer = Deployments.fixture(base, "company?wallet=50000000");
        String key = buyer.get("apiKey");
        given().header("X-API-Key", key).get(base + "/api/v1/catalog/templates").then().statusCode(200)
                .body("id", hasItems(Integer.parseInt(template)));
        // the coupon catalog's sale prices are coupon companies' terms: a store's key is refused
        given().header("X-API-Key", store.get("apiKey")).get(base + "/api/v1/catalog/products").then().statusCode(403)
                .contentType(PROBLEM);
        JsonPath coffee = given().header("X-API-Key", key).get(base + "/api/v1/catalog/products?q=아메리카노 (Tall)")
                .then().statusCode(200).extract().jsonPath();
        int productId = coffee.getInt("items[0].id");
        int price = coffee.getInt("items[0].options.find { it.validityDays == 30 }.price");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"mobile\": \"010-7").append(String.format("%03d", i / 1000 + 100))
                    .append('-').append(String.format("%04d", i)).append("\", \"name\": \"수신").append(i % 100)
                    .append("\"}");
        }
        String body = "{\"type\": \"GENERAL\", \"products\": [{\"productId\": " + productId + ", \"validityDays\": 30}], "
                + "\"sendTitle\": \"연말 감사 선물\", \"templateId\": " + template + ", \"termsAccepted\": true, "
                + "\"recipients\": [" + rows + "]}";
        String idem = "order-" + UUID.randomUUID();
        String number = given().header("X-API-Key", key).header("Idempotency-Key", idem).contentType(ContentType.JSON)
                .body(body).post(base + "/api/v1/orders").then().statusCode(201)
                .body("status", equalTo("RESERVED")).body("recipientCount", equalTo(10_000))
                .body("finalAmount", equalTo(price * 10_000)).extract().path("number");
        // the retried call: the first answer, nothing paid twice
        given().header("X-API-Key", key).header("Idempotency-Key", idem).contentType(ContentType.JSON).body(body)
                .post(base + "/api/v1/orders").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("number", equalTo(number));
        given().header("X-API-Key", key).get(base + "/api/v1/wallet").then().statusCode(200)
                .body("balance", equalTo(50_000_000 - price * 10_000));
        given().header("X-API-Key", key).get(base + "/api/v1/orders/" + number + "/recipients?page=99&size=100")
                .then().statusCode(200).body("total", equalTo(10_000)).body("items[99].seq", equalTo(10_000))
                .body("items[99].mobile", equalTo("01071099999"));
        // another organisation's number is not found; a bad row is named in words
        given().header("X-API-Key", company.get("apiKey")).get(base + "/api/v1/orders/" + number).then()
                .statusCode(404).contentType(PROBLEM).body("code", equalTo("ORDER_NOT_FOUND"));
        given().header("X-API-Key", key).header("Idempotency-Key", "bad-" + UUID.randomUUID())
                .contentType(ContentType.JSON).body(body.replace("010-7100-0000", "0101")).post(base + "/api/v1/orders")
                .then().statusCode(400).contentType(PROBLEM).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("recipients[1].mobile"))
                .body("errors[0].message", containsString("Row 1"));
        // a reservation too dear for what is left: the problem says by how much
        String reserved = body.replace("\"termsAccepted\"", "\"reservedAt\": \""
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(3) + "T10:00\", \"termsAccepted\"");
        given().header("X-API-Key", key).header("Idempotency-Key", "dear-" + UUID.randomUUID())
                .contentType(ContentType.JSON).body(reserved).post(base + "/api/v1/orders").then().statusCode(422)
                .body("code", equalTo("WALLET_INSUFFICIENT_BALANCE")).body("errors[0].message", containsString("short"));
        String small = reserved.replace("\"recipients\": [" + rows + "]", "\"recipients\": [{\"mobile\": \"01071230001\"}]");
        String r = given().header("X-API-Key", key).header("Idempotency-Key", "res-" + UUID.randomUUID())
                .contentType(ContentType.JSON).body(small).post(base + "/api/v1/orders").then().statusCode(201)
                .body("reservedAt", not(equalTo(null))).extract().path("number");
        given().header("X-API-Key", key).post(base + "/api/v1/orders/" + r + "/cancel").then().statusCode(200)
                .body("status", equalTo("RESERVATION_CANCELLED"));
        given().header("X-API-Key", key).post(base + "/api/v1/orders/" + r + "/cancel").then().statusCode(409)
                .contentType(PROBLEM).body("code", equalTo("ORDER_NOT_CANCELLABLE"));
        given().header("X-API-Key", key).get(base + "/api/v1/wallet").then().statusCode(200)
                .body("balance", equalTo(50_000_000 - price * 10_000));
    }
}
