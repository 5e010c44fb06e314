package com.bizbill.it;

import com.bizbill.billing.PaymentMethod;
import com.bizbill.identity.Member;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.PaymentType;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@link Fixtures} for client-side tests, which cannot inject it: added only to their test deployment (never in
 * the application), it makes a test's own organisations and answers their ids and API keys as plain
 * {@code name=value} lines.
 * <ul>
 * <li>{@code POST /it-fixtures/customer?method=CARD_AUTO[&prepaid=50000]}: a billing-portal customer (with that
 * much prepaid balance booked against the operator's cash, as the demo customer's opening entry):
 * {@code billingAccountId}, {@code organisationId}, {@code organisationName}, {@code loginId} (password
 * {@code Customer!2345}), {@code apiKey}</li>
 * <li>{@code POST /it-fixtures/company?card=4111…}: an approved prepaid coupon company with its master and that card:
 * {@code organisationId}, {@code apiKey}</li>
 * <li>{@code POST /it-fixtures/store}: a partner store: {@code organisationId}, {@code apiKey}</li>
 * <li>{@code POST /it-fixtures/logins}: {@link Fixtures#logins}: {@code STAFF.login}, {@code STAFF.password},
 * {@code STAFF.mobile}, … for each role</li>
 * </ul>
 */
@WebServlet("/it-fixtures/*")
public class FixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Fixtures fixtures;


    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StringBuilder out = new StringBuilder();
        try {
            switch (String.valueOf(req.getPathInfo())) {
                case "/customer" -> {
                    long[] c = fixtures.customer(PaymentMethod.valueOf(req.getParameter("method")), "클라이언트", "cli-");
                    if (req.getParameter("prepaid") != null) {
                        fixtures.prepaid(c[2], Long.parseLong(req.getParameter("prepaid")));
                    }
                    out.append("billingAccountId=").append(c[0]).append('\n').append("organisationId=").append(c[2])
                            .append('\n').append("organisationName=")
                            .append(fixtures.em.find(Organisation.class, c[2]).getName()).append('\n')
                            .append("loginId=").append(fixtures.em.find(Member.class, c[1]).getLoginId()).append('\n')
                            .append("apiKey=").append(fixtures.apiKey(c[2], "it customer")).append('\n');
                }
                case "/company" -> {
                    long[] c = fixtures.company(PaymentType.PREPAID, "클라이언트");
                    if (req.getParameter("card") != null) {
                        fixtures.card(c[0], c[1], req.getParameter("card"));
                    }
                    if (req.getParameter("wallet") != null) { // issue 20: a paid-in wallet to order from
                        fixtures.wallet(c[0], Long.parseLong(req.getParameter("wallet")));
                    }
                    out.append("organisationId=").append(c[0]).append('\n').append("apiKey=")
                            .append(fixtures.apiKey(c[0], "it company")).append('\n');
                }
                case "/demo-wallet" -> { // issue 20: the demo master's wallet, paid in by the sandbox bank
                    long org = fixtures.em.createQuery("select m.organisation.id from Member m where m.loginId = :l",
                            Long.class).setParameter("l", com.bizbill.shared.setup.DemoData.MASTER_LOGIN).getSingleResult();
                    fixtures.wallet(org, Long.parseLong(req.getParameter("amount")));
                    out.append("organisationId=").append(org).append('\n');
                }
                case "/coupon-link" -> { // issue 22 §1: a recipient's coupon link of a dispatched order
                    var kind = req.getParameter("selectable") != null
                            ? com.bizbill.catalog.QuotePricing.Kind.SELECTABLE : com.bizbill.catalog.QuotePricing.Kind.GENERAL;
                    String[] link;
                    if (req.getParameter("demo") != null) { // ordered by the demo master (its history shows it)
                        Member master = fixtures.em.createQuery("select m from Member m where m.loginId = :l",
                                Member.class).setParameter("l", com.bizbill.shared.setup.DemoData.MASTER_LOGIN)
                                .getSingleResult();
                        link = fixtures.couponLink(kind, new long[] {master.getOrganisation().getId(), master.getId()});
                    } else {
                        link = fixtures.couponLink(kind);
                    }
                    out.append("token=").append(link[0]).append('\n').append("mobile=").append(link[1]).append('\n')
                            .append("number=").append(link[2]).append('\n');
                }
                case "/anniversary-day" -> { // issue 23 §4: the 02:00 tick's run of today's anniversary orders
                    out.append("status=").append(fixtures.anniversaryDay()).append('\n');
                }
                case "/demo-postpaid-invoice" -> out.append("invoiceId=").append(fixtures.demoPostpaidInvoice()).append('\n');
                case "/template" -> out.append("templateId=").append(fixtures.template()).append('\n');
                case "/catalog" -> { // the coupon catalog from the sandbox supplier, as the daily job keeps it
                    out.append("inError=").append(fixtures.catalog()).append('\n');
                }
                case "/logins" -> fixtures.logins().forEach((role, login) -> out.append(role).append(".login=")
                        .append(login[0]).append('\n').append(role).append(".password=").append(login[1]).append('\n')
                        .append(role).append(".mobile=").append(login[2] == null ? "" : login[2]).append('\n'));
                case "/store" -> {
                    long[] s = fixtures.store("클라이언트");
                    out.append("organisationId=").append(s[0]).append('\n').append("apiKey=")
                            .append(fixtures.apiKey(s[0], "it store")).append('\n');
                }
                default -> {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
            }
        } catch (Exception e) {
            throw new IOException("fixture " + req.getPathInfo() + " not made", e);
        }
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write(out.toString());
    }
}
