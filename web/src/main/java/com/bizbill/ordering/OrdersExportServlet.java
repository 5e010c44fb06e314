package com.bizbill.ordering;

import com.bizbill.catalog.QuotePricing;
import com.bizbill.identity.CurrentMember;
import com.bizbill.identity.Role;
import com.bizbill.shared.web.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Issue 22 §3, CB-HIS-1: the order history as Excel with the list's filters ({@code status}, {@code type},
 * {@code from}, {@code to} as yyyy-MM-dd, {@code q}): a master's organisation's orders (its sub-members' too), a
 * sub-member's own at /portal/coupon/orders.xlsx; every organisation's (or {@code org}'s) for staff at
 * /admin/orders.xlsx. A malformed filter is a 400, never a stack trace.
 */
@WebServlet({"/portal/coupon/orders.xlsx", "/admin/orders.xlsx"})
public class OrdersExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderHistoryExport export;

    @Inject
    CurrentMember member;

    @Inject
    LocaleBean localeBean;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        OrderQueries.Filter filter;
        try {
            var me = member.get();
            boolean staff = req.getServletPath().startsWith("/admin") && me.role() == Role.STAFF;
            Long org = staff ? longOrNull(req.getParameter("org")) : (Long) me.organisationId();
            Long memberId = me.role() == Role.SUB_MEMBER ? me.id() : null;
            LocalDate from = dateOrNull(req.getParameter("from"));
            LocalDate to = dateOrNull(req.getParameter("to"));
            String status = req.getParameter("status");
            String type = req.getParameter("type");
            filter = new OrderQueries.Filter(org, memberId,
                    status == null || status.isBlank() ? null : OrderStatus.valueOf(status),
                    from == null ? null : from.atStartOfDay(clock.getZone()).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                    req.getParameter("q"), type == null || type.isBlank() ? null : QuotePricing.Kind.valueOf(type));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "a filter is not valid");
            return;
        }
        byte[] xlsx = export.export(filter, localeBean.getLocale());
        resp.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        resp.setHeader("Content-Disposition", "attachment; filename=\"orders.xlsx\"");
        resp.setContentLength(xlsx.length);
        resp.getOutputStream().write(xlsx);
    }

    private static Long longOrNull(String s) {
        return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
    }

    private static LocalDate dateOrNull(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }
}
