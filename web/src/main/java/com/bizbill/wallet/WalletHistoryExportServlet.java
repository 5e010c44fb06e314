package com.bizbill.wallet;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
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
    private static final int PAGE = 1_000;
    private static final int MAX_ROWS = 200_000;

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
        try (SpreadsheetWriter x = new SpreadsheetWriter("wallet", List.of(Messages.get(l, "wallet.at"),
                Messages.get(l, "wallet.kind"), Messages.get(l, "wallet.description"), Messages.get(l, "wallet.amount"),
                Messages.get(l, "wallet.balanceAfter"), "Ref"), clock.getZone())) {
            int rows = 0;
            for (int page = 0; rows < MAX_ROWS; page++) {
                Page<WalletTransaction> p = wallets.history(org, filter, page, PAGE);
                for (WalletTransaction t : p.items()) {
                    x.row(t.getOccurredAt(), Messages.get(l, "wallet.kind." + t.getKind().name()), t.getDescription(),
                            t.getAmount(), t.getBalanceAfter(), t.getReference());
                }
                rows += p.items().size();
                if (p.items().size() < PAGE) {
                    break;
                }
            }
            x.writeTo(resp.getOutputStream());
        }
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }
}
