package com.bizbill.addressbook;

import com.bizbill.shared.spreadsheet.SpreadsheetWriter;
import com.bizbill.shared.spreadsheet.TabularReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Issue 23 §2 (CB-ADR-2): contacts from a spreadsheet (xls, xlsx or CSV, first sheet) made from the sample file:
 * 이름, 휴대폰번호, 기념일 (YYYY/MM/DD), 양력/음력, 윤달 (Y for a lunar leap month), 회사명, 부서, 직함 (English headers
 * too). Each row is judged alone: good rows are added, failing ones come back as a file with the reason per row.
 */
public final class ContactFiles {

    public static final List<String> HEADERS_KO = List.of("이름", "휴대폰번호", "기념일", "양력/음력", "윤달", "회사명",
            "부서", "직함");
    public static final List<String> HEADERS_EN = List.of("Name", "Mobile", "Anniversary", "Solar/Lunar", "Leap month",
            "Company", "Department", "Title");
    /** At most this many rows per file (a book of 10,000 contacts in one upload). */
    public static final int MAX_ROWS = 10_000;

    /** A failing row: its row number in the file (the header is row 1), what it held and the first reason. */
    public record Failure(int row, AddressBookRules.ContactData values, String messageKey) implements java.io.Serializable {
    }

    public record Reading(List<AddressBookRules.ContactData> rows, List<Failure> failures, boolean tooMany) {
    }

    private ContactFiles() {
    }

    /** @throws IOException when it is not a readable spreadsheet or lacks the name or mobile column */
    public static Reading read(byte[] content) throws IOException {
        return read(content, false);
    }

    /**
     * The same, for an anniversary order's recipients (issue 23 §4): a row without an anniversary fails with
     * {@code anniversary.recipient.date} (CB-ANV-1: the date is required there).
     */
    public static Reading read(byte[] content, boolean anniversaryRequired) throws IOException {
        List<List<String>> table = TabularReader.read(content);
        if (table.isEmpty()) {
            throw new IOException("empty file");
        }
        List<String> header = table.get(0);
        int name = TabularReader.column(header, "이름", "name");
        int mobile = TabularReader.column(header, "휴대폰번호", "휴대폰", "전화번호", "mobile", "phone");
        if (name < 0 || mobile < 0) {
            throw new IOException("no name or mobile column");
        }
        int anniversary = TabularReader.column(header, "기념일", "anniversary");
        int calendar = TabularReader.column(header, "양력/음력", "양음력", "solar/lunar", "calendar");
        int leap = TabularReader.column(header, "윤달", "leap month", "leap");
        int company = TabularReader.column(header, "회사명", "회사", "company");
        int department = TabularReader.column(header, "부서", "department");
        int title = TabularReader.column(header, "직함", "직급", "title");
        List<AddressBookRules.ContactData> rows = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        boolean tooMany = false;
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            String kind = TabularReader.at(cells, calendar).strip();
            AddressBookRules.ContactData d = new AddressBookRules.ContactData(TabularReader.at(cells, name),
                    com.bizbill.ordering.RecipientFiles.mobileText(TabularReader.at(cells, mobile)),
                    TabularReader.at(cells, anniversary).replace('-', '/'),
                    kind.startsWith("음") || kind.equalsIgnoreCase("lunar") ? CalendarKind.LUNAR : CalendarKind.SOLAR,
                    List.of("y", "yes", "윤", "윤달", "o", "true").contains(TabularReader.at(cells, leap).strip()
                            .toLowerCase()),
                    TabularReader.at(cells, company), TabularReader.at(cells, department),
                    TabularReader.at(cells, title)).normalised();
            if (rows.size() >= MAX_ROWS) {
                tooMany = true;
                failures.add(new Failure(i + 1, d, "contact.tooMany"));
                continue;
            }
            var problems = AddressBookRules.check(d);
            if (problems.isEmpty() && anniversaryRequired && d.anniversary() == null) {
                failures.add(new Failure(i + 1, d, "anniversary.recipient.date"));
            } else if (problems.isEmpty()) {
                rows.add(d);
            } else {
                failures.add(new Failure(i + 1, d, problems.get(0).messageKey()));
            }
        }
        return new Reading(rows, failures, tooMany);
    }

    /** The sample file: the headers and two example rows (a solar and a lunar anniversary). */
    public static byte[] sample(boolean english, ZoneId zone) throws IOException {
        try (SpreadsheetWriter w = new SpreadsheetWriter(english ? "Contacts" : "연락처", english ? HEADERS_EN : HEADERS_KO,
                zone)) {
            w.row("김하나", "01012345678", "1990/03/15", "양력", "", "비즈상사", "영업팀", "대리");
            w.row("이두리", "01098765432", "1985/08/15", "음력", "", "비즈상사", "인사팀", "과장");
            return bytes(w);
        }
    }

    /** The failing rows as they were read, with the reason (in the reader's language) in the first column. */
    public static byte[] failures(List<Failure> failures, boolean english, Function<Failure, String> reason,
                                  ZoneId zone) throws IOException {
        List<String> headers = new ArrayList<>(List.of(english ? "Row" : "행", english ? "Reason" : "사유"));
        headers.addAll(english ? HEADERS_EN : HEADERS_KO);
        try (SpreadsheetWriter w = new SpreadsheetWriter(english ? "Failed rows" : "실패 행", headers, zone)) {
            for (Failure f : failures) {
                var d = f.values();
                w.row(f.row(), reason.apply(f), d.name(), d.mobile(), d.anniversary(),
                        d.calendar() == CalendarKind.LUNAR ? (english ? "Lunar" : "음력") : (english ? "Solar" : "양력"),
                        d.leapMonth() ? "Y" : "", d.company(), d.department(), d.title());
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
