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

/** Staff download the (searched) billing accounts with their contract terms as Excel (STAFF only by web.xml). */
@WebServlet("/admin/billing-accounts.xlsx")
public class BillingAccountsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    BillingAccountService accounts;

    @Inject
    LocaleBean localeBean;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale l = localeBean.getLocale();
        resp.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        resp.setHeader("Content-Disposition", "attachment; filename=\"billing-accounts.xlsx\"");
        try (SpreadsheetWriter x = new SpreadsheetWriter(Messages.get(l, "accounts.title"), List.of("ID", Messages.get(l, "accounts.company"),
                Messages.get(l, "accounts.name"), Messages.get(l, "accounts.method"), Messages.get(l, "accounts.contact"),
                Messages.get(l, "accounts.discount"), Messages.get(l, "accounts.login")), clock.getZone())) {
            x.rows((page, size) -> accounts.search(req.getParameter("text"), page, size),
                    a -> new Object[] {a.getId(), a.getOrganisation().getName(), a.getName(),
                            Labels.of(l).of(a.getPaymentMethod()), a.getContactEmail(),
                            Messages.get(l, a.isDiscount() ? "common.yes" : "common.no"), a.getMember() == null ? "" : a.getMember().getLoginId()});
            x.writeTo(resp.getOutputStream());
        }
    }
}
