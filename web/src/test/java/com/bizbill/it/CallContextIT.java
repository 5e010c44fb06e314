package com.bizbill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.billing.InvoiceFileImport;
import com.bizbill.billing.InvoiceFiles;
import com.bizbill.identity.IdentityService;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.shared.audit.AuditEntry;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.jobs.JobRun;
import com.bizbill.shared.jobs.JobRunService;
import com.bizbill.shared.jobs.JobRunStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 §1, one call context per channel: the audit row (or the run) names who called, for which
 * organisation, in which request: a staff page (logged in through the form), a partner API call (its
 * X-Request-Id echoed and stored), and a job run (its batch thread knows the job and who started it).
 */
@ExtendWith(ArquillianExtension.class)
class CallContextIT {

    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(CallContextIT.class, Deployments.class, Acting.class, JsfForm.class,
                Fixtures.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    CallContext callContext;

    @Inject
    IdentityService identity;

    @Inject
    InvoiceFiles invoiceFiles;

    @Inject
    InvoiceFileImport fileImport;

    @Inject
    JobRunService jobs;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    private List<AuditEntry> auditOf(String requestId) {
        return em.createQuery("select a from AuditEntry a where a.requestId = :r order by a.id", AuditEntry.class)
                .setParameter("r", requestId).getResultList();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** Name/value pairs, then the page they were on: its view state and CSP nonce are posted back as a browser does. */
    private static Map<String, String> formOf(String... pairsThenPage) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < pairsThenPage.length; i += 2) {
            fields.put(pairsThenPage[i], pairsThenPage[i + 1]);
        }
        fields.putAll(JsfForm.hiddenFields(pairsThenPage[pairsThenPage.length - 1]));
        return fields;
    }

    private static HttpRequest.Builder post(String uri, Map<String, String> fields) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    }

    @jakarta.inject.Inject
    Fixtures fixtures;

    @Test
    void issue15_aStaffPageActionIsAuditedWithTheStaffLoginAndTheRequestId() throws Exception {
        String base = Deployments.base(url);
        String staffLogin = fixtures.staff("ctx"); // issue 16 §5: a staff login of its own
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> loggedIn = browser.send(post(base + "/login.xhtml", formOf("login", "login",
                "login:loginId", staffLogin, "login:password", Fixtures.STAFF_PASSWORD, "login:submit", "",
                login)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, loggedIn.statusCode());
        assertFalse(loggedIn.headers().firstValue("Location").orElseThrow().contains("login"));

        String admin = browser.send(HttpRequest.newBuilder(URI.create(base + "/admin/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String requestId = "page-" + UUID.randomUUID();
        HttpResponse<String> reset = browser.send(post(base + "/admin/index.xhtml", formOf("clockForm", "clockForm",
                "clockForm:reset", "", admin))
                .header("X-Request-Id", requestId).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reset.statusCode());
        assertEquals(requestId, reset.headers().firstValue("X-Request-Id").orElseThrow(), "a page echoes it too");

        List<AuditEntry> rows = auditOf(requestId);
        assertEquals(1, rows.size(), "the reset of the demo clock, in this request");
        assertEquals("DEMO_CLOCK_MOVED", rows.get(0).getAction());
        assertEquals(staffLogin, rows.get(0).getActor());
        assertNull(rows.get(0).getOrganisationId(), "the clock is no organisation's, as before");
    }

    @Test
    void issue15_anApiCallEchoesItsRequestIdAndTheAuditRowNamesTheKeyAndTheRequest() throws Exception {
        Acting.asStaff(callContext, "staff-ctx");
        Organisation operator = em.createQuery("select o from Organisation o where o.kind = :k", Organisation.class)
                .setParameter("k", OrganisationKind.OPERATOR).setMaxResults(1).getSingleResult();
        String key = identity.issueApiKey(operator.getId(), "ctx-it");
        String prefix = identity.resolveApiKey(key).orElseThrow().keyPrefix();
        List<AuditEntry> issued = em.createQuery("select a from AuditEntry a where a.action = 'API_KEY_ISSUED' "
                + "and a.organisationId = :o and a.actor = 'staff-ctx' order by a.id desc", AuditEntry.class)
                .setParameter("o", operator.getId()).setMaxResults(1).getResultList();
        assertEquals(1, issued.size(), "staff acting on an organisation: the row keeps that organisation");

        String base = Deployments.base(url) + "/api/v1";
        HttpClient client = HttpClient.newHttpClient();
        String requestId = "erp-" + UUID.randomUUID();
        String period = fixtures.unclaimedDay(com.bizbill.ledger.LedgerJobs.LEDGER_SNAPSHOT.jobXmlName(),
                LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).minusDays(400)).toString();
        HttpResponse<String> started = client.send(HttpRequest.newBuilder(
                        URI.create(base + "/jobs/ledger-snapshot/runs?period=" + period))
                .header("X-API-Key", key).header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, started.statusCode(), started.body());
        assertEquals(requestId, started.headers().firstValue("X-Request-Id").orElseThrow());
        assertTrue(started.body().contains("\"startedBy\":\"api:" + prefix + "\""), started.body());

        List<AuditEntry> rows = auditOf(requestId);
        assertEquals(1, rows.size());
        assertEquals("JOB_STARTED", rows.get(0).getAction());
        assertEquals("api:" + prefix, rows.get(0).getActor());

        // an unusable id (too long, or not printable) is replaced by a new one; none given: one is made
        for (String bad : new String[] {"x".repeat(65), "two words"}) {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "/ledger/balance"))
                    .header("X-API-Key", key).header("X-Request-Id", bad).build(), HttpResponse.BodyHandlers.discarding());
            String echoed = r.headers().firstValue("X-Request-Id").orElseThrow();
            assertNotEquals(bad, echoed);
            assertTrue(UUID_SHAPE.matcher(echoed).matches(), echoed);
        }
        HttpResponse<Void> none = client.send(HttpRequest.newBuilder(URI.create(base + "/ledger/balance"))
                .header("X-API-Key", key).build(), HttpResponse.BodyHandlers.discarding());
        assertTrue(UUID_SHAPE.matcher(none.headers().firstValue("X-Request-Id").orElseThrow()).matches());

        // the operator check now reads the key's organisation kind from the context: a customer's key is refused
        Organisation customer = em.createQuery("select o from Organisation o where o.kind <> :k and o.status = :s",
                        Organisation.class).setParameter("k", OrganisationKind.OPERATOR)
                .setParameter("s", com.bizbill.identity.OrganisationStatus.ACTIVE).setMaxResults(1).getSingleResult();

        String customerKey = identity.issueApiKey(customer.getId(), "ctx-it");
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(
                        URI.create(base + "/jobs/ledger-snapshot/runs?period=" + period))
                .header("X-API-Key", customerKey).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("FORBIDDEN"), refused.body());
    }

    @Test
    void issue15_aJobRunKnowsTheJobAndTheStaffMemberWhoStartedIt() throws Exception {
        String staff = "staff-job-" + UUID.randomUUID().toString().substring(0, 8);
        Acting.asStaff(callContext, staff);
        YearMonth month = YearMonth.now(clock);
        String file = "청구서번호,청구계정,청구월,발행일,납부기한,서비스,사용기간,공급가액\n"
                + "F-" + UUID.randomUUID().toString().substring(0, 8) + ",0," + month + ",not-a-date,"
                + month.atEndOfMonth() + ",x," + month + ",1\n";
        byte[] content = file.getBytes(StandardCharsets.UTF_8);
        JobRun run = invoiceFiles.submit(content, "ctx.csv");
        JobRun done = Deployments.awaitRun(jobs, run);
        // issue 17 §4: the file was refused (a bad date), so the run is a failure, not a green "completed"
        assertEquals(JobRunStatus.FAILED, done.getStatus(), done.getMessage());
        assertEquals(1, done.getItemsFailed(), "the refused file");
        assertEquals(staff, done.getStartedBy(), "the run history names the staff member");
        // written inside the batch thread, from the job's own call context
        var imported = fileImport.byHash(InvoiceFileImport.hash(content)).orElseThrow();
        assertEquals("REFUSED", imported.getStatus());
        assertEquals("job:invoice-file-import by " + staff, imported.getStartedBy());
    }
}
