package com.bizbill.usage;

import com.bizbill.shared.i18n.Labels;
import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.spreadsheet.SpreadsheetWriter;
import com.bizbill.shared.web.LocaleBean;
import com.bizbill.shared.web.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * NB-PAY-1 Excel of usage bills: a partner admin's own at /portal/partner/payments.xlsx (optional
 * from/to months), a month's bills of every store for staff at /admin/usage-bills.xlsx (month, status, store).
 */
@WebServlet({"/portal/partner/payments.xlsx", "/admin/usage-bills.xlsx"})
public class UsageBillsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    UsageQueries queries;

    @Inject
    UsageMonths months;

    @Inject
    CurrentMember member;

    @Inject
    LocaleBean localeBean;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean staff = req.getServletPath().startsWith("/admin");
        UsageBillStatus status;
        try {
            String s = req.getParameter("status");
            status = s == null || s.isBlank() ? null : UsageBillStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "bad status");
            return;
        }
        Locale l = localeBean.getLocale();
        List<String> headers = new ArrayList<>(List.of(Messages.get(l, "usage.month")));
        if (staff) {
            headers.add(Messages.get(l, "usage.store"));
        }
        headers.addAll(List.of(Messages.get(l, "usage.alimtalk"), Messages.get(l, "usage.sms"),
                Messages.get(l, "usage.lms"), Messages.get(l, "invoices.supply"), Messages.get(l, "invoices.vat"),
                Messages.get(l, "invoices.total"), Messages.get(l, "wallet.status"), Messages.get(l, "usage.paidAt"),
                Messages.get(l, "usage.reference"), Messages.get(l, "usage.carriedColumn")));
        resp.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        resp.setHeader("Content-Disposition", "attachment; filename=\"usage-bills.xlsx\"");
        try (SpreadsheetWriter x = new SpreadsheetWriter(Messages.get(l, "export.sheet.usage-bills"), headers, clock.getZone())) {
            if (staff) {
                x.rows((page, size) -> queries.bills(months.parse(req.getParameter("month"), null), status,
                        req.getParameter("store"), page, size), r -> row(l, r.bill(), r.storeName()));
            } else {
                long store = member.organisationId();
                x.rows((page, size) -> queries.billsOf(store, months.parse(req.getParameter("from"), null),
                        months.parse(req.getParameter("to"), null), page, size), b -> row(l, b, null));
            }
            x.writeTo(resp.getOutputStream());
        }
    }

    private static Object[] row(Locale l, UsageBill b, String storeName) {
        List<Object> cells = new ArrayList<>(List.of(java.time.YearMonth.parse(b.getUsageMonth())));
        if (storeName != null) {
            cells.add(storeName);
        }
        cells.addAll(List.of(b.getAlimtalkCount(), b.getSmsCount(), b.getLmsCount(), b.getSupply(), b.getVat(),
                b.getTotal(), Labels.of(l).of(b.getStatus())));
        cells.add(b.getPaidAt());
        cells.add(b.getPaymentReference());
        cells.add(b.getCarriedCount()); // NB-CYC-1: of the counts, carried in from earlier months
        return cells.toArray();
    }
}
