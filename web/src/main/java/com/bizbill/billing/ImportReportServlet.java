package com.bizbill.billing;

import com.bizbill.shared.spreadsheet.CellText;
import com.bizbill.shared.spreadsheet.TabularReader;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Staff download an import's row-by-row report as CSV (UTF-8 with BOM, so Excel reads Korean). */
@WebServlet("/admin/import-report")
public class ImportReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceFileImport imports;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ImportRun run;
        try {
            run = imports.run(Long.parseLong(req.getParameter("run"))).orElse(null);
        } catch (NumberFormatException e) {
            run = null;
        }
        if (run == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // issue 14: every field is written again through the formula guard, so a report stored before
        // the guard existed is safe too (the guard leaves an already-neutralised field as it is)
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (java.util.List<String> line : TabularReader.csv(run.getReport() == null ? "" : run.getReport())) {
            csv.append(CellText.csvLine(line)).append("\r\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/csv; charset=UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"import-" + run.getId() + "-report.csv\"");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
