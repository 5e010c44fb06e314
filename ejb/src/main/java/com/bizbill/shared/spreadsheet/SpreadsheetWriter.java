package com.bizbill.shared.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel downloads of long lists (design.md "Files"): POI's streaming workbook keeps only a window of
 * rows in memory and is disposed after use. Issue 17 §5: numbers stay numbers with a thousands format
 * ({@code #,##0}), instants are real date cells in the given zone ({@code yyyy-mm-dd hh:mm}), days are date
 * cells, months {@code yyyy-mm}; columns are as wide as their longest text (a Korean letter counts twice).
 */
public final class SpreadsheetWriter implements AutoCloseable {

    /** Widths are measured on the first rows only: streamed rows further down are no longer in memory. */
    private static final int MEASURED_ROWS = 1_000;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final ZoneId zone;
    private final CellStyle number;
    private final CellStyle dateTime;
    private final CellStyle date;
    private final CellStyle month;
    private final int[] widths;
    private int next;

    public SpreadsheetWriter(String sheetName, List<String> headers, ZoneId zone) {
        this.sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
        this.zone = zone;
        this.number = style("#,##0");
        this.dateTime = style("yyyy-mm-dd hh:mm");
        this.date = style("yyyy-mm-dd");
        this.month = style("yyyy-mm");
        this.widths = new int[headers.size()];
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(CellText.neutralise(headers.get(i)));
            c.setCellStyle(bold);
            measure(i, headers.get(i));
        }
        sheet.createFreezePane(0, 1);
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** Display width in Excel's character units: Hangul and other wide letters take two. */
    private void measure(int column, String text) {
        if (column >= widths.length || text == null) {
            return;
        }
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.BASIC_LATIN ? 1 : 2;
        }
        widths[column] = Math.max(widths[column], w);
    }

    public void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            Cell c = row.createCell(i);
            String shown;
            if (v == null) {
                c.setBlank();
                shown = "";
            } else if (v instanceof Number n) {
                c.setCellValue(n.doubleValue()); // Excel's only number type; won amounts are whole and exact below 2^53
                c.setCellStyle(number);
                shown = String.format("%,d", n.longValue());
            } else if (v instanceof Instant t) {
                c.setCellValue(t.atZone(zone).toLocalDateTime());
                c.setCellStyle(dateTime);
                shown = "2026-12-31 23:59";
            } else if (v instanceof LocalDate d) {
                c.setCellValue(d);
                c.setCellStyle(date);
                shown = "2026-12-31";
            } else if (v instanceof YearMonth m) {
                c.setCellValue(m.atDay(1));
                c.setCellStyle(month);
                shown = "2026-12";
            } else {
                shown = CellText.neutralise(v.toString()); // issue 14: text never becomes a formula
                c.setCellValue(shown);
            }
            if (next <= MEASURED_ROWS) {
                measure(i, shown);
            }
        }
    }

    /** Rows an export may hold; a longer list is cut here (staff narrow the filter). */
    public static final int MAX_ROWS = 200_000;
    private static final int PAGE = 1_000;

    /**
     * Writes every item of a paged list, page by page (so memory stays flat), up to {@link #MAX_ROWS}.
     *
     * @param page the list's page {@code n} of {@code size} items
     * @param row  the cells of one item
     */
    public <T> void rows(java.util.function.BiFunction<Integer, Integer, com.bizbill.shared.Page<T>> page,
                         java.util.function.Function<T, Object[]> row) {
        int rows = 0;
        for (int n = 0; rows < MAX_ROWS; n++) {
            com.bizbill.shared.Page<T> p = page.apply(n, PAGE);
            for (T item : p.items()) {
                row(row.apply(item));
            }
            rows += p.items().size();
            if (p.items().size() < PAGE) {
                break;
            }
        }
    }

    public void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i])) + 2) * 256);
        }
        workbook.write(out);
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
