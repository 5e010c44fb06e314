package com.bizbill.wallet;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** CB-WAL-2: the filtered wallet history as Excel (streaming workbook), masters only (web.xml). */
@WebServlet("/portal/coupon/wallet/history.xlsx")
public class WalletHistoryExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    WalletService wallets;

    @Inject
    CurrentMember member;

    @Inject
    LocaleBean localeBean;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        WalletService.HistoryFilter filter;
        try {
            LocalDate from = date(req.getParameter("from"));
            LocalDate to = date(req.getParameter("to"));
            String kind = req.getParameter("kind");
            filter = wallets.filter(from, to, kind == null || kind.isBlank() ? null : WalletTransactionKind.valueOf(kind));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "bad filter");
            return;
        }
        Locale l = localeBean.getLocale();
        long org = member.get().organisationId();
        resp.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        resp.setHeader("Content-Disposition", "attachment; filename=\"wallet-history.xlsx\"");
        try (SpreadsheetWriter x = new SpreadsheetWriter(Messages.get(l, "wallet.title"), List.of(Messages.get(l, "wallet.at"),
                Messages.get(l, "wallet.kind"), Messages.get(l, "wallet.description"), Messages.get(l, "wallet.amount"),
                Messages.get(l, "wallet.balanceAfter"), Messages.get(l, "export.reference")), clock.getZone())) {
            x.rows((page, size) -> wallets.history(org, filter, page, size),
                    t -> new Object[] {t.getOccurredAt(), Labels.of(l).of(t.getKind()),
                            t.getDescription(), t.getAmount(), t.getBalanceAfter(), t.getReference()});
            x.writeTo(resp.getOutputStream());
        }
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }
}
