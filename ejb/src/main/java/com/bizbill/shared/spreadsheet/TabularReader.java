package com.bizbill.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an uploaded table — xlsx (first sheet, by its zip signature) or CSV in UTF-8 (RFC 4180 quotes,
 * a BOM is ignored) — into rows of cell texts. Dates in xlsx become ISO dates (with the time of day, if any).
 */
public final class TabularReader {

    private TabularReader() {
    }

    /** @throws IOException when the content is neither a readable xlsx nor text */
    public static List<List<String>> read(byte[] content) throws IOException {
        if (content.length > 3 && content[0] == 'P' && content[1] == 'K') {
            return xlsx(content);
        }
        return csv(new String(content, StandardCharsets.UTF_8).replace("\uFEFF", ""));
    }

    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            for (Row r : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
                    Cell cell = r.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        // a date stays a date; a date with a time of day (a message's sending time) keeps it
                        java.time.LocalDateTime at = cell.getLocalDateTimeCellValue();
                        cells.add(at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
                                : at.toString());
                    } else {
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
        } catch (RuntimeException e) {
            throw new IOException("not a readable xlsx file", e);
        }
        return rows;
    }

    /** A header's column index among several accepted names (case and spaces ignored), or -1. */
    public static int column(List<String> header, String... names) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).trim().replace(" ", "").toLowerCase(java.util.Locale.ROOT);
            for (String n : names) {
                if (h.equals(n.toLowerCase(java.util.Locale.ROOT))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The day of a date cell's text, ignoring a time of day after it ("2026-10-01", "2026-10-01T09:30",
     * "2026-10-01 09:30:00"): a bank statement's or invoice's date column may come with times.
     *
     * @throws java.time.format.DateTimeParseException when it does not start with an ISO date
     */
    public static java.time.LocalDate dateOf(String text) {
        String t = text.trim();
        int cut = t.indexOf('T') > 0 ? t.indexOf('T') : t.indexOf(' ');
        return java.time.LocalDate.parse(cut > 0 ? t.substring(0, cut) : t);
    }

    /** The cell text, or "" beyond the row's end. */
    public static String at(List<String> row, int i) {
        return i >= 0 && i < row.size() && row.get(i) != null ? row.get(i).trim() : "";
    }
}
