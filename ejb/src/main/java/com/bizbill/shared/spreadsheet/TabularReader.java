package com.bizbill.shared.spreadsheet;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded table — xlsx (first sheet, by its zip signature) or CSV in UTF-8 (RFC 4180 quotes,
 * a BOM is ignored) — into rows of cell texts. Dates in xlsx become ISO dates (with the time of day, if any).
 */
public final class TabularReader {

    /** Issue 14: POI's zip-bomb guard, once for the application (it is process-wide). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest entry (sheet XML, shared strings) an uploaded xlsx may expand to. */
    public static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_ENTRY_BYTES);
    }

    private TabularReader() {
    }

    /** @throws IOException when the content is neither a readable xlsx nor text */
    public static List<List<String>> read(byte[] content) throws IOException {
        if (content.length > 3 && content[0] == 'P' && content[1] == 'K') {
            return xlsx(content);
        }
        if (content.length > 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0) {
            return xls(content); // issue 23 §2: the older Excel format (OLE2), as people still save it
        }
        try {
            return csv(new String(content, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause(); // an unclosed quote: not a readable file
        }
    }

    public static List<List<String>> csv(String text) {
        // issue 17 §5: RFC 4180 by Commons CSV (quotes, doubled quotes, line breaks inside quotes)
        List<List<String>> rows = new ArrayList<>();
        try (org.apache.commons.csv.CSVParser parser = CsvFiles.FORMAT.parse(new java.io.StringReader(text))) {
            for (org.apache.commons.csv.CSVRecord r : parser) {
                rows.add(new ArrayList<>(r.toList()));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new java.io.UncheckedIOException(new IOException("not a readable CSV: " + e.getMessage(), e));
        }
        return rows;
    }

    /**
     * The first sheet, read streaming (issue 14): POI's event reader (XSSFReader + XSSFSheetXMLHandler)
     * walks the sheet XML row by row instead of building the workbook in memory, from a temporary
     * file so the zip's entries are inflated lazily under the {@link ZipSecureFile} guard.
     */
    private static List<List<String>> xlsx(byte[] content) throws IOException {
        Path file = Files.createTempFile("bizbill-upload-", ".xlsx");
        try {
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                Rows rows = new Rows();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return rows.rows;
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                            new ReadOnlySharedStringsTable(pkg), rows, new IsoDates(), false));
                    xml.parse(new InputSource(sheet));
                }
                return rows.rows;
            } catch (IOException | RuntimeException | OpenXML4JException | SAXException
                     | ParserConfigurationException e) {
                if (isZipBomb(e)) {
                    throw new BizbillException(ErrorCode.SPREADSHEET_REFUSED, "zip-bomb guard: " + e.getMessage(),
                            List.of(new BizbillException.FieldError("file", "file.spreadsheetRefused")));
                }
                throw new IOException("not a readable xlsx file", e);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The first sheet of an xls file, each cell as Excel shows it (dates as ISO dates), a missing cell as "". */
    private static List<List<String>> xls(byte[] content) throws IOException {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(
                new java.io.ByteArrayInputStream(content))) {
            List<List<String>> out = new ArrayList<>();
            if (wb.getNumberOfSheets() == 0) {
                return out;
            }
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
                        if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                            cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                        } else {
                            cells.add(cell == null ? "" : format.formatCellValue(cell));
                        }
                    }
                }
                out.add(cells);
            }
            return out;
        } catch (RuntimeException e) {
            throw new IOException("not a readable xls file", e);
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && (t.getMessage().contains("Zip bomb") || t.getMessage().contains("zip bomb"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Collects the cell texts of each row, a missing cell as "". */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<List<String>> rows = new ArrayList<>();
        private List<String> row;

        @Override
        public void startRow(int rowNum) {
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(row);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int col = cellReference == null ? row.size() : new CellReference(cellReference).getCol();
            while (row.size() < col) {
                row.add("");
            }
            row.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** As POI formats a cell, but a date stays an ISO date, with its time of day if it has one. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                // a date stays a date; a date with a time of day (a message's sending time) keeps it
                java.time.LocalDateTime at = DateUtil.getLocalDateTime(value, use1904);
                return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
                        : at.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
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
