package com.bizbill.identity;

import com.bizbill.shared.error.BizbillException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Staff view a sign-up's licence file (under /admin, so STAFF only by web.xml). */
@WebServlet("/admin/licence")
public class LicenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MasterSignupService signups;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long id;
        try {
            id = Long.parseLong(req.getParameter("org"));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // issue 15 §2: a refusal (no such licence) is answered by DownloadErrorFilter
        MasterSignupService.Licence licence = signups.licence(id);
        resp.setContentType(licence.contentType());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Disposition", "inline");
        resp.setContentLength(licence.content().length);
        resp.getOutputStream().write(licence.content());
    }
}
