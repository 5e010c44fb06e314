package com.bizbill.dispatch;

import com.bizbill.shared.error.BizbillException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 22 §1: the coupon link {@code /c/{token}} as the Alimtalk carries it opens the recipient's page (public, no
 * login); {@code /c/{token}/barcode/{coupon}.png} is a coupon's barcode, only for a session that proved the number.
 */
@WebFilter(urlPatterns = "/c/*")
public class CouponLinkFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern PAGE = Pattern.compile("/([A-Za-z0-9_-]{43})/?");
    private static final Pattern BARCODE = Pattern.compile("/([A-Za-z0-9_-]{43})/barcode/(\\d{1,18})\\.png");

    @Inject
    CouponPages pages;

    @Inject
    RecipientVerifications verifications;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getPathInfo() != null ? req.getPathInfo()
                : req.getRequestURI().substring(req.getContextPath().length() + "/c".length());
        Matcher page = PAGE.matcher(path);
        if (page.matches()) {
            res.setHeader("Referrer-Policy", "no-referrer"); // the token never leaves in a Referer header
            req.getRequestDispatcher("/coupon-page.xhtml?token=" + page.group(1)).forward(req, res);
            return;
        }
        Matcher barcode = BARCODE.matcher(path);
        if (barcode.matches() && verifications.isVerified(barcode.group(1), pages.now())) {
            try {
                byte[] png = pages.barcode(barcode.group(1), Long.parseLong(barcode.group(2)));
                res.setContentType("image/png");
                res.setHeader("Cache-Control", "private, no-store");
                res.setContentLength(png.length);
                res.getOutputStream().write(png);
                return;
            } catch (BizbillException e) {
                // not this link's coupon: answered like an unknown path
            }
        }
        res.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
