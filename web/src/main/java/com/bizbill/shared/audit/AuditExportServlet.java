package com.bizbill.shared.audit;

import com.bizbill.shared.spreadsheet.SpreadsheetWriter;
import com.bizbill.shared.web.LocaleBean;
import com.bizbill.shared.web.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import com.bizbill.shared.i18n.Labels;
import java.util.Locale;

/** Staff download the (filtered) audit trail as Excel: /admin/audit.xlsx (STAFF only by web.xml). */
@WebServlet("/admin/audit.xlsx")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale l = localeBean.getLocale();
        String text = req.getParameter("text");
        String type = req.getParameter("type");
        resp.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        resp.setHeader("Content-Disposition", "attachment; filename=\"audit.xlsx\"");
        try (SpreadsheetWriter x = new SpreadsheetWriter(Messages.get(l, "audit.title"), List.of(Messages.get(l, "audit.at"),
                Messages.get(l, "audit.actor"), Messages.get(l, "audit.action"), Messages.get(l, "audit.target"),
                "ID", Messages.get(l, "audit.before"), Messages.get(l, "audit.after")), clock.getZone())) {
            x.rows((page, size) -> audit.search(text, type, null, null, page, size),
                    e -> new Object[] {e.getAt(), e.getActor(), Labels.of(l).code("AuditAction", e.getAction()),
                            Labels.of(l).code("AuditTarget", e.getTargetType()), e.getTargetId(),
                            Labels.of(l).auditValue(e.getTargetType(), e.getBefore()),
                            Labels.of(l).auditValue(e.getTargetType(), e.getAfter())});
            x.writeTo(resp.getOutputStream());
        }
    }
}
