package com.bizbill.identity;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** "/" and "/home": staff to /admin, customers to /portal, everyone else to the login page. */
@WebServlet(urlPatterns = {"", "/home"})
public class HomeRouter extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.sendRedirect(req.getContextPath() + target(req));
    }

    static String target(HttpServletRequest req) {
        if (req.isUserInRole(Role.STAFF.name())) {
            return "/admin/index.xhtml";
        }
        if (req.isUserInRole(Role.CUSTOMER.name())) {
            return "/portal/index.xhtml";
        }
        return "/login.xhtml";
    }
}
