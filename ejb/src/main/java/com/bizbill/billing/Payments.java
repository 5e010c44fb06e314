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
import java.util.List;
import java.util.logging.Level;
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

    @Inject
    java.time.Clock clock;

    /**
     * Issue 18 §2: a real-time transfer the customer opened but never finished (the gateway's window is READY) is
     * closed as expired after this; the customer starts a new one.
     */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "bizbill.payments.transfer-time-limit",
            defaultValue = "PT30M")
    Duration transferTimeLimit;

    /** Issue 18 §2: a virtual account nobody paid into is closed once its due time (3 days) and an hour have passed. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "bizbill.payments.virtual-account-time-limit",
            defaultValue = "P3DT1H")
    Duration virtualAccountTimeLimit;

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
            throw new BillingException(ErrorCode.PAYMENT_AMOUNT_MISMATCH, "amount " + amount + " is not the attempt's "
                    + attempt.getAmount());
        }
        return call(attempt, () -> gateway.confirm(paymentKey, attempt.orderId(), amount, attempt.idempotencyKey()));
    }

    /**
     * Issue 13: has the gateway cancel (refund) an open cancel attempt, which the owner committed before this
     * call. The gateway's answer and the owner's booking commit together; a lost answer leaves it UNKNOWN and
     * a failed booking leaves it open and flagged — either way reconciliation finishes it by looking the
     * cancel up by its idempotency key, never by cancelling again.
     */
    public PaymentAttempt cancel(PaymentAttempt attempt) {
        if (!attempt.isCancel()) {
            throw new IllegalArgumentException("attempt " + attempt.getId() + " is not a cancel");
        }
        return call(attempt, () -> cancelResult(attempt, gateway.cancel(attempt.getCancelsPaymentKey(),
                attempt.getAmount(), cancelReason(attempt.getPurpose()), attempt.idempotencyKey())));
    }

    /**
     * Asks the gateway what happened to an undecided attempt (a charge by its order id, a cancel by its
     * idempotency key) and records it. Staff may ask for an INITIATED attempt too (issue 13). A booking that
     * fails flags the attempt for staff instead of failing the caller.
     */
    public PaymentAttempt reconcile(long attemptId) {
        PaymentAttempt a = attempts.find(attemptId);
        if (a.getStatus().isFinal()) {
            return a;
        }
        if (a.isCancel()) {
            return reconcileCancel(a);
        }
        Optional<ChargeResult> found;
        try {
            found = gateway.lookup(a.orderId());
        } catch (BizbillException e) { // incl. GatewayOutcomeUnknown
            LOG.info("reconciliation of " + a.orderId() + " postponed: " + e.getMessage());
            return a;
        }
        if (found.isEmpty()) {
            // the gateway never saw it: it did not charge. An INITIATED one is closed once it is older than a
            // call can take (a younger one may still be on its way); an UNKNOWN one stays for staff, who check
            // with the gateway before closing it by hand (design.md).
            return interrupted(a) ? decideOrFlag(a, notFound(a)) : a;
        }
        ChargeResult r = found.get();
        return switch (r.status()) {
            case DONE, CANCELED, PARTIAL_CANCELED -> decideOrFlag(a,
                    new ChargeResult(ChargeResult.Status.DONE, r.paymentKey(), r.orderId(), r.amount(), null, null));
            case DECLINED -> decideOrFlag(a, r);
            // still with the customer, until the time limit: then closed as expired (issue 18 §2)
            case READY -> olderThan(a, transferTimeLimit) ? decideOrFlag(a, expired(a, "EXPIRED_TRANSFER",
                    "the real-time transfer was not finished within " + transferTimeLimit.toMinutes() + " minutes")) : a;
            case WAITING_FOR_DEPOSIT -> olderThan(a, virtualAccountTimeLimit) ? decideOrFlag(a, expired(a,
                    "EXPIRED_VIRTUAL_ACCOUNT", "nothing was paid into the virtual account before its due time")) : a;
        };
    }

    private PaymentAttempt reconcileCancel(PaymentAttempt a) {
        Optional<PaymentGateway.CancelResult> found;
        try {
            found = gateway.lookupCancel(a.getCancelsPaymentKey(), a.getAmount(), cancelReason(a.getPurpose()),
                    a.idempotencyKey());
        } catch (BizbillException e) { // incl. GatewayOutcomeUnknown
            LOG.info("reconciliation of cancel " + a.idempotencyKey() + " postponed: " + e.getMessage());
            return a;
        }
        if (found.isEmpty()) {
            return interrupted(a) ? decideOrFlag(a, new ChargeResult(ChargeResult.Status.DECLINED,
                    a.getCancelsPaymentKey(), a.orderId(), a.getAmount(), "NOT_FOUND_CANCEL",
                    "the gateway has no cancel with this key")) : a;
        }
        return decideOrFlag(a, cancelResult(a, found.get()));
    }

    /**
     * Reconciles every undecided attempt (charges and cancels), each in its own transaction: one that cannot
     * be settled is flagged for staff and the others go on (issue 13). Returns {settled, still undecided,
     * flagged}.
     */
    public int[] reconcileAll() {
        int[] counts = new int[3];
        for (long id : attempts.undecided(INTERRUPTED_AFTER)) {
            counts[reconcileOrFlag(id).ordinal()]++;
        }
        return counts;
    }

    /** What reconciling one attempt came to: decided, still undecided (the gateway is still unsure), or flagged. */
    public enum Reconciled { SETTLED, UNDECIDED, FLAGGED }

    /**
     * Reconciles one undecided attempt (an item of the hourly job's chunk step); a failure to settle it flags it for
     * staff instead of failing the caller (issue 13).
     */
    public Reconciled reconcileOrFlag(long attemptId) {
        PaymentAttempt a;
        try {
            a = reconcile(attemptId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reconciliation of attempt " + attemptId + " failed; flagged for staff", e);
            a = flag(attemptId, e);
        }
        if (a.getStatus().isFinal()) {
            return Reconciled.SETTLED;
        }
        return a.isNeedsStaff() ? Reconciled.FLAGGED : Reconciled.UNDECIDED;
    }

    /** Undecided attempts after {@code afterId}, a page in id order (the job reads them so). */
    public List<Long> undecided(Long afterId, int max) {
        return attempts.undecided(INTERRUPTED_AFTER, afterId == null ? 0L : afterId, max);
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
        return decideOrFlag(attempt, result);
    }

    /**
     * The gateway has answered: book it, retrying a passing database refusal (deciding twice is a no-op). A
     * booking that keeps failing rolls back (the attempt stays open) and flags the attempt for staff with the
     * reason; reconciliation tries it again, asking the gateway, never repeating the call (issue 13).
     */
    private PaymentAttempt decideOrFlag(PaymentAttempt attempt, ChargeResult answer) {
        try {
            return TransientFailures.retry(() -> attempts.decide(attempt.getId(), answer));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "booking of attempt " + attempt.getId() + " failed; flagged for staff", e);
            return flag(attempt.getId(), e);
        }
    }

    private PaymentAttempt flag(long attemptId, RuntimeException e) {
        return attempts.flag(attemptId, reasonOf(e));
    }

    private boolean olderThan(PaymentAttempt a, Duration limit) {
        return a.getCreatedAt().isBefore(clock.instant().minus(limit));
    }

    private static ChargeResult expired(PaymentAttempt a, String code, String message) {
        return new ChargeResult(ChargeResult.Status.DECLINED, null, a.orderId(), a.getAmount(), code, message);
    }

    private boolean interrupted(PaymentAttempt a) {
        return a.getStatus() == PaymentStatus.INITIATED
                && a.getCreatedAt().isBefore(clock.instant().minus(INTERRUPTED_AFTER));
    }

    /** The innermost message of a failure (EJB wrappers say nothing useful to staff). */
    static String reasonOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? "" : t.getMessage();
        return t.getClass().getSimpleName() + ": " + m;
    }

    /** The reason sent with a cancel, the same on every call of one attempt (the HTTP lookup repeats it). */
    static String cancelReason(String purpose) {
        return switch (purpose) {
            case "WALLET_CHARGE_CANCEL" -> "충전 취소";
            case "INVOICE_CARD_CANCEL" -> "청구 카드 결제 취소";
            case "OVERPAYMENT_REFUND" -> "과오납 환불";
            default -> "결제 취소";
        };
    }

    private static ChargeResult cancelResult(PaymentAttempt a, PaymentGateway.CancelResult r) {
        return r.ok() ? new ChargeResult(ChargeResult.Status.DONE, a.getCancelsPaymentKey(), a.orderId(),
                r.cancelledAmount(), null, null)
                : new ChargeResult(ChargeResult.Status.DECLINED, a.getCancelsPaymentKey(), a.orderId(), a.getAmount(),
                r.failureCode(), r.failureMessage());
    }

    private static ChargeResult notFound(PaymentAttempt a) {
        return new ChargeResult(ChargeResult.Status.DECLINED, null, a.orderId(), a.getAmount(), "NOT_FOUND_PAYMENT",
                "the gateway has no payment for this order");
    }
}
