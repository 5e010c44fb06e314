package com.bizbill.shared.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel downloads of long lists (design.md "Files"): POI's streaming workbook keeps only a window of
 * rows in memory and is disposed after use. Numbers stay numbers (won amounts as whole numbers),
 * instants are written as local date-time text in the given zone.
 */
public final class SpreadsheetWriter implements AutoCloseable {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final ZoneId zone;
    private int next;

    public SpreadsheetWriter(String sheetName, List<String> headers, ZoneId zone) {
        this.sheet = workbook.createSheet(sheetName);
        this.zone = zone;
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(CellText.neutralise(headers.get(i)));
            c.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    public void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            Cell c = row.createCell(i);
            if (v == null) {
                c.setBlank();
            } else if (v instanceof Number n) {
                c.setCellValue(n.doubleValue()); // Excel's only number type; won amounts are whole and exact below 2^53
            } else if (v instanceof Instant t) {
                c.setCellValue(FORMAT.withZone(zone).format(t));
            } else {
                c.setCellValue(CellText.neutralise(v.toString())); // issue 14: text never becomes a formula
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
