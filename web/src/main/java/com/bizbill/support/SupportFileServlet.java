package com.bizbill.support;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.files.FileKind;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A Q&A attachment: customers get their own question's (/portal/support-file), staff any
 * (/admin/support-file); web.xml guards both paths.
 */
@WebServlet({"/portal/support-file", "/admin/support-file"})
public class SupportFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportService support;

    @Inject
    CurrentMember member;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            boolean staff = req.getServletPath().startsWith("/admin/");
            byte[] content = support.attachment(staff ? null : member.get().id(), Long.parseLong(req.getParameter("q")));
            resp.setContentType(FileKind.detect(content).map(FileKind::contentType).orElse("application/octet-stream"));
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setContentLength(content.length);
            resp.getOutputStream().write(content);
        } catch (NumberFormatException e) { // issue 15 §2: a BizbillException goes to DownloadErrorFilter
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
