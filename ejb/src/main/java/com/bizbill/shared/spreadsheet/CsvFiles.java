package com.bizbill.shared.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Issue 17 §5: every CSV we write goes through Commons CSV (RFC 4180: a field with a comma, a quote or a line
 * break is quoted), every text field through the formula guard (issue 14); files for people start with a BOM
 * so Excel reads Korean.
 */
public final class CsvFiles {

    /** RFC 4180 with CRLF line ends; rows may differ in length (reports written before a column was added). */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvFiles() {
    }

    /** The rows as CSV text, every field neutralised; {@code bom} for a file a person opens in Excel. */
    public static String write(List<? extends List<String>> rows, boolean bom) {
        StringBuilder out = new StringBuilder(bom ? "\uFEFF" : "");
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(f -> CellText.neutralise(f == null ? "" : f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }
}
