package com.bizbill.billing;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Card payments of invoices through the payment gateway: pay-now (BP-PAY-5) and the automatic charge
 * of the 20th and the last day (BP-PAY-3). Outside a transaction: each attempt is committed before the
 * gateway call and decided right after; an UNKNOWN outcome is left to reconciliation, never re-charged.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvoicePayments {

    @Inject
    InvoiceCharges charges;

    @Inject
    InvoiceQueries invoices;

    @Inject
    BillingAccountService accounts;

    @Inject
    CardService cards;

    @Inject
    Payments payments;

    @Inject
    InvoiceNotices notices;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /** Parallel workers of the automatic charge ({@code bizbill.billing.charge-workers}, default 4). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "bizbill.billing.charge-workers", defaultValue = "4")
    int workers;

    /** One invoice's outcome of a card payment. */
    public record Result(long invoiceId, PaymentStatus status, long amount, String failure) {
    }

    /**
     * BP-PAY-5: a card-immediate customer pays the ticked invoices with the registered card. Each
     * invoice is one charge of its balance; an invoice already paid or being paid is skipped, so a
     * double click or a reload pays once.
     */
    public List<Result> payNow(long memberId, List<Long> invoiceIds) {
        BillingAccount account = accounts.ofMember(memberId).orElseThrow(
                () -> new BillingException(ErrorCode.BILLING_ACCOUNT_NOT_FOUND, "no billing account"));
        if (account.getPaymentMethod() != PaymentMethod.CARD_IMMEDIATE) {
            throw new BillingException(ErrorCode.PAY_NOW_NOT_ALLOWED, "BP-PAY-5: pay-now is for card-immediate customers");
        }
        PaymentCard card = cards.activeCard(account.getOrganisation().getId()).orElseThrow(
                () -> new BillingException(ErrorCode.CARD_NOT_REGISTERED, "no registered card"));
        List<Result> results = new ArrayList<>();
        for (long id : invoiceIds) {
            invoices.invoiceOf(account.getId(), id); // another account's invoice is a 404
            results.add(charge(id, card, null));
        }
        return results;
    }

    /**
     * BP-PAY-3: charges every unpaid invoice of the month with its account's card on the 20th (attempt
     * 1) or the last day (attempt 2). Invoices charged since the start of {@code day} are skipped, so a
     * second run of the same day, or a re-run after a crash, charges nobody twice.
     */
    public AutoChargeSummary autoCharge(LocalDate day) {
        int attempt = BillingCalendar.chargeAttemptOn(day);
        if (attempt == 0) {
            return new AutoChargeSummary(day, 0, 0, 0, 0, 0, 0, 0);
        }
        java.time.Instant dayStart = day.atStartOfDay(clock.getZone()).toInstant();
        List<long[]> due = charges.dueForAutoChargeByAccount(day);
        // a few workers, each with whole billing accounts: invoices of one account (which share its
        // receivable) stay in one worker, in order, so workers never race on the same ledger account
        int n = Math.max(1, Math.min(workers, due.size()));
        List<List<Long>> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(new ArrayList<>());
        }
        for (long[] d : due) {
            parts.get((int) Math.floorMod(d[1], (long) n)).add(d[0]);
        }
        Tally tally = new Tally();
        InvoicePayments self = context.getBusinessObject(InvoicePayments.class);
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (List<Long> part : parts) {
            running.add(executor.submit(() -> part.forEach(id -> tally.add(self.chargeDue(id, dayStart)))));
        }
        RuntimeException first = null;
        for (java.util.concurrent.Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                first = first != null ? first : e.getCause() instanceof RuntimeException re ? re
                        : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (first != null) {
            throw first; // the job fails; a re-run of the day charges only what is left
        }
        return new AutoChargeSummary(day, attempt, due.size(), tally.charged.get(), tally.failed.get(),
                tally.unknown.get(), tally.skipped.get(), tally.amount.get());
    }

    /** One invoice of the automatic charge (a worker's step): no card counts as failed. */
    public Result chargeDue(long invoiceId, java.time.Instant notBefore) {
        Optional<PaymentCard> card = cards.activeCard(charges.organisationOf(invoiceId));
        if (card.isEmpty()) {
            return new Result(invoiceId, PaymentStatus.FAILED, 0, "no registered card");
        }
        return charge(invoiceId, card.get(), notBefore);
    }

    /** Counts of an automatic-charge run, added to by several workers. */
    private static final class Tally {
        final java.util.concurrent.atomic.AtomicInteger charged = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger unknown = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger skipped = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicLong amount = new java.util.concurrent.atomic.AtomicLong();

        void add(Result r) {
            if (r.status() == null) {
                skipped.incrementAndGet(); // already charged today, or an attempt still open
                return;
            }
            switch (r.status()) {
                case SUCCEEDED -> {
                    charged.incrementAndGet();
                    amount.addAndGet(r.amount());
                }
                case FAILED -> failed.incrementAndGet();
                default -> unknown.incrementAndGet();
            }
        }
    }

    /** Staff retry one invoice's card charge now (BP-PAY-3: "staff can retry one invoice"). */
    public Result retry(long invoiceId) {
        PaymentCard card = cards.activeCard(charges.organisationOf(invoiceId)).orElseThrow(
                () -> new BillingException(ErrorCode.CARD_NOT_REGISTERED, "the account has no registered card"));
        return charge(invoiceId, card, null);
    }

    private Result charge(long invoiceId, PaymentCard card, java.time.Instant notBefore) {
        // opening is safe to repeat (it finds an attempt already open), so a passing refusal under the
        // parallel workers (lock timeout, Derby's identity contention) is retried
        Optional<PaymentAttempt> opened = com.bizbill.shared.error.TransientFailures.retry(
                () -> charges.open(invoiceId, notBefore));
        if (opened.isEmpty()) {
            return new Result(invoiceId, null, 0, "nothing to charge now");
        }
        PaymentAttempt a = payments.chargeBillingKey(opened.get(), card.getBillingKey(), card.getCustomerKey(),
                "청구서 결제");
        notices.send(a); // after the decision's commit: a receipt or a failure notice
        return new Result(invoiceId, a.getStatus(), a.getAmount(), a.getFailureMessage());
    }

    /** What one automatic-charge run did (the job's exit status; staff see it in the run history). */
    public record AutoChargeSummary(LocalDate day, int attempt, int due, int charged, int failed, int unknown,
                                    int skipped, long chargedAmount) {
        @Override
        public String toString() {
            return "attempt=" + attempt + ", due=" + due + ", charged=" + charged + ", failed=" + failed
                    + ", unknown=" + unknown + ", skipped=" + skipped + ", amount=" + chargedAmount;
        }
    }
}
