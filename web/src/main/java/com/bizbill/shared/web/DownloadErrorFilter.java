package com.bizbill.shared.web;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Issue 15 §2: the one mapping of a business failure for the download servlets (spreadsheets, PDFs,
 * evidence, licence, refund documents, support files, import reports), so none catches it itself: the
 * code's status, with the friendly error page saying the failure in the bundle's words. A document the
 * caller may not see is answered like one that does not exist (404), as these servlets always did.
 */
@WebFilter(urlPatterns = {"*.xlsx", "*.pdf", "/admin/evidence", "/admin/licence", "/admin/refund-document",
        "/admin/import-report", "/portal/support-file", "/admin/support-file"})
public class DownloadErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute error.xhtml shows. */
    public static final String MESSAGE = "bizbill.error.message";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, resp);
        } catch (RuntimeException | ServletException e) {
            BizbillException b = find(e);
            if (b == null || resp.isCommitted()) {
                throw e;
            }
            Locale locale = "en".equals(req.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
            req.setAttribute(MESSAGE, Messages.get(locale, b.getCode().messageKey()));
            resp.reset();
            resp.sendError(status(b.getCode()));
        }
    }

    static int status(ErrorCode code) {
        return code == ErrorCode.FORBIDDEN ? HttpServletResponse.SC_NOT_FOUND : code.httpStatus();
    }

    private static BizbillException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof BizbillException b) {
                return b;
            }
        }
        return null;
    }
}
