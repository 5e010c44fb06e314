package com.bizbill.messaging;

import com.bizbill.shared.spreadsheet.TabularReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A usage file from a system that sent messages elsewhere (NB-USE-1): one message per row under a header
 * naming the columns in Korean or English — 가맹점 ID / storeId, 메시지 ID / messageId, 유형 / type
 * (알림톡·SMS·LMS), 발송일시 / sentAt (Korean time, or ISO-8601 with an offset), 성공 여부 / delivered
 * (Y/N, 성공/실패, true/false, 1/0). Turns rows into import records, or says per row what is wrong.
 */
public final class UsageFile {

    /** One data row: its line in the file (the header is line 1), the record, or what is wrong with it. */
    public record Row(int line, UsageImport.Imported record, List<String> problems) {
    }

    /** "2026-10-15 10:00", "2026-10-15 10:00:05", "2026-10-15T10:00:05.250" (an xlsx cell as read). */
    private static final DateTimeFormatter LOCAL = new java.time.format.DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd[ ]['T']HH:mm").optionalStart().appendPattern(":ss")
            .optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd().toFormatter();

    private UsageFile() {
    }

    /**
     * The rows of a file read by {@link TabularReader}; blank rows are skipped.
     *
     * @throws IllegalArgumentException naming the columns the header lacks
     */
    public static List<Row> parse(List<List<String>> table, ZoneId zone) {
        if (table.isEmpty()) {
            throw new IllegalArgumentException("the file is empty");
        }
        List<String> header = table.get(0);
        int store = TabularReader.column(header, "storeId", "가맹점ID", "store");
        int id = TabularReader.column(header, "messageId", "메시지ID", "id");
        int type = TabularReader.column(header, "type", "유형", "메시지유형");
        int sent = TabularReader.column(header, "sentAt", "발송일시", "발송시각");
        int delivered = TabularReader.column(header, "delivered", "성공여부", "결과");
        List<String> missing = new ArrayList<>();
        if (store < 0) {
            missing.add("storeId (가맹점 ID)");
        }
        if (id < 0) {
            missing.add("messageId (메시지 ID)");
        }
        if (type < 0) {
            missing.add("type (유형)");
        }
        if (sent < 0) {
            missing.add("sentAt (발송일시)");
        }
        if (delivered < 0) {
            missing.add("delivered (성공 여부)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the header lacks " + String.join(", ", missing));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> r = table.get(i);
            if (r.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            Long storeId = storeId(TabularReader.at(r, store), problems);
            String messageId = TabularReader.at(r, id);
            MessageType t = type(TabularReader.at(r, type), problems);
            Instant at = sentAt(TabularReader.at(r, sent), zone, problems);
            Boolean ok = delivered(TabularReader.at(r, delivered), problems);
            rows.add(new Row(i + 1, new UsageImport.Imported(storeId, messageId.isEmpty() ? null : messageId, t, at, ok),
                    problems));
        }
        return rows;
    }

    private static Long storeId(String text, List<String> problems) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add("storeId");
            return null;
        }
    }

    static MessageType type(String text, List<String> problems) {
        switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "ALIMTALK", "알림톡", "KAKAO" -> {
                return MessageType.ALIMTALK;
            }
            case "SMS", "단문" -> {
                return MessageType.SMS;
            }
            case "LMS", "장문" -> {
                return MessageType.LMS;
            }
            default -> {
                problems.add("type");
                return null;
            }
        }
    }

    /** Korean time unless the text carries an offset; a bare date is that day's start. */
    static Instant sentAt(String text, ZoneId zone, List<String> problems) {
        String t = text.trim();
        try {
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(zone).toInstant();
            }
            return LocalDateTime.parse(t, LOCAL).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            problems.add("sentAt");
            return null;
        }
    }

    static Boolean delivered(String text, List<String> problems) {
        switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "Y", "YES", "TRUE", "1", "성공", "DELIVERED" -> {
                return true;
            }
            case "N", "NO", "FALSE", "0", "실패", "FAILED" -> {
                return false;
            }
            default -> {
                problems.add("delivered");
                return null;
            }
        }
    }
}
