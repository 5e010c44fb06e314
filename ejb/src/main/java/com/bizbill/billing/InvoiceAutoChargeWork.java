package com.bizbill.billing;

import com.bizbill.shared.jobs.IdWork;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.ItemOutcome;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * BP-PAY-3: the job {@code invoice-auto-charge} of one day (the 20th or the last day), a chunk step partitioned by
 * billing account. Items are the day's unpaid invoices of card-auto accounts, by id; each is charged with its
 * account's card in transactions of its own (the attempt is committed before the gateway call). The re-run of a day
 * (a crash, a staff re-run) charges nobody twice: invoices paid, charged since the start of the day or with an open
 * attempt are skipped; a lost answer is left to the payment reconciliation, never charged again.
 */
@Dependent
@Named("invoiceAutoChargeWork")
public class InvoiceAutoChargeWork extends IdWork {

    @Inject
    InvoiceCharges charges;

    @Inject
    InvoicePayments payments;

    @Inject
    Clock clock;

    @Override
    protected List<Long> ids(String period, JobPartition partition, Long after, int max) {
        LocalDate day = LocalDate.parse(period);
        if (BillingCalendar.chargeAttemptOn(day) == 0) {
            return List.of(); // not a charge day: nothing is due
        }
        return charges.dueForAutoCharge(day, partition, after, max);
    }

    @Override
    protected ItemCounts one(String period, long invoiceId) {
        // invoices charged since the start of the day are left alone: a re-run of the day charges nobody twice
        return counted(payments.chargeDue(invoiceId, LocalDate.parse(period).atStartOfDay(clock.getZone()).toInstant()));
    }

    /** A charge done, declined (or no card), or nothing to do now; a lost answer waits for reconciliation. */
    static ItemCounts counted(InvoicePayments.Result r) {
        if (r.status() == null) {
            return ItemCounts.of(ItemOutcome.SKIPPED);
        }
        return switch (r.status()) {
            case SUCCEEDED -> ItemCounts.of(ItemOutcome.DONE, r.amount());
            case FAILED -> ItemCounts.of(ItemOutcome.FAILED);
            default -> ItemCounts.of(ItemOutcome.SKIPPED); // UNKNOWN: the hourly reconciliation decides it
        };
    }
}
