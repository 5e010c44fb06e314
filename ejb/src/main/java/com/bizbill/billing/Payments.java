package com.bizbill.billing;

import com.bizbill.billing.gateway.GatewayOutcomeUnknown;
import com.bizbill.billing.gateway.PaymentGateway;
import com.bizbill.billing.gateway.PaymentGateway.ChargeResult;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.error.TransientFailures;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Talks to the payment gateway for an attempt and records what came back. Runs outside any
 * transaction: the attempt is committed before the call and its outcome right after, so a crash in
 * between leaves an INITIATED/UNKNOWN attempt that reconciliation settles by asking the gateway by
 * order id — never by charging again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Payments {

    private static final Logger LOG = Logger.getLogger(Payments.class.getName());
    /** An INITIATED attempt older than this is treated as interrupted and reconciled. */
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(5);

    @Inject
    PaymentAttempts attempts;

    @Inject
    PaymentGateway gateway;

    /** Charges a registered card's billing key for an open attempt. */
    public PaymentAttempt chargeBillingKey(PaymentAttempt attempt, String billingKey, String customerKey,
                                           String orderName) {
        return call(attempt, () -> gateway.charge(new PaymentGateway.ChargeRequest(billingKey, customerKey,
                attempt.orderId(), orderName, attempt.getAmount(), attempt.idempotencyKey())));
    }

    /** Confirms a one-time payment the customer approved on the gateway's window. */
    public PaymentAttempt confirm(PaymentAttempt attempt, String paymentKey, long amount) {
        if (amount != attempt.getAmount()) {
            // the redirect is in the customer's hands: never trust its amount
            throw new BizbillException(ErrorCode.VALIDATION_FAILED, "amount " + amount + " is not the attempt's "
                    + attempt.getAmount());
        }
        return call(attempt, () -> gateway.confirm(paymentKey, attempt.orderId(), amount, attempt.idempotencyKey()));
    }

    /** Asks the gateway what happened to an undecided attempt and records it. */
    public PaymentAttempt reconcile(long attemptId) {
        PaymentAttempt a = attempts.find(attemptId);
        if (a.getStatus().isFinal()) {
            return a;
        }
        Optional<ChargeResult> found;
        try {
            found = gateway.lookup(a.orderId());
        } catch (BizbillException e) { // incl. GatewayOutcomeUnknown
            LOG.info("reconciliation of " + a.orderId() + " postponed: " + e.getMessage());
            return a;
        }
        if (found.isEmpty()) {
            // the gateway never saw it: it did not charge. An INITIATED one is closed; an UNKNOWN one
            // stays for staff, who check with the gateway before closing it by hand (design.md).
            return a.getStatus() == PaymentStatus.INITIATED
                    ? attempts.decide(a.getId(), notFound(a)) : a;
        }
        ChargeResult r = found.get();
        return switch (r.status()) {
            case DONE, CANCELED, PARTIAL_CANCELED -> attempts.decide(a.getId(),
                    new ChargeResult(ChargeResult.Status.DONE, r.paymentKey(), r.orderId(), r.amount(), null, null));
            case DECLINED -> attempts.decide(a.getId(), r);
            case READY, WAITING_FOR_DEPOSIT -> a; // still with the customer
        };
    }

    /** Reconciles every undecided attempt; returns {settled, still undecided}. */
    public int[] reconcileAll() {
        int settled = 0;
        int open = 0;
        for (long id : attempts.undecided(INTERRUPTED_AFTER)) {
            if (reconcile(id).getStatus().isFinal()) {
                settled++;
            } else {
                open++;
            }
        }
        return new int[] {settled, open};
    }

    private PaymentAttempt call(PaymentAttempt attempt, java.util.function.Supplier<ChargeResult> gatewayCall) {
        ChargeResult result;
        try {
            result = gatewayCall.get();
        } catch (GatewayOutcomeUnknown e) {
            LOG.warning("payment " + attempt.orderId() + " outcome unknown: " + e.getMessage());
            return attempts.unknown(attempt.getId());
        }
        if (result.status() == ChargeResult.Status.READY || result.status() == ChargeResult.Status.WAITING_FOR_DEPOSIT) {
            return attempts.find(attempt.getId());
        }
        // the gateway has answered: book it, retrying a passing database refusal (deciding twice is a no-op)
        ChargeResult answer = result;
        return TransientFailures.retry(() -> attempts.decide(attempt.getId(), answer));
    }

    private static ChargeResult notFound(PaymentAttempt a) {
        return new ChargeResult(ChargeResult.Status.DECLINED, null, a.orderId(), a.getAmount(), "NOT_FOUND_PAYMENT",
                "the gateway has no payment for this order");
    }
}
