package com.bizbill.postpaid;

import com.bizbill.identity.CurrentMember;
import com.bizbill.ordering.OrderStatements;
import com.bizbill.ordering.StatementDocuments;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 24 §2, §3: the coupon service's documents as links. {@code /portal/coupon/statement.pdf|xlsx?orders=N1,N2}
 * (none: every order being sent or sent; CB-STM-1) for masters and sub-members; {@code
 * /portal/coupon/wallet/postpaid.pdf|xlsx?id=…[&date=yyyy-MM-dd]} (CB-PST-3, the master's own company's invoice; the
 * date is kept as its transaction date) for masters only (the wallet path's constraint). A refusal is its status with
 * the words, never a stack trace.
 */
@WebServlet({"/portal/coupon/statement.pdf", "/portal/coupon/statement.xlsx", "/portal/coupon/wallet/postpaid.pdf",
        "/portal/coupon/wallet/postpaid.xlsx"})
public class CouponDocumentsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    OrderStatements statements;

    @Inject
    PostpaidInvoices invoices;

    @Inject
    PostpaidDocuments documents;

    @Inject
    CurrentMember member;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath();
        boolean pdf = path.endsWith(".pdf");
        long me = member.get().id();
        byte[] content;
        String name;
        try {
            if (path.contains("/statement.")) {
                String orders = req.getParameter("orders");
                List<String> numbers = orders == null || orders.isBlank() ? List.of()
                        : Arrays.stream(orders.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                OrderStatements.Statement s = statements.issue(me, numbers);
                content = pdf ? StatementDocuments.pdf(s) : StatementDocuments.excel(s, clock.getZone());
                name = s.number();
            } else {
                long id = Long.parseLong(req.getParameter("id"));
                String date = req.getParameter("date");
                if (date != null && !date.isBlank()) {
                    invoices.setTransactionDate(me, id, LocalDate.parse(date.strip()));
                }
                content = pdf ? documents.pdf(me, id) : documents.excel(me, id);
                name = invoices.own(me, id).number();
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "an id or date is not valid");
            return;
        } catch (BizbillException e) {
            resp.sendError(e.getCode().httpStatus(), Messages.get(req.getLocale() != null
                    && "en".equals(req.getLocale().getLanguage()) ? java.util.Locale.ENGLISH : java.util.Locale.KOREAN,
                    e.getCode().messageKey()));
            return;
        }
        resp.setContentType(pdf ? PDF : XLSX);
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + (pdf ? ".pdf\"" : ".xlsx\""));
        resp.setContentLength(content.length);
        resp.getOutputStream().write(content);
    }
}
