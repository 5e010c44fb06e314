package com.bizbill.billing;

import com.bizbill.shared.i18n.Labels;
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
import java.util.List;
import java.util.Locale;

/** Staff download the filtered invoice list as Excel: /admin/invoices.xlsx (STAFF only by web.xml). */
@WebServlet("/admin/invoices.xlsx")
public class InvoicesExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceQueries invoices;

    @Inject
    LocaleBean localeBean;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        InvoiceStatus status;
        try {
            String s = req.getParameter("status");
            status = s == null || s.isBlank() ? null : InvoiceStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "bad status");
            return;
        }
        Locale l = localeBean.getLocale();
        resp.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        resp.setHeader("Content-Disposition", "attachment; filename=\"invoices.xlsx\"");
        try (SpreadsheetWriter x = new SpreadsheetWriter(Messages.get(l, "invoices.title"), List.of(Messages.get(l, "invoices.month"),
                Messages.get(l, "invoices.number"), Messages.get(l, "invoices.account"), Messages.get(l, "invoices.supply"),
                Messages.get(l, "invoices.vat"), Messages.get(l, "invoices.total"), Messages.get(l, "invoices.paid"),
                Messages.get(l, "invoices.balance"), Messages.get(l, "wallet.status")), clock.getZone())) {
            x.rows((page, size) -> invoices.search(req.getParameter("month"), status, req.getParameter("text"), page,
                    size), r -> {
                        Invoice i = r.invoice();
                        return new Object[] {java.time.YearMonth.parse(i.getBillingMonth()), i.getNumber(), r.accountName(),
                                i.getSupply(),
                                i.getVat(), i.getTotal(), i.getPaidAmount(), i.balance(),
                                Labels.of(l).of(i.getStatus())};
                    });
            x.writeTo(resp.getOutputStream());
        }
    }
}
