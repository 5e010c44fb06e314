package com.bizbill.billing;

import com.bizbill.billing.gateway.PaymentGateway;
import com.bizbill.identity.IdentityException;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.PaymentType;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Card registration for recurring payment (BP-CARD-1/2, NB-CARD-1): the card is typed on the
 * payment gateway's page, which returns an auth key; here it is exchanged for a billing key, and only
 * the billing key, brand and last 4 digits are kept. Registering again is the card change.
 */
@Stateless
public class CardService {

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

    /** The gateway customer key of an organisation; the callback must come back with exactly this one. */
    public static String customerKeyOf(long organisationId) {
        return "BZC-" + organisationId;
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

    /** The gateway's callback: exchanges the auth key and keeps the card; the previous card is retired. */
    public PaymentCard register(long organisationId, long memberId, String authKey, String customerKey, String actor) {
        if (!mayRegister(organisationId, memberId)) {
            throw new IdentityException(ErrorCode.FORBIDDEN, "card registration is for card payers only");
        }
        if (!customerKeyOf(organisationId).equals(customerKey)) {
            throw new IdentityException(ErrorCode.FORBIDDEN, "the callback belongs to another customer");
        }
        PaymentGateway.BillingKey key = gateway.issueBillingKey(authKey, customerKey);
        Optional<PaymentCard> previous = activeCard(organisationId);
        previous.ifPresent(PaymentCard::retire);
        PaymentCard card = new PaymentCard(organisationId, customerKey, key.billingKey(), key.cardBrand(), key.last4(),
                clock.instant(), actor);
        em.persist(card);
        audit.record(actor, previous.isPresent() ? "CARD_CHANGED" : "CARD_REGISTERED", "ORGANISATION", organisationId,
                organisationId, previous.map(PaymentCard::masked).orElse(null), card.masked());
        return card;
    }
}
