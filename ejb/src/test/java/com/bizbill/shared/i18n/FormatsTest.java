package com.bizbill.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 17 §3: one format for amounts, times, months and counts, in Korean time. */
class FormatsTest {

    @Test
    void issue17AmountsTimesAndMonthsReadTheSameEverywhere() {
        Formats ko = Formats.of(Locale.KOREAN);
        Formats en = Formats.of(Locale.ENGLISH);
        assertEquals("10,410원", ko.won(10_410));
        assertEquals("KRW 10,410", en.won(10_410));
        assertEquals("-1,000원", ko.won(-1_000));
        assertEquals("9,223,372,036,854,775,807원", ko.won(Long.MAX_VALUE));
        // the payment time of the issue, "2026-12-04T03:43:39.629514831Z", in Korean time
        assertEquals("2026-12-04 12:43", ko.dateTime(Instant.parse("2026-12-04T03:43:39.629514831Z")));
        assertEquals("", ko.dateTime(null));
        assertEquals("2026년 12월", ko.month(YearMonth.of(2026, 12)));
        assertEquals("December 2026", en.month(YearMonth.of(2026, 12)));
        assertEquals("2026-12-20 (일)", ko.dateWithWeekday(LocalDate.of(2026, 12, 20)));
        assertEquals("2026-12-20 (Sun)", en.dateWithWeekday(LocalDate.of(2026, 12, 20)));
        assertEquals("1,200건", ko.count(1_200));
    }
}
