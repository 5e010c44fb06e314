package com.bizbill.identity;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** "/" and "/home": each role to its own landing page ({@link Role#home()}), everyone else to the login page. */
@WebServlet(urlPatterns = {"", "/home"})
public class HomeRouter extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.sendRedirect(req.getContextPath() + target(req));
    }

    static String target(HttpServletRequest req) {
        for (Role role : Role.values()) {
            if (req.isUserInRole(role.name())) {
                return role.home();
            }
        }
        return "/login.xhtml";
    }
}
