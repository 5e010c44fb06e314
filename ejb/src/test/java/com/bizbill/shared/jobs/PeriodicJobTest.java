package com.bizbill.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.billing.BillingJobs;
import com.bizbill.identity.IdentityJobs;
import com.bizbill.ledger.LedgerJobs;
import com.bizbill.messaging.MessagingJobs;
import com.bizbill.shared.idempotency.IdempotencyJobs;
import com.bizbill.usage.UsageJobs;
import com.bizbill.wallet.WalletJobs;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** When periodic jobs fall due (design.md "Schedules are a clock tick"). */
class PeriodicJobTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** Issue 16 §1: every context declares its own jobs; these are all of them. */
    private static final PeriodicJobs ALL = PeriodicJobs.of(java.util.stream.Stream.of(new LedgerJobs(),
            new IdentityJobs(), new BillingJobs(), new WalletJobs(), new UsageJobs(), new MessagingJobs(),
            new IdempotencyJobs()).flatMap(c -> c.jobs().stream()).toList());

    @Test
    void everyJobHasItsJobXmlAndAUniqueName() {
        assertThat(ALL.all().stream().map(PeriodicJob::jobXmlName).distinct().count()).isEqualTo(ALL.all().size());
    }

    @Test
    void nbCyc1FailureNoticesAreHourlyForEveryMonth() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 9, 41, 0, 0, SEOUL);
        assertThat(UsageJobs.USAGE_FAILURE_NOTICE.duePeriods(now, 3)).containsExactly("2026-11-23T09");
        assertThat(UsageJobs.USAGE_FAILURE_NOTICE.isValidPeriod("2026-11-23T10", now)).isFalse();
        assertThat(IdempotencyJobs.IDEMPOTENCY_KEY_PURGE.duePeriods(now, 3)).containsExactly("2026-11-23T09");
    }

    @Test
    void snapshotIsDueForYesterdayAndCatchesUpMissedDays() {
        ZonedDateTime now = ZonedDateTime.of(2026, 12, 1, 0, 5, 0, 0, SEOUL);
        assertThat(LedgerJobs.LEDGER_SNAPSHOT.duePeriods(now, 3))
                .containsExactly("2026-11-30", "2026-11-29", "2026-11-28");
    }

    @Test
    void periodsMustBeDatesNotInTheFuture() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, SEOUL);
        assertThat(LedgerJobs.LEDGER_SNAPSHOT.isValidPeriod("2026-11-23", now)).isTrue();
        assertThat(LedgerJobs.LEDGER_SNAPSHOT.isValidPeriod("2026-11-22", now)).isTrue();
        assertThat(LedgerJobs.LEDGER_SNAPSHOT.isValidPeriod("2026-11-24", now)).isFalse();
        assertThat(LedgerJobs.LEDGER_SNAPSHOT.isValidPeriod("2026-13-01", now)).isFalse();
        assertThat(LedgerJobs.LEDGER_SNAPSHOT.isValidPeriod("yesterday", now)).isFalse();
    }

    @Test
    void jobsAreFoundByTheirJobXmlName() {
        assertThat(ALL.byXmlName("ledger-snapshot")).contains(LedgerJobs.LEDGER_SNAPSHOT);
        assertThat(ALL.byXmlName("usage-failure-notice")).contains(UsageJobs.USAGE_FAILURE_NOTICE);
        assertThat(ALL.byXmlName("nope")).isEmpty();
        assertThat(ALL.startableByStaff()).doesNotContain(BillingJobs.INVOICE_FILE_IMPORT)
                .contains(IdempotencyJobs.IDEMPOTENCY_KEY_PURGE);
    }

    @Test
    void cbPst1CreditResetIsDueForTheCurrentMonth() {
        ZonedDateTime first = ZonedDateTime.of(2026, 12, 1, 0, 1, 0, 0, SEOUL);
        assertThat(WalletJobs.CREDIT_LIMIT_RESET.duePeriods(first, 3)).containsExactly("2026-12");
        assertThat(WalletJobs.CREDIT_LIMIT_RESET.isValidPeriod("2026-12", first)).isTrue();
        assertThat(WalletJobs.CREDIT_LIMIT_RESET.isValidPeriod("2027-01", first)).isFalse();
    }

    @Test
    void reconciliationRunsHourly() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 9, 41, 0, 0, SEOUL);
        assertThat(BillingJobs.PAYMENT_RECONCILIATION.duePeriods(now, 3)).containsExactly("2026-11-23T09");
        assertThat(BillingJobs.PAYMENT_RECONCILIATION.isValidPeriod("2026-11-23T09", now)).isTrue();
        assertThat(BillingJobs.PAYMENT_RECONCILIATION.isValidPeriod("2026-11-23T10", now)).isFalse();
        assertThat(BillingJobs.PAYMENT_RECONCILIATION.isValidPeriod("2026-11-23", now)).isFalse();
    }

    @Test
    void bpPay3AutoChargeIsDueOnThe20thAndTheLastDayAndCatchesUp() {
        assertThat(BillingJobs.INVOICE_AUTO_CHARGE.duePeriods(ZonedDateTime.of(2026, 11, 20, 9, 0, 0, 0, SEOUL), 3))
                .containsExactly("2026-11-20");
        assertThat(BillingJobs.INVOICE_AUTO_CHARGE.duePeriods(ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, SEOUL), 3))
                .containsExactly("2026-11-20");
        assertThat(BillingJobs.INVOICE_AUTO_CHARGE.duePeriods(ZonedDateTime.of(2027, 2, 28, 9, 0, 0, 0, SEOUL), 1))
                .containsExactly("2027-02-28");
        assertThat(BillingJobs.INVOICE_AUTO_CHARGE.duePeriods(ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, SEOUL), 3))
                .isEmpty();
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, SEOUL);
        assertThat(BillingJobs.INVOICE_AUTO_CHARGE.isValidPeriod("2026-11-20", now)).isTrue();
        assertThat(BillingJobs.INVOICE_AUTO_CHARGE.isValidPeriod("2026-11-21", now)).isFalse();
    }

    @Test
    void bpPay2TaxInvoicesAreDueForLastMonthFromThe1st() {
        ZonedDateTime first = ZonedDateTime.of(2026, 12, 1, 0, 5, 0, 0, SEOUL);
        assertThat(BillingJobs.MONTH_END_TAX_INVOICE.duePeriods(first, 3)).containsExactly("2026-11");
        assertThat(BillingJobs.MONTH_END_TAX_INVOICE.isValidPeriod("2026-11", first)).isTrue();
        assertThat(BillingJobs.MONTH_END_TAX_INVOICE.isValidPeriod("2026-12", first)).isFalse();
    }

    @Test
    void nbCyc1TheUsageCycleRunsOnThe2nd3rdAnd5thForLastMonthInOrder() {
        ZonedDateTime first = ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, java.time.ZoneId.of("Asia/Seoul"));
        assertThat(UsageJobs.USAGE_COLLECTION.duePeriods(first, 3)).isEmpty();
        ZonedDateTime second = first.plusDays(1);
        assertThat(UsageJobs.USAGE_COLLECTION.duePeriods(second, 3)).containsExactly("2026-11");
        assertThat(UsageJobs.USAGE_BILL_NOTICE.duePeriods(second, 3)).isEmpty();
        assertThat(UsageJobs.USAGE_CHARGE.duePeriods(first.plusDays(3), 3)).isEmpty();
        assertThat(UsageJobs.USAGE_CHARGE.duePeriods(first.plusDays(4), 3)).containsExactly("2026-11");
        // staff may not charge before the 5th, nor a month whose cycle has not come
        assertThat(UsageJobs.USAGE_CHARGE.isValidPeriod("2026-11", first.plusDays(3))).isFalse();
        assertThat(UsageJobs.USAGE_CHARGE.isValidPeriod("2026-10", first)).isTrue();
        assertThat(UsageJobs.USAGE_COLLECTION.isValidPeriod("2026-12", first.plusDays(20))).isFalse();
        // the order: notify after collecting, charge after notifying
        assertThat(UsageJobs.USAGE_BILL_NOTICE.after()).contains(UsageJobs.USAGE_COLLECTION);
        assertThat(UsageJobs.USAGE_CHARGE.after()).contains(UsageJobs.USAGE_BILL_NOTICE);
        assertThat(UsageJobs.USAGE_COLLECTION.after()).isEmpty();
    }

    @Test
    void deliveryReportsArePolledEveryTenMinutes() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 12, 37, 0, 0, java.time.ZoneId.of("Asia/Seoul"));
        assertThat(MessagingJobs.MESSAGE_DELIVERY_REPORTS.duePeriods(now, 3)).containsExactly("2026-11-23T12:30");
        assertThat(MessagingJobs.MESSAGE_DELIVERY_REPORTS.isValidPeriod("2026-11-23T12:30", now)).isTrue();
        assertThat(MessagingJobs.MESSAGE_DELIVERY_REPORTS.isValidPeriod("2026-11-23T12:40", now)).isFalse();
        assertThat(MessagingJobs.MESSAGE_DELIVERY_REPORTS.isValidPeriod("2026-11-23T12:35", now)).isFalse();
    }

    @Test
    void aDayPickedOnTheJobsScreenStandsForEachJobsOwnPeriod() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 12, 37, 0, 0, java.time.ZoneId.of("Asia/Seoul"));
        java.time.LocalDate picked = java.time.LocalDate.of(2026, 10, 15);
        assertThat(LedgerJobs.LEDGER_SNAPSHOT.periodFor(picked, now)).isEqualTo("2026-10-15");
        assertThat(UsageJobs.USAGE_CHARGE.periodFor(picked, now)).isEqualTo("2026-10");
        assertThat(BillingJobs.MONTH_END_TAX_INVOICE.periodFor(picked, now)).isEqualTo("2026-10");
        assertThat(BillingJobs.PAYMENT_RECONCILIATION.periodFor(picked, now)).isEqualTo("2026-10-15T23");
        assertThat(BillingJobs.PAYMENT_RECONCILIATION.periodFor(now.toLocalDate(), now)).isEqualTo("2026-11-23T12");
        assertThat(MessagingJobs.MESSAGE_DELIVERY_REPORTS.periodFor(now.toLocalDate(), now)).isEqualTo("2026-11-23T12:30");
        java.time.LocalDate chargeDay = java.time.LocalDate.of(2026, 10, 20); // valid for every job, the 20th's too
        for (PeriodicJob job : ALL.all()) {
            if (job.startableByStaff()) {
                assertThat(job.isValidPeriod(job.periodFor(chargeDay, now), now)).as(job.jobXmlName()).isTrue();
            }
        }
        assertThat(BillingJobs.INVOICE_FILE_IMPORT.startableByStaff()).isFalse();
    }
}
