package com.bizbill.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BP-PAY-3 (20th, last day, holidays ignored), BP-PAY-2 and BP-PAY-4 (the billing month). */
class BillingCalendarTest {

    @ParameterizedTest(name = "BP-PAY-3: {0} is attempt {1}")
    @CsvSource({
            "2026-11-20, 1", "2026-11-30, 2", "2026-11-19, 0", "2026-11-21, 0", "2026-12-01, 0",
            // 31-day month
            "2026-12-31, 2", "2026-12-30, 0",
            // February, common and leap year
            "2027-02-28, 2", "2028-02-28, 0", "2028-02-29, 2", "2027-02-20, 1",
            // holidays are ignored: a Sunday 20th and Christmas still run
            "2026-12-20, 1", "2026-12-25, 0"
    })
    void chargeDays(LocalDate day, int attempt) {
        assertThat(BillingCalendar.chargeAttemptOn(day)).isEqualTo(attempt);
    }

    @Test
    void bpPay2CardPaysOnlyWithinTheBillingMonth() {
        YearMonth nov = YearMonth.of(2026, 11);
        assertThat(BillingCalendar.cardPayable(nov, LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(BillingCalendar.cardPayable(nov, LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(BillingCalendar.cardPayable(YearMonth.of(2027, 2), LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(BillingCalendar.cardPayable(YearMonth.of(2027, 2), LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void bpPay4CancelOnlyWithinTheBillingMonth() {
        assertThat(BillingCalendar.cardCancellable(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(BillingCalendar.cardCancellable(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 1))).isFalse();
    }
}
