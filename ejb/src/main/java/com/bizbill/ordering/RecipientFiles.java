package com.bizbill.ordering;

import com.bizbill.shared.spreadsheet.SpreadsheetWriter;
import com.bizbill.shared.spreadsheet.TabularReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * CB-ORD-8, issue 20 §1: recipients from a spreadsheet (xlsx or CSV, first sheet, made from the sample file): columns
 * 휴대폰번호, 이름, 회사명, 직함 (English headers too). Every row is judged on its own; the good rows become recipients
 * and the failing ones come back, with the reason per row, as a failure file to fix and upload again. At most 10,000
 * rows; a mobile number Excel turned into a number (the leading 0 lost) is read as the number it was.
 */
public final class RecipientFiles {

    public static final List<String> HEADERS_KO = List.of("휴대폰번호", "이름", "회사명", "직함");
    public static final List<String> HEADERS_EN = List.of("Mobile", "Name", "Company", "Title");

    /** A row that failed: its row number in the file (the header is row 1), what it held and why. */
    public record Failure(int row, RecipientRow values, String messageKey) implements java.io.Serializable {
    }

    /**
     * What a file gave: the good rows, the failing ones (the first {@value #MAX_LISTED_FAILURES}), how many failed in
     * all, and whether it had more rows than an order takes.
     */
    public record Reading(List<RecipientRow> rows, List<Failure> failures, int failedRows, boolean tooMany) {
    }

    /** At most this many failing rows are kept one by one (a file of a million bad rows keeps a thousand). */
    public static final int MAX_LISTED_FAILURES = 1_000;

    /** Rows beyond this are not checked at all: no order takes them. */
    static final int MAX_ROWS_READ = RecipientRules.MAX_RECIPIENTS + MAX_LISTED_FAILURES;

    private RecipientFiles() {
    }

    /**
     * Reads a file; {@code alreadyListed} are the numbers the order has already (a duplicate of one of them, or of an
     * earlier row, fails unless duplicates are allowed).
     *
     * @throws IOException when it is not a readable spreadsheet or lacks the mobile column
     */
    public static Reading read(byte[] content, Set<String> alreadyListed, boolean duplicatesAllowed)
            throws IOException {
        List<List<String>> table = TabularReader.read(content);
        if (table.isEmpty()) {
            throw new IOException("empty file");
        }
        List<String> header = table.get(0);
        int mobile = TabularReader.column(header, "휴대폰번호", "휴대폰", "전화번호", "mobile", "phone");
        if (mobile < 0) {
            throw new IOException("no mobile column");
        }
        int name = TabularReader.column(header, "이름", "name");
        int company = TabularReader.column(header, "회사명", "회사", "company");
        int title = TabularReader.column(header, "직함", "직급", "title");
        List<RecipientRow> rows = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>(alreadyListed);
        boolean tooMany = false;
        int failed = 0;
        for (int i = 1; i < table.size(); i++) {
            if (i > MAX_ROWS_READ) {
                tooMany = true;
                failed += table.size() - i; // the rest is not read: counted, not listed
                break;
            }
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue; // a blank line in the sheet is no recipient
            }
            RecipientRow r = new RecipientRow(mobileText(TabularReader.at(cells, mobile)), TabularReader.at(cells, name),
                    TabularReader.at(cells, company), TabularReader.at(cells, title)).normalised();
            List<RecipientRules.Problem> problems = RecipientRules.checkRow(i + 1, r);
            String problem = !problems.isEmpty() ? problems.get(0).messageKey()
                    : !seen.add(r.mobile()) && !duplicatesAllowed ? "recipient.mobile.duplicate"
                    : rows.size() + alreadyListed.size() >= RecipientRules.MAX_RECIPIENTS ? "recipient.tooMany" : null;
            if (problem == null) {
                rows.add(r);
                continue;
            }
            tooMany |= "recipient.tooMany".equals(problem);
            failed++;
            if (failures.size() < MAX_LISTED_FAILURES) {
                failures.add(new Failure(i + 1, r, problem));
            }
        }
        return new Reading(rows, failures, failed, tooMany);
    }

    /** Excel shows 01012345678 typed into a number cell as 1012345678 (or 1,012,345,678): read back as it was typed. */
    public static String mobileText(String cell) {
        String t = cell == null ? "" : cell.strip();
        if (t.matches("[\\d,]+")) {
            t = t.replace(",", ""); // a number cell shown with thousands separators
        }
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        return t.matches("1[016789]\\d{7,8}") ? "0" + t : t;
    }

    /** The sample file: the headers and two example rows. */
    public static byte[] sample(boolean english, ZoneId zone) throws IOException {
        try (SpreadsheetWriter w = new SpreadsheetWriter(english ? "Recipients" : "수신자",
                english ? HEADERS_EN : HEADERS_KO, zone)) {
            w.row("01012345678", "김하나", "비즈상사", "대리");
            w.row("01098765432", "Lee Dul", "Bizbill", "Manager");
            return bytes(w);
        }
    }

    /** The failure file: each failing row as it was read, with the reason in the reader's language. */
    public static byte[] failures(List<Failure> failures, boolean english, Function<Failure, String> reason,
                                  ZoneId zone) throws IOException {
        List<String> headers = new ArrayList<>(List.of(english ? "Row" : "행"));
        headers.addAll(english ? HEADERS_EN : HEADERS_KO);
        headers.add(english ? "Reason" : "실패 사유");
        try (SpreadsheetWriter w = new SpreadsheetWriter(english ? "Failed rows" : "실패 행", headers, zone)) {
            for (Failure f : failures) {
                w.row(f.row(), f.values().mobile(), f.values().name(), f.values().company(), f.values().title(),
                        reason.apply(f));
            }
            return bytes(w);
        }
    }

    /** The order's recipient list as a spreadsheet (it can be uploaded again as it is). */
    public static byte[] list(List<RecipientRow> rows, boolean english, ZoneId zone) throws IOException {
        try (SpreadsheetWriter w = new SpreadsheetWriter(english ? "Recipients" : "수신자",
                english ? HEADERS_EN : HEADERS_KO, zone)) {
            for (RecipientRow r : rows) {
                w.row(r.mobile(), r.name(), r.company(), r.title());
            }
            return bytes(w);
        }
    }

    private static byte[] bytes(SpreadsheetWriter w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.writeTo(out);
        return out.toByteArray();
    }
}
