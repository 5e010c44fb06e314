package com.bizbill.shared.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Issue 17 §3: one formatting of amounts, dates, times, periods and counts for pages, PDFs, Excel, CSV and
 * mails (design.md "Screens"): won with thousands separators ("10,410원", "KRW 10,410"), times in Korean time
 * as {@code yyyy-MM-dd HH:mm}, months as "2026년 12월" / "December 2026", counts as "3건" / "3".
 * Weekdays follow the language ("(일)", "(Sun)"), never English in a Korean sentence.
 */
public final class Formats {

    /** Business time: every time a person reads is Korean time, whatever the server's zone. */
    public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    public static final Formats KOREAN = new Formats(Locale.KOREAN);
    public static final Formats ENGLISH = new Formats(Locale.ENGLISH);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Locale locale;

    private Formats(Locale locale) {
        this.locale = locale;
    }

    public static Formats of(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : KOREAN;
    }

    public boolean korean() {
        return this == KOREAN;
    }

    /** A whole number with thousands separators: 1,234,567. */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.KOREA).format(n);
    }

    /** An amount of won: "10,410원" in Korean, "KRW 10,410" in English. */
    public String won(long amount) {
        return korean() ? number(amount) + "원" : "KRW " + number(amount);
    }

    /** A count of items: "3건" / "3". */
    public String count(long n) {
        return korean() ? number(n) + "건" : number(n);
    }

    /** A moment in Korean time: 2026-12-04 12:40. */
    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(KOREA));
    }

    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** A day with its weekday in the reader's language: "2026-12-20 (일)" / "2026-12-20 (Sun)". */
    public String dateWithWeekday(LocalDate day) {
        return day == null ? "" : DATE.format(day) + " (" + day.getDayOfWeek().getDisplayName(TextStyle.SHORT,
                korean() ? Locale.KOREAN : Locale.ENGLISH) + ")";
    }

    /** A month: "2026년 12월" / "December 2026". */
    public String month(YearMonth month) {
        if (month == null) {
            return "";
        }
        return korean() ? month.getYear() + "년 " + month.getMonthValue() + "월"
                : month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    /** A span of time: "2026-12-04 12:40 ~ 2026-12-05 09:00" (one end may be open). */
    public String period(Instant from, Instant to) {
        return dateTime(from) + " ~ " + dateTime(to);
    }
}
