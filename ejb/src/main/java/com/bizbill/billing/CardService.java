package com.bizbill.billing;

import com.bizbill.shared.context.CallContext;
import com.bizbill.billing.gateway.PaymentGateway;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.PaymentType;
import com.bizbill.identity.OneTimeToken;
import com.bizbill.identity.OneTimeTokens;
import com.bizbill.identity.TokenPurpose;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Card registration for recurring payment (BP-CARD-1/2, NB-CARD-1): the card is typed on the
 * payment gateway's page, which returns an auth key; here it is exchanged for a billing key, and only
 * the billing key, brand and last 4 digits are kept. Registering again is the card change.
 */
@Stateless
public class CardService {

    @Inject
    CallContext callContext;

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentGateway gateway;

    @Inject
    BillingAccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    OneTimeTokens tokens;

    @Inject
    CardCallbackAudit refusals;

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The customer key cards registered before issue 14 carry (and keep: the gateway ties their billing key
     * to it). Guessable, so a new registration gets a random one ({@link #beginRegistration}).
     */
    public static String customerKeyOf(long organisationId) {
        return "BZC-" + organisationId;
    }

    /** What the gateway window needs for one registration: our one-time state and the new customer key. */
    public record Registration(String state, String customerKey) {
    }

    /**
     * BP-CARD-1 (issue 14): the four terms are agreed; issues the one-time state (256 random bits, only its
     * hash kept, with the organisation, the member and the customer key, 30 minutes, usable once) that the
     * gateway window carries back to the callback, and a random customer key for the new card.
     */
    public Registration beginRegistration(long organisationId, long memberId, boolean allTermsAgreed) {
        if (!mayRegister(organisationId, memberId)) {
            throw new BillingException(ErrorCode.CARD_PAYER_ONLY, "card registration is for card payers only");
        }
        if (!allTermsAgreed) {
            throw new BillingException(ErrorCode.CARD_TERMS_REQUIRED, "BP-CARD-1: all four terms first");
        }
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        String customerKey = "BZC-" + HexFormat.of().formatHex(b);
        String state = tokens.issueLink(TokenPurpose.CARD_STATE, stateSubject(organisationId, memberId, customerKey));
        return new Registration(state, customerKey);
    }

    static String stateSubject(long organisationId, long memberId, String customerKey) {
        return "org:" + organisationId + ":member:" + memberId + ":ck:" + customerKey;
    }

    /**
     * BP-CARD-1 (issue 14): the gateway's callback in the session of member {@code memberId}. Registers only
     * with a live state issued to this member of this organisation for this customer key, and uses the state
     * up; anything else registers nothing, is audited (in its own transaction) and answered with the reason
     * (CARD_STATE_MISSING, CARD_STATE_INVALID, CARD_STATE_FOREIGN).
     */
    public PaymentCard registerWithState(long organisationId, long memberId, String state, String authKey,
                                         String customerKey) {
        if (!mayRegister(organisationId, memberId)) {
            refuse(organisationId, ErrorCode.CARD_PAYER_ONLY, "not a card payer", authKey);
        }
        if (state == null || state.isBlank()) {
            refuse(organisationId, ErrorCode.CARD_STATE_MISSING, "no state", authKey);
        }
        Optional<OneTimeToken> live = tokens.peekLink(TokenPurpose.CARD_STATE, state);
        if (live.isEmpty()) {
            refuse(organisationId, ErrorCode.CARD_STATE_INVALID, "unknown, expired or used state", authKey);
        }
        String subject = live.get().getSubject();
        String ownPrefix = stateSubject(organisationId, memberId, "");
        if (!subject.startsWith(ownPrefix)) {
            refuse(organisationId, ErrorCode.CARD_STATE_FOREIGN, "state of " + subject.replaceAll(":ck:.*", ""),
                    authKey);
        }
        String stateCustomerKey = subject.substring(ownPrefix.length());
        if (!stateCustomerKey.equals(customerKey)) {
            refuse(organisationId, ErrorCode.CARD_STATE_FOREIGN, "customer key not of this state", authKey);
        }
        tokens.useLink(TokenPurpose.CARD_STATE, state); // once: a replay finds it used
        return keep(organisationId, authKey, stateCustomerKey);
    }

    private void refuse(long organisationId, ErrorCode code, String why, String authKey) {
        refusals.refused(
organisationId, code.name() + ": " + why + (authKey == null ? ""
                : " (auth key " + (authKey.length() > 12 ? authKey.substring(0, 12) + "…" : authKey) + ")"));
        throw new BillingException(code, "BP-CARD-1: card callback refused: " + why);
    }

    /**
     * BP-CARD-1: registration is offered only where the contract pays by card (billing-portal
     * customers) and to partner stores (NB-CARD-1).
     */
    public boolean mayRegister(long organisationId, long memberId) {
        Organisation org = em.find(Organisation.class, organisationId);
        if (org == null) {
            return false;
        }
        if (org.getKind() == OrganisationKind.PARTNER_STORE) {
            return true;
        }
        // CB-WAL-1: a prepaid coupon company charges its wallet with its registered card
        if (org.getKind() == OrganisationKind.COUPON_COMPANY && org.getPaymentType() == PaymentType.PREPAID) {
            return true;
        }
        return accounts.ofMember(memberId).map(a -> a.getPaymentMethod().isCard()).orElse(false);
    }

    /**
     * BP-CARD-2: an auto-pay customer without a registered card must (re-)register it; the portal
     * shows "card not registered — registration needed" until it is done.
     */
    public boolean registrationNeeded(long organisationId, long memberId) {
        return accounts.ofMember(memberId).map(a -> a.getPaymentMethod() == PaymentMethod.CARD_AUTO).orElse(false)
                && activeCard(organisationId).isEmpty();
    }

    public Optional<PaymentCard> activeCard(long organisationId) {
        return em.createQuery("select c from PaymentCard c where c.organisationId = :o and c.active = true",
                PaymentCard.class).setParameter("o", organisationId).getResultStream().findFirst();
    }

    /**
     * Server-side registration with the organisation's pre-issue-14 customer key (demo data, tests): exchanges
     * the auth key and keeps the card; the previous card is retired. No page calls it: the portal's callback
     * goes through {@link #registerWithState}.
     */
    public PaymentCard register(long organisationId, long memberId, String authKey, String customerKey) {
        if (!mayRegister(organisationId, memberId)) {
            throw new BillingException(ErrorCode.CARD_PAYER_ONLY, "card registration is for card payers only");
        }
        if (!customerKeyOf(organisationId).equals(customerKey)) {
            throw new BillingException(ErrorCode.CARD_STATE_FOREIGN, "the callback belongs to another customer");
        }
        return keep(organisationId, authKey, customerKey);
    }

    private PaymentCard keep(long organisationId, String authKey, String customerKey) {
        PaymentGateway.BillingKey key = gateway.issueBillingKey(authKey, customerKey);
        Optional<PaymentCard> previous = activeCard(organisationId);
        previous.ifPresent(PaymentCard::retire);
        PaymentCard card = new PaymentCard(organisationId, customerKey, key.billingKey(), key.cardBrand(), key.last4(),
                clock.instant(), callContext.actorName());
        em.persist(card);
        audit.record(previous.isPresent()
 ? "CARD_CHANGED" : "CARD_REGISTERED", "ORGANISATION", organisationId,
                organisationId, previous.map(PaymentCard::masked).orElse(null), card.masked());
        return card;
    }
}
