package com.bizbill.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.identity.Role;
import io.restassured.response.Response;
import java.net.URL;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import jakarta.servlet.annotation.WebServlet;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import static io.restassured.RestAssured.given;
import io.restassured.filter.cookie.CookieFilter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles and isolation (identity issue, point 5): for every protected page and download, each role that
 * may use it gets past the guard, every other role is refused (403), and anonymous users are sent to
 * the login page. The pages are read from the deployed WAR (issue 16 §5), not listed by hand.
 * Each role logs in through the real login form with a login of its own, made for this class (issue 16 §5: no
 * demo login; a master and a sub-member with mobiles of their own for the SMS step).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    /** By role: {loginId, password, mobile (empty without the SMS step)}, made once through the FixtureServlet. */
    private static Map<Role, String[]> logins;
    /** A billing customer of the class's own (its API key and billing account). */
    private static Map<String, String> ownCustomer;

    /**
     * Who may use what, by path (issue 16 §5): the most specific rule that matches wins. The pages and
     * servlets themselves are read from the deployed WAR ({@link #protectedPaths()}), so a new page or
     * download under /admin or /portal is checked without editing this test.
     */
    private static final List<Map.Entry<String, Set<Role>>> POLICY = List.of(
            Map.entry("/portal/me.xhtml", Set.of(Role.CUSTOMER, Role.MASTER, Role.SUB_MEMBER, Role.PARTNER_ADMIN)),
            // issue 18 §6: the customer centre for every product
            Map.entry("/portal/support.xhtml", Set.of(Role.CUSTOMER, Role.MASTER, Role.SUB_MEMBER, Role.PARTNER_ADMIN)),
            Map.entry("/portal/support-file", Set.of(Role.CUSTOMER, Role.MASTER, Role.SUB_MEMBER, Role.PARTNER_ADMIN)),
            Map.entry("/portal/card.xhtml", Set.of(Role.CUSTOMER, Role.PARTNER_ADMIN, Role.MASTER)),
            Map.entry("/portal/card-callback.xhtml", Set.of(Role.CUSTOMER, Role.PARTNER_ADMIN, Role.MASTER)),
            Map.entry("/portal/coupon/members/", Set.of(Role.MASTER)),
            Map.entry("/portal/coupon/wallet/", Set.of(Role.MASTER)),
            Map.entry("/portal/coupon/", Set.of(Role.MASTER, Role.SUB_MEMBER)),
            Map.entry("/portal/partner/", Set.of(Role.PARTNER_ADMIN)),
            Map.entry("/portal/", Set.of(Role.CUSTOMER)),
            Map.entry("/admin/", Set.of(Role.STAFF)));

    static Set<Role> allowed(String path) {
        return POLICY.stream().filter(rule -> rule.getKey().endsWith("/")
                        ? path.startsWith(rule.getKey()) : path.equals(rule.getKey()))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no access rule for " + path));
    }

    /** Every JSF page under /admin and /portal in the WAR, and every servlet mapping there. */
    static SortedSet<String> protectedPaths() {
        WebArchive war = Deployments.application();
        SortedSet<String> paths = new TreeSet<>();
        for (ArchivePath p : war.getContent().keySet()) {
            String name = p.get();
            if ((name.startsWith("/admin/") || name.startsWith("/portal/")) && name.endsWith(".xhtml")) {
                paths.add(name);
            }
            if (name.startsWith("/WEB-INF/classes/") && name.endsWith(".class") && !name.contains("$")) {
                String className = name.substring("/WEB-INF/classes/".length(), name.length() - ".class".length())
                        .replace('/', '.');
                WebServlet servlet;
                try {
                    servlet = Class.forName(className, false, AccessMatrixIT.class.getClassLoader())
                            .getAnnotation(WebServlet.class);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue; // not on the test's class path: not one of the web module's classes
                }
                if (servlet != null) {
                    for (String pattern : servlet.value().length > 0 ? servlet.value() : servlet.urlPatterns()) {
                        if (pattern.startsWith("/admin/") || pattern.startsWith("/portal/")) {
                            paths.add(pattern);
                        }
                    }
                }
            }
        }
        return paths;
    }

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
        if (logins == null) {
            Map<String, String> made = Deployments.fixture(base, "logins");
            Map<Role, String[]> byRole = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                byRole.put(role, new String[] {made.get(role + ".login"), made.get(role + ".password"),
                        made.get(role + ".mobile")});
            }
            logins = byRole;
            ownCustomer = Deployments.fixture(base, "customer?method=BANK_TRANSFER");
        }
    }

    private PortalSession login(Role role) {
        return PortalSession.login(base, logins.get(role)[0], logins.get(role)[1]);
    }

    @Test
    void everyRoleGetsItsPagesAndIsRefusedTheOthers() {
        SortedSet<String> paths = protectedPaths();
        // the derivation itself: pages and downloads the matrix once missed by hand are in it
        assertThat(paths).contains("/portal/card-callback.xhtml", "/portal/coupon/wallet/confirm.xhtml",
                "/admin/evidence", "/portal/invoice.pdf", "/admin/usage-bill.pdf", "/portal/support-file");
        PortalSession staff = login(Role.STAFF);
        for (Role role : Role.values()) {
            String[] login = logins.get(role);
            PortalSession session = !login[2].isEmpty()
                    ? PortalSession.loginWithCode(base, login[0], login[1], login[2], staff)
                    : PortalSession.login(base, login[0], login[1]);
            assertThat(session.get("/home").header("Location")).as(role + " lands on its home")
                    .endsWith(role.home());
            for (String page : paths) {
                Response r = session.get(page);
                if (allowed(page).contains(role)) {
                    // past the guard: a download without its parameters may answer 400 or 404, never 403 or 5xx
                    assertThat(r.statusCode()).as(role + " may use " + page).isNotIn(401, 403).isLessThan(500);
                    if (r.statusCode() == 302) {
                        assertThat(r.header("Location")).as(role + " may use " + page).doesNotContain("/login.xhtml");
                    }
                    if (page.endsWith(".xhtml")) {
                        assertThat(r.statusCode()).as(role + " may use " + page).isIn(200, 302);
                    }
                } else {
                    assertThat(r.statusCode()).as(role + " is refused " + page).isEqualTo(403);
                    assertThat(r.asString()).as("friendly 403 page").contains("error-title").doesNotContain("Exception");
                }
            }
        }
    }

    @Test
    void aCouponMemberIsNotLoggedInBeforeTheSecondStep() {
        // rule CB-MEM-3: the right password alone leads to the code page, not into the portal
        PortalSession halfway = PortalSession.anonymous(base);
        Response r = halfway.passwordStep(logins.get(Role.MASTER)[0], logins.get(Role.MASTER)[1]);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.header("Location")).contains("/login-code.xhtml");
        Response portal = halfway.get("/portal/coupon/index.xhtml");
        assertThat(portal.statusCode()).isEqualTo(302);
        assertThat(portal.header("Location")).contains("/login.xhtml");
    }

    @Test
    void staffDownloadTheAuditTrailAsExcel() throws Exception {
        PortalSession staff = login(Role.STAFF);
        Response r = staff.get("/admin/audit.xlsx?type=ORGANISATION");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(r.asInputStream())) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("일시");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                // issue 17 §2: the filtered kind reads as its label in the file too, not as the code ORGANISATION
                assertThat(sheet.getRow(i).getCell(3).getStringCellValue()).isEqualTo("조직");
                assertThat(sheet.getRow(i).getCell(0).getCellType()).as("a real date cell")
                        .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            }
        }
    }

    /** BP issue §9 and NB staff screens: every billing list downloads as Excel, for staff only. */
    @Test
    void staffDownloadTheBillingListsAsExcelAndNobodyElseMay() throws Exception {
        PortalSession staff = login(Role.STAFF);
        Map<String, String> firstHeader = Map.of("/admin/imports.xlsx", "파일", "/admin/bank-deposits.xlsx", "거래번호",
                "/admin/receivables.xlsx", "청구월", "/admin/failed-charges.xlsx", "청구서 번호",
                "/admin/usage-bills.xlsx", "월", "/admin/billing-accounts.xlsx", "ID");
        PortalSession customer = login(Role.CUSTOMER);
        for (var e : firstHeader.entrySet()) {
            Response r = staff.get(e.getKey());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(200);
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(r.asInputStream())) {
                assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).as(e.getKey())
                        .isEqualTo(e.getValue());
            }
            assertThat(customer.get(e.getKey()).statusCode()).as(e.getKey()).isEqualTo(403);
        }
        // the receivables sheet has the invoices' months with billed and outstanding won (this class's own invoice
        // at least, issue 16 §5: not only the demo's)
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Seoul")).toString();
        io.restassured.RestAssured.given().header("X-API-Key", com.bizbill.shared.setup.DemoData.BILLING_SYSTEM_API_KEY)
                .contentType(io.restassured.http.ContentType.JSON).body("{\"invoices\":[{\"billingAccountId\":" + ownCustomer.get("billingAccountId")
                        + ",\"number\":\"AM-" + java.util.UUID.randomUUID() + "\",\"billingMonth\":\"" + month
                        + "\",\"issueDate\":\"" + month + "-05\",\"dueDate\":\"" + month + "-28\",\"supply\":10000,"
                        + "\"vat\":1000,\"total\":11000,\"lines\":[{\"service\":\"서버\",\"usagePeriod\":\"" + month
                        + "\",\"supplyAmount\":10000}]}]}")
                .post(base + "/api/v1/billing/invoices").then().statusCode(200).body("results[0].outcome",
                        org.hamcrest.Matchers.equalTo("CREATED"));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(staff.get("/admin/receivables.xlsx").asInputStream())) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(1);
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isPositive();
        }
    }

    @Test
    void anonymousUsersAreSentToTheLoginPageFromEveryProtectedPage() {
        PortalSession anonymous = PortalSession.anonymous(base);
        for (String page : protectedPaths()) {
            Response r = anonymous.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.header("Location")).as(page).contains("/login.xhtml");
        }
    }

    @Test
    void publicPagesNeedNoLogin() {
        PortalSession anonymous = PortalSession.anonymous(base);
        for (String page : List.of("/login.xhtml", "/account-help.xhtml", "/signup.xhtml", "/reset-password.xhtml",
                "/manual.xhtml", "/signup-master.xhtml", "/invitation.xhtml", "/sandbox-pg/card.xhtml", "/terms.xhtml")) {
            assertThat(anonymous.get(page).statusCode()).as(page).isEqualTo(200);
        }
        // issue 18 §7: the manual has a chapter per product and role; §5: the card terms have their texts
        assertThat(anonymous.get("/manual.xhtml").asString()).contains("id=\"billing\"", "빌링포털 고객",
                "id=\"coupon\"", "쿠폰 서비스 마스터", "id=\"history\"", "쿠폰 이미지 저장", "id=\"sub\"", "id=\"partner\"", "알림톡 가맹점", "id=\"staff\"",
                "id=\"help\"", "고객센터", "#{이름}", "장바구니와 견적서"); // issue 19: variables as written; cart chapter
        // issue 19: the sandbox catalog's images (fictional brands, made for it) are served to every page
        var image = anonymous.get("/catalog-images/sb-morningbean.svg");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.contentType()).startsWith("image/svg+xml");
        assertThat(image.asString()).contains("SANDBOX").contains("<svg");
        // issue 22 §1: a coupon link is public; an unknown one says so without telling why
        var coupon = anonymous.get("/c/" + "A".repeat(43));
        assertThat(coupon.statusCode()).isEqualTo(200);
        assertThat(coupon.asString()).contains("유효하지 않거나 기간이 지난 쿠폰 링크");
        assertThat(anonymous.get("/c/" + "A".repeat(43) + "/barcode/1.png").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/terms.xhtml").asString()).contains("id=\"efinance\"", "id=\"privacy\"",
                "id=\"provision\"", "id=\"recurring\"", "정기과금(자동승인) 이용약관");
    }

    @Test
    void anotherOrganisationsLedgerAccountIsNotFoundForAPartnerKey() {
        // a customer's key asking for the operator's account: answered like a missing one
        io.restassured.RestAssured.given().header("X-API-Key", ownCustomer.get("apiKey"))
                .get(base + "/api/v1/ledger/accounts/OP:FEE-REVENUE")
                .then().statusCode(404);
    }

    // ----------------------------------------------------------------
    // Issue 14 §4: the security headers on a page, an API answer and a servlet download; the page's CSP carries a
    // nonce that its scripts carry too; the remember-ID cookie is HttpOnly and SameSite (and not Secure here: the
    // test's public URL is http). (Was SecurityHeadersIT; folded in here so the suite boots one Payara fewer.)

    private static void assertCommonHeaders(Response r, String what) {
        assertThat(r.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(r.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
        assertThat(r.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(r.headers().getValues("Content-Security-Policy")).as(what)
                .anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"));
    }

    @Test
    void issue14APageHasTheHeadersAndAScriptPolicyWithTheNonceItsScriptsCarry() {
        Response r = given().get(base + "/login.xhtml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertCommonHeaders(r, "login page");
        List<String> policies = r.headers().getValues("Content-Security-Policy");
        String scripts = policies.stream().filter(p -> p.contains("script-src")).findFirst().orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
        assertThat(nonce.find()).as(scripts).isTrue();
        assertThat(scripts).startsWith("object-src 'none'; base-uri 'self'; script-src 'self' 'nonce-")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        String html = r.asString();
        assertThat(html).contains("nonce=\"" + nonce.group(1) + "\"");
        // no script on the page without the nonce (external ones come from 'self')
        Matcher tag = Pattern.compile("<script\\b[^>]*>").matcher(html);
        while (tag.find()) {
            assertThat(tag.group()).as("script tag").satisfiesAnyOf(
                    t -> assertThat(t).contains("nonce=\"" + nonce.group(1) + "\""),
                    t -> assertThat(t).contains(" src="));
        }
        assertThat(html).doesNotContainPattern("<[a-z]+\\b[^>]*\\son(click|change|load|submit|keyup|keydown|focus|blur)=");
    }

    @Test
    void issue14AnApiAnswerHasTheHeaders() {
        Response r = given().get(base + "/api/v1/ledger/balance"); // 401 without a key: still an answer of the app
        assertCommonHeaders(r, "API " + r.statusCode());
    }

    @Test
    void issue14ARememberedIdIsHttpOnlySameSiteAndAServletDownloadHasTheHeaders() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).get(base + "/login.xhtml").asString();
        Response login = given().filter(cookies).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("login", "login")
                .formParam("login:loginId", logins.get(Role.STAFF)[0])
                .formParam("login:password", logins.get(Role.STAFF)[1])
                .formParam("login:rememberId_input", "on")
                .formParam("login:submit", "")
                .formParams(JsfForm.hiddenFields(page))
                .post(base + "/login.xhtml");
        assertThat(login.statusCode()).isEqualTo(302);
        assertCommonHeaders(login, "login redirect");
        String remember = login.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("BIZBILL_REMEMBER_ID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no remember-ID cookie in " + login.headers().getValues("Set-Cookie")));
        assertThat(remember).startsWith("BIZBILL_REMEMBER_ID=" + logins.get(Role.STAFF)[0])
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(remember.toLowerCase()).as("http public URL: not Secure").doesNotContain("secure");
        String session = login.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("BIZBILL_SESSION=")).findFirst().orElse("BIZBILL_SESSION=; HttpOnly");
        assertThat(session.toLowerCase()).as("http public URL: not Secure").doesNotContain("secure");

        Response export = given().filter(cookies).redirects().follow(false).get(base + "/admin/billing-accounts.xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        assertCommonHeaders(export, "servlet download");
    }

    @Test
    void issue14AFormPostedWithoutThePagesNonceGoesBackToThePageNotToAnIncident() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).get(base + "/login.xhtml").asString();
        assertThat(JsfForm.nonce(page)).as("the login page carries a nonce").isNotBlank();
        Response r = given().filter(cookies).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("login", "login")
                .formParam("login:loginId", "nobody")
                .formParam("login:password", "Wrong!Pass1")
                .formParam("login:submit", "")
                .formParam("jakarta.faces.ViewState", JsfForm.viewState(page))
                .formParam("primefaces.nonce", "bm90LXRoZS1ub25jZQ==")
                .post(base + "/login.xhtml");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.header("Location")).endsWith("/login.xhtml").doesNotContain("error");
        assertThat(given().filter(cookies).get(r.header("Location")).statusCode()).isEqualTo(200);
    }
}
