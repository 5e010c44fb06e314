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
     * BP-PAY-3: one invoice of the automatic charge on the 20th or the last day (an item of the job's chunk step,
     * {@link InvoiceAutoChargeWork}); no card counts as failed. An invoice charged since {@code notBefore} (the
     * start of the day), paid, or with an attempt still open is left alone (status null), so a second run of the
     * same day, or a re-run after a crash, charges nobody twice.
     */
    public Result chargeDue(long invoiceId, java.time.Instant notBefore) {
        Optional<PaymentCard> card = cards.activeCard(charges.organisationOf(invoiceId));
        if (card.isEmpty()) {
            return new Result(invoiceId, PaymentStatus.FAILED, 0, "no registered card");
        }
        return charge(invoiceId, card.get(), notBefore);
    }

    /** Staff retry one invoice's card charge now (BP-PAY-3: "staff can retry one invoice"). */
    public Result retry(long invoiceId) {
        PaymentCard card = cards.activeCard(charges.organisationOf(invoiceId)).orElseThrow(
                () -> new BillingException(ErrorCode.CARD_NOT_REGISTERED, "the account has no registered card"));
        return charge(invoiceId, card, null);
    }

    private Result charge(long invoiceId, PaymentCard card, java.time.Instant notBefore) {
        // opening is safe to repeat (it finds an attempt already open), so a passing refusal under the
        // job's partitions (lock timeout, Derby's identity contention) is retried
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
}
