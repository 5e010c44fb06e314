package com.bizbill.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** NB-CYC-1: last month is collected on the 2nd, notified on the 3rd, charged on the 5th. */
class UsageCalendarTest {

    @Test
    void theCycleOfAMonthRunsEarlyInTheNextMonthAlsoAcrossTheYear() {
        YearMonth dec = YearMonth.of(2026, 12);
        assertThat(UsageCalendar.collectDay(dec)).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(UsageCalendar.notifyDay(dec)).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(UsageCalendar.chargeDay(dec)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(UsageCalendar.usageMonthOf(LocalDate.of(2027, 1, 2))).isEqualTo(dec);
        YearMonth feb = YearMonth.of(2028, 2); // a leap February still ends before the 2nd of March
        assertThat(UsageCalendar.collectDay(feb)).isEqualTo(LocalDate.of(2028, 3, 2));
    }

    @Test
    void aStepNeverRunsBeforeItsDayButCatchesUpAfter() {
        LocalDate charge = UsageCalendar.chargeDay(YearMonth.of(2026, 10));
        assertThat(UsageCalendar.due(charge, LocalDate.of(2026, 11, 4))).isFalse();
        assertThat(UsageCalendar.due(charge, LocalDate.of(2026, 11, 5))).isTrue();
        assertThat(UsageCalendar.due(charge, LocalDate.of(2026, 11, 23))).isTrue();
    }
}
