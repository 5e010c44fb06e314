package com.bizbill.billing;

import com.bizbill.shared.i18n.Formats;
import com.bizbill.shared.i18n.Labels;
import com.bizbill.shared.spreadsheet.CsvFiles;
import com.bizbill.shared.spreadsheet.TabularReader;
import com.bizbill.shared.web.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff download an import's row-by-row report as CSV (UTF-8 with BOM, so Excel reads Korean), in their language
 * (issue 17 §5): headers, outcomes and reasons from the label source, written by Commons CSV.
 */
@WebServlet("/admin/import-report")
public class ImportReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceFileImport imports;

    @Inject
    LocaleBean localeBean;

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
        Labels labels = Labels.of(localeBean.getLocale());
        List<List<String>> stored = TabularReader.csv(run.getReport() == null ? "" : run.getReport());
        List<List<String>> out = new ArrayList<>();
        out.add(List.of(labels.code("ImportReport", "row"), labels.code("ImportReport", "invoice"),
                labels.code("ImportReport", "outcome"), labels.code("ImportReport", "detail")));
        for (List<String> line : stored.subList(Math.min(1, stored.size()), stored.size())) {
            out.add(List.of(at(line, 0), at(line, 1), labels.code("Outcome", at(line, 2)), reason(labels, line)));
        }
        // issue 14: every field goes through the formula guard again, so a report stored before the guard is safe too
        byte[] body = CsvFiles.write(out, true).getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/csv; charset=UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"import-" + run.getId() + "-report.csv\"");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The reason in the reader's language when the line names its problem (reports since issue 17), else as stored. */
    private static String reason(Labels labels, List<String> line) {
        String problem = at(line, 4);
        String value = at(line, 5);
        if ("supply".equals(problem) && value.chars().allMatch(Character::isDigit) && !value.isEmpty()
                && value.length() < 19) {
            value = Formats.of(labels.locale()).number(Long.parseLong(value));
        }
        String text = problem.isEmpty() ? null : labels.message("ImportProblem", problem, value);
        return text == null ? at(line, 3) : text;
    }

    private static String at(List<String> line, int i) {
        return i < line.size() ? line.get(i) : "";
    }
}
