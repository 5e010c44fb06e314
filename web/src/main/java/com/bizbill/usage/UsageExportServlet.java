package com.bizbill.usage;

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
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * NB-USE-1 Excel of a month's daily usage: the partner admin's own store at /portal/partner/usage.xlsx,
 * any store (parameter {@code store}) for staff at /admin/usage-daily.xlsx (roles by web.xml).
 */
@WebServlet({"/portal/partner/usage.xlsx", "/admin/usage-daily.xlsx"})
public class UsageExportServlet extends HttpServlet {

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
        long store;
        try {
            store = req.getServletPath().startsWith("/admin") ? Long.parseLong(req.getParameter("store"))
                    : member.organisationId();
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "store is required");
            return;
        }
        YearMonth month = months.parse(req.getParameter("month"), months.current());
        List<UsageQueries.DailyUsage> days = queries.dailyUsage(store, month);
        Locale l = localeBean.getLocale();
        resp.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        resp.setHeader("Content-Disposition", "attachment; filename=\"usage-" + month + ".xlsx\"");
        try (SpreadsheetWriter x = new SpreadsheetWriter(Messages.get(l, "usage.title") + " " + month, List.of(Messages.get(l, "usage.day"),
                Messages.get(l, "usage.alimtalk"), Messages.get(l, "usage.sms"), Messages.get(l, "usage.lms"),
                Messages.get(l, "usage.delivered"), Messages.get(l, "usage.failed")), clock.getZone())) {
            for (UsageQueries.DailyUsage d : days) {
                x.row(d.day(), d.alimtalk(), d.sms(), d.lms(), d.delivered(), d.failed());
            }
            UsageQueries.DailyUsage t = UsageQueries.total(days);
            x.row(Messages.get(l, "usage.total"), t.alimtalk(), t.sms(), t.lms(), t.delivered(), t.failed());
            x.writeTo(resp.getOutputStream());
        }
    }
}
