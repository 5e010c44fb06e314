package com.bizbill.billing;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.error.BizbillException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** BP-INV-1: the customer downloads one of its own invoices as PDF (/portal: CUSTOMER only by web.xml). */
@WebServlet("/portal/invoice.pdf")
public class InvoicePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceDocuments invoices;

    @Inject
    BillingAccountService accounts;

    @Inject
    CurrentMember member;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            BillingAccount account = accounts.ofMember(member.get().id()).orElseThrow(
                    () -> new BizbillException(com.bizbill.shared.error.ErrorCode.BILLING_ACCOUNT_NOT_FOUND, "no billing account"));
            long id = Long.parseLong(req.getParameter("id"));
            byte[] pdf = invoices.pdf(account.getId(), id);
            resp.setContentType("application/pdf");
            resp.setHeader("Content-Disposition", "inline; filename=\"invoice-" + id + ".pdf\"");
            resp.setContentLength(pdf.length);
            resp.getOutputStream().write(pdf);
        } catch (NumberFormatException e) { // issue 15 §2: a BizbillException goes to DownloadErrorFilter
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
