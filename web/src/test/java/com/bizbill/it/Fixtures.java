package com.bizbill.it;

import com.bizbill.billing.BillingAccount;
import com.bizbill.billing.CardService;
import com.bizbill.billing.PaymentMethod;
import com.bizbill.billing.gateway.SandboxPaymentGateway;
import com.bizbill.identity.BusinessNumber;
import com.bizbill.identity.IdentityService;
import com.bizbill.identity.Member;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.PaymentType;
import com.bizbill.identity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.UUID;

/**
 * The data in-container tests make for themselves, in one place: each call makes a new organisation, so
 * tests never share one and do not depend on one another's order. {@code label} only names what was made.
 */
@Dependent
public class Fixtures {

    @Inject
    IdentityService identity;

    @Inject
    CardService cards;

    @Inject
    SandboxPaymentGateway sandbox;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    /**
     * A new billing-portal customer with a login {@code loginPrefix + random} (also its contact mail's local
     * part); returns {billingAccountId, memberId, organisationId}.
     */
    public long[] customer(PaymentMethod method, String label, String loginPrefix) throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        Organisation org = identity.createOrganisation(label + " 고객 " + u, OrganisationKind.CUSTOMER);
        em.flush();
        Member m = identity.createMember(loginPrefix + u, "Customer!2345", "고객 " + u, Role.CUSTOMER, org.getId());
        BillingAccount account = new BillingAccount(org, label + " " + u, method, loginPrefix + u + "@example.com", false,
                clock.instant());
        em.persist(account);
        account.attachLogin(m);
        em.flush();
        tx.commit();
        return new long[] {account.getId(), m.getId(), org.getId()};
    }

    /** A new approved coupon company of the payment type with its master; returns {orgId, masterId}. */
    public long[] company(PaymentType type, String label) throws Exception {
        tx.begin();
        Organisation org = Organisation.couponCompany(label + " " + UUID.randomUUID().toString().substring(0, 6),
                BusinessNumber.parse("220-81-62517"), "김대표", type, clock.instant());
        org.approve();
        em.persist(org);
        em.flush();
        Member master = identity.createMember("m-" + UUID.randomUUID() + "@example.com", "Master!2345", "홍길동",
                Role.MASTER, org.getId());
        em.flush();
        tx.commit();
        return new long[] {org.getId(), master.getId()};
    }

    /** Registers a sandbox test card (see WalletIT's card numbers) as the organisation's card. */
    public void card(long organisationId, long memberId, String number) {
        String key = CardService.customerKeyOf(organisationId);
        String auth = sandbox.enterCard(number, 12, clock.instant().atZone(clock.getZone()).getYear() + 2, false,
                "900101", key);
        cards.register(organisationId, memberId, auth, key);
    }
}
