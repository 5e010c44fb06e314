package com.bizbill.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** When periodic jobs fall due (design.md "Schedules are a clock tick"). */
class PeriodicJobTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void snapshotIsDueForYesterdayAndCatchesUpMissedDays() {
        ZonedDateTime now = ZonedDateTime.of(2026, 12, 1, 0, 5, 0, 0, SEOUL);
        assertThat(PeriodicJob.LEDGER_SNAPSHOT.duePeriods(now, 3))
                .containsExactly("2026-11-30", "2026-11-29", "2026-11-28");
    }

    @Test
    void periodsMustBeDatesNotInTheFuture() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, SEOUL);
        assertThat(PeriodicJob.LEDGER_SNAPSHOT.isValidPeriod("2026-11-23", now)).isTrue();
        assertThat(PeriodicJob.LEDGER_SNAPSHOT.isValidPeriod("2026-11-22", now)).isTrue();
        assertThat(PeriodicJob.LEDGER_SNAPSHOT.isValidPeriod("2026-11-24", now)).isFalse();
        assertThat(PeriodicJob.LEDGER_SNAPSHOT.isValidPeriod("2026-13-01", now)).isFalse();
        assertThat(PeriodicJob.LEDGER_SNAPSHOT.isValidPeriod("yesterday", now)).isFalse();
    }

    @Test
    void jobsAreFoundByTheirJobXmlName() {
        assertThat(PeriodicJob.byXmlName("ledger-snapshot")).contains(PeriodicJob.LEDGER_SNAPSHOT);
        assertThat(PeriodicJob.byXmlName("nope")).isEmpty();
    }

    @Test
    void cbPst1CreditResetIsDueForTheCurrentMonth() {
        ZonedDateTime first = ZonedDateTime.of(2026, 12, 1, 0, 1, 0, 0, SEOUL);
        assertThat(PeriodicJob.CREDIT_LIMIT_RESET.duePeriods(first, 3)).containsExactly("2026-12");
        assertThat(PeriodicJob.CREDIT_LIMIT_RESET.isValidPeriod("2026-12", first)).isTrue();
        assertThat(PeriodicJob.CREDIT_LIMIT_RESET.isValidPeriod("2027-01", first)).isFalse();
    }

    @Test
    void reconciliationRunsHourly() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 9, 41, 0, 0, SEOUL);
        assertThat(PeriodicJob.PAYMENT_RECONCILIATION.duePeriods(now, 3)).containsExactly("2026-11-23T09");
        assertThat(PeriodicJob.PAYMENT_RECONCILIATION.isValidPeriod("2026-11-23T09", now)).isTrue();
        assertThat(PeriodicJob.PAYMENT_RECONCILIATION.isValidPeriod("2026-11-23T10", now)).isFalse();
        assertThat(PeriodicJob.PAYMENT_RECONCILIATION.isValidPeriod("2026-11-23", now)).isFalse();
    }

    @Test
    void bpPay3AutoChargeIsDueOnThe20thAndTheLastDayAndCatchesUp() {
        assertThat(PeriodicJob.INVOICE_AUTO_CHARGE.duePeriods(ZonedDateTime.of(2026, 11, 20, 9, 0, 0, 0, SEOUL), 3))
                .containsExactly("2026-11-20");
        assertThat(PeriodicJob.INVOICE_AUTO_CHARGE.duePeriods(ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, SEOUL), 3))
                .containsExactly("2026-11-20");
        assertThat(PeriodicJob.INVOICE_AUTO_CHARGE.duePeriods(ZonedDateTime.of(2027, 2, 28, 9, 0, 0, 0, SEOUL), 1))
                .containsExactly("2027-02-28");
        assertThat(PeriodicJob.INVOICE_AUTO_CHARGE.duePeriods(ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, SEOUL), 3))
                .isEmpty();
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, SEOUL);
        assertThat(PeriodicJob.INVOICE_AUTO_CHARGE.isValidPeriod("2026-11-20", now)).isTrue();
        assertThat(PeriodicJob.INVOICE_AUTO_CHARGE.isValidPeriod("2026-11-21", now)).isFalse();
    }

    @Test
    void bpPay2TaxInvoicesAreDueForLastMonthFromThe1st() {
        ZonedDateTime first = ZonedDateTime.of(2026, 12, 1, 0, 5, 0, 0, SEOUL);
        assertThat(PeriodicJob.MONTH_END_TAX_INVOICE.duePeriods(first, 3)).containsExactly("2026-11");
        assertThat(PeriodicJob.MONTH_END_TAX_INVOICE.isValidPeriod("2026-11", first)).isTrue();
        assertThat(PeriodicJob.MONTH_END_TAX_INVOICE.isValidPeriod("2026-12", first)).isFalse();
    }

    @Test
    void nbCyc1TheUsageCycleRunsOnThe2nd3rdAnd5thForLastMonthInOrder() {
        ZonedDateTime first = ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, java.time.ZoneId.of("Asia/Seoul"));
        assertThat(PeriodicJob.USAGE_COLLECTION.duePeriods(first, 3)).isEmpty();
        ZonedDateTime second = first.plusDays(1);
        assertThat(PeriodicJob.USAGE_COLLECTION.duePeriods(second, 3)).containsExactly("2026-11");
        assertThat(PeriodicJob.USAGE_BILL_NOTICE.duePeriods(second, 3)).isEmpty();
        assertThat(PeriodicJob.USAGE_CHARGE.duePeriods(first.plusDays(3), 3)).isEmpty();
        assertThat(PeriodicJob.USAGE_CHARGE.duePeriods(first.plusDays(4), 3)).containsExactly("2026-11");
        // staff may not charge before the 5th, nor a month whose cycle has not come
        assertThat(PeriodicJob.USAGE_CHARGE.isValidPeriod("2026-11", first.plusDays(3))).isFalse();
        assertThat(PeriodicJob.USAGE_CHARGE.isValidPeriod("2026-10", first)).isTrue();
        assertThat(PeriodicJob.USAGE_COLLECTION.isValidPeriod("2026-12", first.plusDays(20))).isFalse();
        // the order: notify after collecting, charge after notifying
        assertThat(PeriodicJob.USAGE_BILL_NOTICE.after()).contains(PeriodicJob.USAGE_COLLECTION);
        assertThat(PeriodicJob.USAGE_CHARGE.after()).contains(PeriodicJob.USAGE_BILL_NOTICE);
        assertThat(PeriodicJob.USAGE_COLLECTION.after()).isEmpty();
    }

    @Test
    void deliveryReportsArePolledEveryTenMinutes() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 12, 37, 0, 0, java.time.ZoneId.of("Asia/Seoul"));
        assertThat(PeriodicJob.MESSAGE_DELIVERY_REPORTS.duePeriods(now, 3)).containsExactly("2026-11-23T12:30");
        assertThat(PeriodicJob.MESSAGE_DELIVERY_REPORTS.isValidPeriod("2026-11-23T12:30", now)).isTrue();
        assertThat(PeriodicJob.MESSAGE_DELIVERY_REPORTS.isValidPeriod("2026-11-23T12:40", now)).isFalse();
        assertThat(PeriodicJob.MESSAGE_DELIVERY_REPORTS.isValidPeriod("2026-11-23T12:35", now)).isFalse();
    }

    @Test
    void aDayPickedOnTheJobsScreenStandsForEachJobsOwnPeriod() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 12, 37, 0, 0, java.time.ZoneId.of("Asia/Seoul"));
        java.time.LocalDate picked = java.time.LocalDate.of(2026, 10, 15);
        assertThat(PeriodicJob.LEDGER_SNAPSHOT.periodFor(picked, now)).isEqualTo("2026-10-15");
        assertThat(PeriodicJob.USAGE_CHARGE.periodFor(picked, now)).isEqualTo("2026-10");
        assertThat(PeriodicJob.MONTH_END_TAX_INVOICE.periodFor(picked, now)).isEqualTo("2026-10");
        assertThat(PeriodicJob.PAYMENT_RECONCILIATION.periodFor(picked, now)).isEqualTo("2026-10-15T23");
        assertThat(PeriodicJob.PAYMENT_RECONCILIATION.periodFor(now.toLocalDate(), now)).isEqualTo("2026-11-23T12");
        assertThat(PeriodicJob.MESSAGE_DELIVERY_REPORTS.periodFor(now.toLocalDate(), now)).isEqualTo("2026-11-23T12:30");
        java.time.LocalDate chargeDay = java.time.LocalDate.of(2026, 10, 20); // valid for every job, the 20th's too
        for (PeriodicJob job : PeriodicJob.values()) {
            if (job.startableByStaff()) {
                assertThat(job.isValidPeriod(job.periodFor(chargeDay, now), now)).as(job.name()).isTrue();
            }
        }
        assertThat(PeriodicJob.INVOICE_FILE_IMPORT.startableByStaff()).isFalse();
    }
}
