package com.bizbill.addressbook;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CB-ADR-2: an anniversary as written, {@code YYYY/MM/DD}, on the solar or the lunar calendar; a lunar date may be in
 * a leap month (윤달). A solar date must exist; a lunar date has months 1–12 and days 1–30 (whether that day exists in
 * that year's lunar month is the anniversary order's conversion, issue 23 §4).
 */
public record Anniversary(int year, int month, int day, CalendarKind kind, boolean leapMonth)
        implements java.io.Serializable {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})");

    public Anniversary {
        if (kind == null) {
            throw new IllegalArgumentException("no calendar");
        }
        if (leapMonth && kind != CalendarKind.LUNAR) {
            throw new IllegalArgumentException("a leap month is lunar only");
        }
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1
                || day > (kind == CalendarKind.LUNAR ? 30 : 31)) {
            throw new IllegalArgumentException("no such date");
        }
        if (kind == CalendarKind.SOLAR) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such solar date", e);
            }
        }
    }

    /** Reads {@code YYYY/MM/DD} (also with - or .); empty for a blank text; throws for anything else. */
    public static Optional<Anniversary> parse(String written, CalendarKind kind, boolean leapMonth) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(written.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not YYYY/MM/DD: " + written);
        }
        return Optional.of(new Anniversary(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), kind == null ? CalendarKind.SOLAR : kind, leapMonth));
    }

    /** As written: {@code 2024/02/10}. */
    public String written() {
        return String.format("%04d/%02d/%02d", year, month, day);
    }
}
