package com.bizbill.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.identity.Role;
import com.bizbill.shared.setup.DemoData;
import io.restassured.response.Response;
import java.net.URL;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Roles and isolation (identity issue, point 5): for every protected page, each role that may
 * use it gets it, every other role is refused (403), and anonymous users are sent to the login page.
 * Each role logs in through the real login form with its demo login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final Map<Role, String[]> LOGINS = new EnumMap<>(Map.of(
            Role.STAFF, new String[] {DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD},
            Role.CUSTOMER, new String[] {DemoData.CUSTOMER_LOGIN, DemoData.CUSTOMER_PASSWORD},
            Role.MASTER, new String[] {DemoData.MASTER_LOGIN, DemoData.MASTER_PASSWORD},
            Role.SUB_MEMBER, new String[] {DemoData.SUB_MEMBER_LOGIN, DemoData.SUB_MEMBER_PASSWORD},
            Role.PARTNER_ADMIN, new String[] {DemoData.PARTNER_LOGIN, DemoData.PARTNER_PASSWORD}));

    /** Page -> the roles that may use it. Every page of /admin and /portal is listed. */
    private static final Map<String, Set<Role>> MATRIX = Map.ofEntries(
            Map.entry("/admin/index.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/jobs.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/outbox.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/billing-accounts.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/api-keys.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/audit.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/audit.xlsx", Set.of(Role.STAFF)),
            Map.entry("/admin/approvals.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/withdrawals.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/messages.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/partner-stores.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/licence?org=1", Set.of(Role.STAFF)),
            Map.entry("/portal/coupon/members/index.xhtml", Set.of(Role.MASTER)),
            Map.entry("/portal/index.xhtml", Set.of(Role.CUSTOMER)),
            Map.entry("/portal/invoices.xhtml", Set.of(Role.CUSTOMER)),
            Map.entry("/portal/support.xhtml", Set.of(Role.CUSTOMER)),
            Map.entry("/admin/support.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/bank.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/imports.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/billing-accounts.xlsx", Set.of(Role.STAFF)),
            Map.entry("/portal/card.xhtml", Set.of(Role.CUSTOMER, Role.PARTNER_ADMIN, Role.MASTER)),
            Map.entry("/admin/payments.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/invoices.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/invoices.xlsx", Set.of(Role.STAFF)),
            Map.entry("/admin/refunds.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/credit.xhtml", Set.of(Role.STAFF)),
            Map.entry("/portal/coupon/wallet/index.xhtml", Set.of(Role.MASTER)),
            Map.entry("/portal/coupon/wallet/refund.xhtml", Set.of(Role.MASTER)),
            Map.entry("/portal/coupon/wallet/history.xlsx", Set.of(Role.MASTER)),
            Map.entry("/portal/me.xhtml", Set.of(Role.CUSTOMER, Role.MASTER, Role.SUB_MEMBER, Role.PARTNER_ADMIN)),
            Map.entry("/portal/coupon/index.xhtml", Set.of(Role.MASTER, Role.SUB_MEMBER)),
            Map.entry("/admin/usage.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/prices.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/store-usage.xhtml", Set.of(Role.STAFF)),
            Map.entry("/admin/usage-import.xhtml", Set.of(Role.STAFF)),
            Map.entry("/portal/partner/usage.xhtml", Set.of(Role.PARTNER_ADMIN)),
            Map.entry("/portal/partner/payments.xhtml", Set.of(Role.PARTNER_ADMIN)),
            Map.entry("/portal/partner/index.xhtml", Set.of(Role.PARTNER_ADMIN)));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private String base;

    @BeforeEach
    void base() {
        base = Deployments.base(url);
    }

    private static final Map<Role, String> MOBILES = Map.of(Role.MASTER, "01012345678", Role.SUB_MEMBER, "01087654321");

    @Test
    void everyRoleGetsItsPagesAndIsRefusedTheOthers() {
        PortalSession staff = PortalSession.login(base, DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        for (Role role : Role.values()) {
            String[] login = LOGINS.get(role);
            PortalSession session = MOBILES.containsKey(role)
                    ? PortalSession.loginWithCode(base, login[0], login[1], MOBILES.get(role), staff)
                    : PortalSession.login(base, login[0], login[1]);
            assertThat(session.get("/home").header("Location")).as(role + " lands on its home")
                    .endsWith(role.home());
            MATRIX.forEach((page, allowed) -> {
                Response r = session.get(page);
                if (allowed.contains(role)) {
                    // the licence of organisation 1 (the operator) does not exist: 404, but past the guard
                    assertThat(r.statusCode()).as(role + " may use " + page).isIn(200, 404);
                    if (!page.contains("licence")) {
                        assertThat(r.statusCode()).as(role + " may use " + page).isEqualTo(200);
                    }
                } else {
                    assertThat(r.statusCode()).as(role + " is refused " + page).isEqualTo(403);
                    assertThat(r.asString()).as("friendly 403 page").contains("error-title").doesNotContain("Exception");
                }
            });
        }
    }

    @Test
    void aCouponMemberIsNotLoggedInBeforeTheSecondStep() {
        // rule CB-MEM-3: the right password alone leads to the code page, not into the portal
        PortalSession halfway = PortalSession.anonymous(base);
        Response r = halfway.passwordStep(DemoData.MASTER_LOGIN, DemoData.MASTER_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.header("Location")).contains("/login-code.xhtml");
        Response portal = halfway.get("/portal/coupon/index.xhtml");
        assertThat(portal.statusCode()).isEqualTo(302);
        assertThat(portal.header("Location")).contains("/login.xhtml");
    }

    @Test
    void staffDownloadTheAuditTrailAsExcel() throws Exception {
        PortalSession staff = PortalSession.login(base, DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        Response r = staff.get("/admin/audit.xlsx?type=ORGANISATION");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(r.asInputStream())) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("일시");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(3).getStringCellValue()).isEqualTo("ORGANISATION");
            }
        }
    }

    /** BP issue §9 and NB staff screens: every billing list downloads as Excel, for staff only. */
    @Test
    void staffDownloadTheBillingListsAsExcelAndNobodyElseMay() throws Exception {
        PortalSession staff = PortalSession.login(base, DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        Map<String, String> firstHeader = Map.of("/admin/imports.xlsx", "파일", "/admin/bank-deposits.xlsx", "거래번호",
                "/admin/receivables.xlsx", "청구월", "/admin/failed-charges.xlsx", "청구서 번호",
                "/admin/usage-bills.xlsx", "월", "/admin/billing-accounts.xlsx", "ID");
        PortalSession customer = PortalSession.login(base, DemoData.CUSTOMER_LOGIN, DemoData.CUSTOMER_PASSWORD);
        for (var e : firstHeader.entrySet()) {
            Response r = staff.get(e.getKey());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(200);
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(r.asInputStream())) {
                assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).as(e.getKey())
                        .isEqualTo(e.getValue());
            }
            assertThat(customer.get(e.getKey()).statusCode()).as(e.getKey()).isEqualTo(403);
        }
        // the receivables sheet has the demo invoices' months with billed and outstanding won
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(staff.get("/admin/receivables.xlsx").asInputStream())) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(1);
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isPositive();
        }
    }

    @Test
    void anonymousUsersAreSentToTheLoginPageFromEveryProtectedPage() {
        PortalSession anonymous = PortalSession.anonymous(base);
        MATRIX.keySet().forEach(page -> {
            Response r = anonymous.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.header("Location")).as(page).contains("/login.xhtml");
        });
    }

    @Test
    void publicPagesNeedNoLogin() {
        PortalSession anonymous = PortalSession.anonymous(base);
        for (String page : List.of("/login.xhtml", "/account-help.xhtml", "/signup.xhtml", "/reset-password.xhtml",
                "/manual.xhtml", "/signup-master.xhtml", "/invitation.xhtml", "/sandbox-pg/card.xhtml")) {
            assertThat(anonymous.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void anotherOrganisationsLedgerAccountIsNotFoundForAPartnerKey() {
        // the demo customer's key asking for the operator's account: answered like a missing one
        io.restassured.RestAssured.given().header("X-API-Key", DemoData.CUSTOMER_API_KEY)
                .get(base + "/api/v1/ledger/accounts/OP:FEE-REVENUE")
                .then().statusCode(404);
    }
}
