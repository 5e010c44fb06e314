package com.bizbill.usage;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.web.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * NB-PAY-1: a monthly usage bill as PDF: the partner admin's own at /portal/partner/usage-bill.pdf, any for staff
 * at /admin/usage-bill.pdf. Another store's bill is a 404. Issue 16 §3: the document is built in the ejb module
 * ({@link UsageBillDocuments}); this only finds the bill the caller may read and streams it.
 */
@WebServlet({"/portal/partner/usage-bill.pdf", "/admin/usage-bill.pdf"})
public class UsageBillPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    UsageQueries queries;

    @Inject
    UsageBillDocuments documents;

    @Inject
    CurrentMember member;

    @Inject
    LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UsageBill b;
        try {
            long id = Long.parseLong(req.getParameter("id"));
            b = req.getServletPath().startsWith("/admin") ? queries.anyBill(id)
                    : queries.bill(member.organisationId(), id);
        } catch (NumberFormatException e) { // issue 15 §2: a BizbillException goes to DownloadErrorFilter
            b = null;
        }
        if (b == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = documents.pdf(b, localeBean.getLocale());
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "inline; filename=\"usage-bill-" + b.getUsageMonth() + ".pdf\"");
        resp.setContentLength(pdf.length);
        resp.getOutputStream().write(pdf);
    }
}
