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
    InvoiceService invoices;

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
                () -> new BizbillException(ErrorCode.FORBIDDEN, "no billing account"));
        if (account.getPaymentMethod() != PaymentMethod.CARD_IMMEDIATE) {
            throw new BizbillException(ErrorCode.FORBIDDEN, "BP-PAY-5: pay-now is for card-immediate customers");
        }
        PaymentCard card = cards.activeCard(account.getOrganisation().getId()).orElseThrow(
                () -> new BizbillException(ErrorCode.CARD_NOT_REGISTERED, "no registered card"));
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
        int charged = 0;
        int failed = 0;
        int unknown = 0;
        int skipped = 0;
        long amount = 0;
        List<Long> due = charges.dueForAutoCharge(day);
        for (long id : due) {
            Optional<PaymentCard> card = cards.activeCard(charges.organisationOf(id));
            if (card.isEmpty()) {
                failed++;
                continue;
            }
            Result r = charge(id, card.get(), dayStart);
            if (r.status() == null) {
                skipped++; // already charged today, or an attempt still open
                continue;
            }
            switch (r.status()) {
                case SUCCEEDED -> {
                    charged++;
                    amount += r.amount();
                }
                case FAILED -> failed++;
                default -> unknown++;
            }
        }
        return new AutoChargeSummary(day, attempt, due.size(), charged, failed, unknown, skipped, amount);
    }

    /** Staff retry one invoice's card charge now (BP-PAY-3: "staff can retry one invoice"). */
    public Result retry(long invoiceId) {
        PaymentCard card = cards.activeCard(charges.organisationOf(invoiceId)).orElseThrow(
                () -> new BizbillException(ErrorCode.CARD_NOT_REGISTERED, "the account has no registered card"));
        return charge(invoiceId, card, null);
    }

    private Result charge(long invoiceId, PaymentCard card, java.time.Instant notBefore) {
        Optional<PaymentAttempt> opened = charges.open(invoiceId, notBefore);
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
