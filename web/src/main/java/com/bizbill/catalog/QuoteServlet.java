package com.bizbill.catalog;

import com.bizbill.identity.CurrentMember;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CB-CART-1: a member's quote (견적서) as PDF, for the lines of their own cart given by id; another member's lines are
 * simply not in it (web.xml: /portal/coupon is masters' and sub-members').
 */
@WebServlet("/portal/coupon/quote.pdf")
public class QuoteServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CartService cart;

    @Inject
    CurrentMember member;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<Long> lines = new ArrayList<>();
        int recipients;
        QuotePricing.Kind kind;
        try {
            for (String id : (req.getParameter("lines") == null ? "" : req.getParameter("lines")).split(",")) {
                if (!id.isBlank() && lines.size() < CartService.MAX_LINES) {
                    lines.add(Long.parseLong(id.trim()));
                }
            }
            recipients = Integer.parseInt(req.getParameter("recipients") == null ? "1" : req.getParameter("recipients"));
            kind = QuotePricing.Kind.valueOf(req.getParameter("kind") == null ? "GENERAL" : req.getParameter("kind"));
        } catch (IllegalArgumentException e) { // a number or a kind that is not one: a clear 400, not a 500
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "lines, kind or recipients are not valid");
            return;
        }
        // a BizbillException (nothing selected, recipients out of range) goes to DownloadErrorFilter (issue 15 §2)
        byte[] pdf = cart.quotePdf(member.get().id(), lines, kind, recipients);
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "inline; filename=\"quote.pdf\"");
        resp.setContentLength(pdf.length);
        resp.getOutputStream().write(pdf);
    }
}
