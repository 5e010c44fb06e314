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

/**
 * The billing staff screens' other lists as Excel (STAFF only by web.xml): import history, bank
 * deposits (all, or {@code open=true} for the unmatched), receivables by month and failed card charges.
 */
@WebServlet({"/admin/imports.xlsx", "/admin/bank-deposits.xlsx", "/admin/receivables.xlsx",
        "/admin/failed-charges.xlsx"})
public class BillingListsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceFileImport imports;

    @Inject
    BankReconciliation bank;

    @Inject
    InvoiceQueries invoices;

    @Inject
    LocaleBean localeBean;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale l = localeBean.getLocale();
        String list = req.getServletPath().substring("/admin/".length()).replace(".xlsx", "");
        resp.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + list + ".xlsx\"");
        switch (list) {
            case "imports" -> {
                try (SpreadsheetWriter x = writer(list, l, "imports.file", "imports.source", "wallet.status",
                        "imports.invoices", "imports.created", "imports.updated", "imports.unchanged",
                        "imports.reported", "jobs.startedBy", "wallet.at")) {
                    x.rows(imports::history, r -> new Object[] {r.getFileName(), r.getSource(), Labels.of(l).code("ImportStatus", r.getStatus()),
                            r.getInvoices(), r.getCreated(), r.getUpdated(), r.getUnchanged(), r.getReported(),
                            r.getStartedBy(), r.getRanAt()});
                    x.writeTo(resp.getOutputStream());
                }
            }
            case "bank-deposits" -> {
                boolean open = "true".equals(req.getParameter("open"));
                try (SpreadsheetWriter x = writer(list, l, "bank.reference", "bank.date", "bank.depositor",
                        "wallet.amount", "accounts.virtualAccount", "bank.invoice", "bank.matchedBy")) {
                    x.rows((page, size) -> bank.deposits(open, page, size), d -> new Object[] {d.getBankReference(),
                            d.getDepositDate(), d.getDepositor(), d.getAmount(), d.getVirtualAccount(),
                            d.getInvoiceId(), d.getMatchedBy()});
                    x.writeTo(resp.getOutputStream());
                }
            }
            case "receivables" -> {
                try (SpreadsheetWriter x = writer(list, l, "invoices.month", "invoices.billed", "invoices.paid",
                        "invoices.outstanding")) {
                    for (InvoiceQueries.MonthReceivable r : invoices.receivablesByMonth()) {
                        x.row(java.time.YearMonth.parse(r.month()), r.billed(), r.paid(), r.outstanding());
                    }
                    x.writeTo(resp.getOutputStream());
                }
            }
            default -> {
                try (SpreadsheetWriter x = writer(list, l, "invoices.number", "invoices.account", "wallet.amount",
                        "payments.outcome", "wallet.at")) {
                    for (InvoiceQueries.FailedCharge f : invoices.failedCharges(SpreadsheetWriter.MAX_ROWS / 3)) {
                        x.row(f.invoiceNumber(), f.accountName(), f.amount(), f.failureMessage() == null ? f.failureCode() : f.failureMessage(),
                                f.at());
                    }
                    x.writeTo(resp.getOutputStream());
                }
            }
        }
    }

    private SpreadsheetWriter writer(String sheet, Locale l, String... headerKeys) {
        // issue 17 §5: the sheet is named in the reader's language after the list
        String title = Messages.get(l, "export.sheet." + sheet);
        return new SpreadsheetWriter(title.startsWith("??") ? sheet : title, List.of(headerKeys).stream().map(k -> Messages.get(l, k)).toList(),
                clock.getZone());
    }
}
