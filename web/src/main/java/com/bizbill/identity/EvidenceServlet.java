package com.bizbill.identity;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.files.FileKind;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Staff view a withdrawal's evidence file (under /admin, so STAFF only by web.xml). */
@WebServlet("/admin/evidence")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SubMemberService members;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            byte[] content = members.evidence(Long.parseLong(req.getParameter("member")),
                    Integer.parseInt(req.getParameter("i")));
            resp.setContentType(FileKind.detect(content).map(FileKind::contentType).orElse("application/octet-stream"));
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setContentLength(content.length);
            resp.getOutputStream().write(content);
        } catch (NumberFormatException e) { // issue 15 §2: a BizbillException goes to DownloadErrorFilter
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
