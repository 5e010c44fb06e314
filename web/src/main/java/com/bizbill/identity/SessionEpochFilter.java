package com.bizbill.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Ends a logged-in session whose member's session epoch has moved on since login (issue 14): the
 * member was suspended or withdrawn, or its password was reset by a link. The epoch is in the
 * database, so a session on any node of a cluster ends. A logged-in session without a captured epoch
 * (it cannot be made by the login pages) is ended too.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionEpochFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = "bizbill.sessionEpoch";

    @Inject
    IdentityService identity;

    /** The login pages' side: the epoch read before the login ticket was redeemed. */
    static void capture(HttpServletRequest request, long epoch) {
        request.getSession().setAttribute(ATTRIBUTE, epoch);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null
                && !request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            Object captured;
            try {
                captured = session.getAttribute(ATTRIBUTE);
            } catch (IllegalStateException invalidated) {
                captured = null;
            }
            Optional<Long> current = identity.sessionEpoch(request.getUserPrincipal().getName());
            if (captured == null || current.isEmpty() || !current.get().equals(captured)) {
                end(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // nothing to end
            }
        }
        String login = request.getContextPath() + "/login.xhtml?sessionEnded=true";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login + "\"></redirect></partial-response>");
            return;
        }
        response.sendRedirect(login);
    }
}
