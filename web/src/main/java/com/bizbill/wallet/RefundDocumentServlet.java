package com.bizbill.wallet;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.files.FileKind;
import com.bizbill.shared.files.FileStore;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Staff open a refund's bank-book copy or the holder's extra document (CB-WAL-4); /admin, so STAFF only. */
@WebServlet("/admin/refund-document")
public class RefundDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    RefundService refunds;

    @Inject
    FileStore files;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            RefundRequest r = refunds.find(Long.parseLong(req.getParameter("refund")));
            String key = "holder".equals(req.getParameter("doc")) ? r.getHolderDocumentFile() : r.getBankbookFile();
            if (key == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] content = files.read(key);
            FileKind kind = FileKind.detect(content).orElse(null);
            resp.setContentType(kind == null ? "application/octet-stream" : kind.contentType());
            resp.setHeader("X-Content-Type-Options", "nosniff");
            if (kind == FileKind.ZIP) {
                resp.setHeader("Content-Disposition", "attachment; filename=\"refund-" + r.getId() + ".zip\"");
            }
            resp.setContentLength(content.length);
            resp.getOutputStream().write(content);
        } catch (NumberFormatException e) { // issue 15 §2: a BizbillException goes to DownloadErrorFilter
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
