package com.bizbill.wallet;

import com.bizbill.billing.CardService;
import com.bizbill.billing.PaymentAttempt;
import com.bizbill.billing.PaymentAttempts;
import com.bizbill.billing.PaymentCard;
import com.bizbill.billing.PaymentStatus;
import com.bizbill.billing.Payments;
import com.bizbill.billing.gateway.GatewayOutcomeUnknown;
import com.bizbill.billing.gateway.PaymentGateway;
import com.bizbill.billing.gateway.PaymentGateway.ChargeResult;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.error.TransientFailures;
import com.bizbill.shared.idempotency.SideEffects;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Charging a wallet through the payment gateway (CB-WAL-1). Outside a transaction on purpose: the
 * charge and its attempt are committed before the gateway is called, the outcome right after, so the
 * gateway's answer is never lost in a rollback and a crash is settled by reconciliation.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WalletCharging {

    @Inject
    WalletService wallets;

    @Inject
    CardService cards;

    @Inject
    Payments payments;

    @Inject
    PaymentAttempts attempts;

    @Inject
    PaymentGateway gateway;

    /** Charges the organisation's registered card. A repeat with the same request key charges nothing again. */
    public WalletCharge chargeCard(long organisationId, long amount, String requestKey) {
        PaymentCard card = cards.activeCard(organisationId).orElseThrow(() -> new WalletException(
                ErrorCode.CARD_NOT_REGISTERED, "organisation " + organisationId + " has no registered card"));
        WalletService.OpenedCharge opened = open(organisationId, ChargeMethod.CARD, amount, requestKey);
        WalletCharge c = opened.charge();
        // issue 13 §4: the charge and its attempt are committed; a repeat with this request key finds them
        SideEffects.happened();
        if (opened.created()) {
            PaymentAttempt a = attempts.find(c.getPaymentAttemptId());
            payments.chargeBillingKey(a, card.getBillingKey(), card.getCustomerKey(), "Bizbill 충전금 " + com.bizbill.shared.i18n.Formats.KOREAN.won(amount));
        }
        return wallets.charge(organisationId, c.getId());
    }

    /**
     * Opens a real-time-transfer charge; the customer then approves it on the gateway's window with
     * the returned order id, and {@link #confirm} completes it.
     */
    public WalletCharge startTransfer(long organisationId, long amount, String requestKey) {
        return open(organisationId, ChargeMethod.TRANSFER, amount, requestKey).charge();
    }

    /** The gateway window came back: confirm the payment for the amount we expect (never the redirect's). */
    public WalletCharge confirm(long organisationId, String orderId, String paymentKey) {
        WalletCharge c = wallets.chargeByOrderId(orderId).filter(x -> x.getOrganisationId() == organisationId)
                .orElseThrow(() -> new WalletException(ErrorCode.CHARGE_NOT_FOUND, "no charge for order " + orderId));
        PaymentAttempt a = attempts.find(c.getPaymentAttemptId());
        if (a.getStatus() == PaymentStatus.INITIATED) {
            payments.confirm(a, paymentKey, c.getAmount());
        }
        return wallets.charge(organisationId, c.getId());
    }

    /** Issues a virtual account for a charge; the wallet is credited when the deposit arrives. */
    public WalletCharge startVirtualAccount(long organisationId, long amount, String requestKey, String depositor) {
        WalletService.OpenedCharge opened = open(organisationId, ChargeMethod.VIRTUAL_ACCOUNT, amount, requestKey);
        WalletCharge c = opened.charge();
        if (opened.created()) {
            PaymentAttempt a = attempts.find(c.getPaymentAttemptId());
            PaymentGateway.VirtualAccount va;
            try {
                va = gateway.issueVirtualAccount(new PaymentGateway.VirtualAccountRequest(a.orderId(),
                        "Bizbill 충전금", amount, depositor, a.idempotencyKey()));
            } catch (GatewayOutcomeUnknown e) {
                attempts.unknown(a.getId());
                throw new WalletException(ErrorCode.PAYMENT_OUTCOME_UNKNOWN, "virtual account not confirmed");
            }
            wallets.awaitDeposit(c.getId(), va);
        }
        return wallets.charge(organisationId, c.getId());
    }

    /**
     * The gateway says a virtual-account deposit arrived (its webhook, or the sandbox's event after its
     * own commit): the attempt succeeds and the wallet is credited, once, however often this is told.
     */
    public void depositArrived(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                               PaymentGateway.VirtualAccountDeposited deposit) {
        wallets.chargeByOrderId(deposit.orderId()).ifPresent(c -> attempts.decide(c.getPaymentAttemptId(),
                new ChargeResult(ChargeResult.Status.DONE, deposit.paymentKey(), deposit.orderId(), deposit.amount(),
                        null, null)));
    }

    private WalletService.OpenedCharge open(long organisationId, ChargeMethod method, long amount, String requestKey) {
        try {
            // idempotent by the request key, so a lock timeout or generator contention may be retried
            return TransientFailures.retry(() -> wallets.openCharge(organisationId, method, amount, requestKey));
        } catch (EJBException e) {
            // a concurrent double submit lost the race on the request key: the winner's charge is the answer
            java.util.Optional<WalletCharge> winner = wallets.findByRequestKey(organisationId, requestKey);
            if (winner.isPresent()) {
                return new WalletService.OpenedCharge(winner.get(), false);
            }
            // issue 13 §6: the first charges of a new wallet at once: another one created the wallet (and its
            // ledger account) first, UK_WALLET_ORG. Opening is keyed by the request key, so it is safe to repeat.
            return TransientFailures.retry(() -> wallets.openCharge(organisationId, method, amount, requestKey));
        }
    }
}
