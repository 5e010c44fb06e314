package com.bizbill.anniversary;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.addressbook.Anniversary;
import com.bizbill.addressbook.CalendarKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** CB-ANV-1: the lunar conversion against the published Korean almanac, and the rules for days a year lacks. */
class AnniversaryDatesTest {

    private static Anniversary lunar(int y, int m, int d, boolean leap) {
        return new Anniversary(y, m, d, CalendarKind.LUNAR, leap);
    }

    @Test
    void seollalFallsOnThePublishedDays() {
        assertThat(AnniversaryDates.lunarToSolar(2023, 1, 1, false)).isEqualTo(LocalDate.of(2023, 1, 22));
        assertThat(AnniversaryDates.lunarToSolar(2024, 1, 1, false)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(AnniversaryDates.lunarToSolar(2025, 1, 1, false)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(AnniversaryDates.lunarToSolar(2026, 1, 1, false)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(AnniversaryDates.lunarToSolar(2027, 1, 1, false)).isEqualTo(LocalDate.of(2027, 2, 7));
    }

    @Test
    void chuseokFallsOnThePublishedDays() {
        assertThat(AnniversaryDates.lunarToSolar(2023, 8, 15, false)).isEqualTo(LocalDate.of(2023, 9, 29));
        assertThat(AnniversaryDates.lunarToSolar(2024, 8, 15, false)).isEqualTo(LocalDate.of(2024, 9, 17));
        assertThat(AnniversaryDates.lunarToSolar(2025, 8, 15, false)).isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(AnniversaryDates.lunarToSolar(2026, 8, 15, false)).isEqualTo(LocalDate.of(2026, 9, 25));
    }

    @Test
    void aLeapMonthDateFallsInTheLeapMonthOfAYearThatHasIt() {
        // 2023 has 윤2월 (from 22 March), 2025 has 윤6월 (from 25 July), 2020 has 윤4월 (from 23 May)
        assertThat(AnniversaryDates.lunarToSolar(2023, 2, 1, true)).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(AnniversaryDates.lunarToSolar(2023, 2, 1, false)).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(AnniversaryDates.lunarToSolar(2025, 6, 1, true)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(AnniversaryDates.lunarToSolar(2020, 4, 1, true)).isEqualTo(LocalDate.of(2020, 5, 23));
    }

    @Test
    void rule1ALeapMonthDateFallsInTheOrdinaryMonthOfAYearWithoutThatLeapMonth() {
        Anniversary leap4 = lunar(2020, 4, 10, true);
        assertThat(AnniversaryDates.occurrencesIn(leap4, 2020)).containsExactly(LocalDate.of(2020, 6, 1));
        // 2021 has no 윤4월: the ordinary 4월 10일
        assertThat(AnniversaryDates.occurrencesIn(leap4, 2021))
                .containsExactly(AnniversaryDates.lunarToSolar(2021, 4, 10, false)).containsExactly(LocalDate.of(2021, 5, 21));
    }

    @Test
    void rule2TheThirtiethOfAShortLunarMonthIsItsLastDay() {
        // lunar 12/30 is 섣달 그믐: a year whose 12th month has 29 days gives the day before 설날
        LocalDate day = AnniversaryDates.lunarToSolar(2025, 12, 30, false);
        assertThat(day).isEqualTo(AnniversaryDates.lunarToSolar(2026, 1, 1, false).minusDays(1));
    }

    @Test
    void rule3The29thOfFebruaryIsThe28thInACommonYear() {
        Anniversary leapDay = new Anniversary(2024, 2, 29, CalendarKind.SOLAR, false);
        assertThat(AnniversaryDates.occurrencesIn(leapDay, 2025)).containsExactly(LocalDate.of(2025, 2, 28));
        assertThat(AnniversaryDates.occurrencesIn(leapDay, 2028)).containsExactly(LocalDate.of(2028, 2, 29));
        assertThat(AnniversaryDates.fallsOn(leapDay, LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void aLateLunarMonthIsFoundInJanuaryOfTheNextSolarYear() {
        Anniversary late = lunar(2024, 12, 1, false); // 2024's 12th month began on 31 Dec 2024
        assertThat(AnniversaryDates.fallsOn(late, LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(AnniversaryDates.occurrencesIn(late, 2026)).contains(AnniversaryDates.lunarToSolar(2025, 12, 1, false));
    }

    @Test
    void nothingFallsBeforeTheDateWritten() {
        assertThat(AnniversaryDates.occurrencesIn(new Anniversary(2027, 5, 5, CalendarKind.SOLAR, false), 2026)).isEmpty();
        assertThat(AnniversaryDates.next(new Anniversary(1990, 5, 5, CalendarKind.SOLAR, false), LocalDate.of(2026, 5, 6)))
                .contains(LocalDate.of(2027, 5, 5));
        assertThat(AnniversaryDates.spoken(LocalDate.of(2026, 3, 5))).isEqualTo("3월 5일");
    }
}
