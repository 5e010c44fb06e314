package com.bizbill.shared.setup;

import com.bizbill.billing.BillingAccount;
import com.bizbill.billing.CardService;
import com.bizbill.billing.PaymentCard;
import com.bizbill.billing.PaymentMethod;
import com.bizbill.billing.gateway.PaymentGateway;
import com.bizbill.billing.gateway.SandboxPaymentGateway;
import com.bizbill.identity.IdentityService;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.shared.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's data set (bench only, see {@link BenchData}): card-auto billing accounts named
 * {@code BENCH-0001}, {@code BENCH-0002}, …, each with its own customer organisation, no login, and a
 * sandbox card that the gateway approves. Nothing here runs unless {@code bizbill.bench.accounts} is set.
 */
@Stateless
public class BenchAccounts {

    /** Prefix of the bench accounts' names; the number follows, at least 4 digits. */
    public static final String NAME_PREFIX = "BENCH-";
    /** A card the sandbox gateway approves (any valid number not ending 0002/0003/0009). */
    static final String OK_CARD = "4111111111111111";
    static final String ACTOR = "bench-data";

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    SandboxPaymentGateway sandboxPg;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** One bench account as the benchmark addresses it. */
    public record BenchAccount(long billingAccountId, String name, long organisationId) {
    }

    public static String nameOf(int number) {
        return NAME_PREFIX + String.format("%04d", number);
    }

    /** The bench accounts, by name (BENCH-0001 first). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<BenchAccount> list() {
        return em.createQuery("select b.id, b.name, b.organisation.id from BillingAccount b where b.name like :p "
                        + "and b.member is null and b.paymentMethod = :m order by b.id", Object[].class)
                .setParameter("p", NAME_PREFIX + "%").setParameter("m", PaymentMethod.CARD_AUTO)
                .getResultList().stream()
                .map(r -> new BenchAccount((Long) r[0], (String) r[1], (Long) r[2]))
                .filter(a -> a.name().substring(NAME_PREFIX.length()).matches("\\d{4,}"))
                .sorted(java.util.Comparator.comparingInt(a -> Integer.parseInt(a.name().substring(NAME_PREFIX.length()))))
                .toList();
    }

    /** Names of the bench accounts that exist already (a restart creates only the missing ones). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> existingNames() {
        return new HashSet<>(list().stream().map(BenchAccount::name).toList());
    }

    /**
     * Creates the bench accounts {@code from..to} (inclusive) not in {@code existing}, in one transaction:
     * organisation, login-less card-auto billing account, sandbox card typed on the gateway's page and
     * exchanged for a billing key.
     *
     * @return how many were created
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int create(int from, int to, Set<String> existing) {
        int created = 0;
        for (int n = from; n <= to; n++) {
            String name = nameOf(n);
            if (existing.contains(name)) {
                continue;
            }
            Organisation org = identity.createOrganisation(name + " 벤치 주식회사", OrganisationKind.CUSTOMER);
            em.flush();
            BillingAccount account = new BillingAccount(org, name, PaymentMethod.CARD_AUTO,
                    name.toLowerCase() + "@bench.example", false, clock.instant());
            em.persist(account);
            registerCard(org.getId());
            created++;
        }
        em.flush();
        return created;
    }

    /**
     * The card is typed on the sandbox gateway's page and the auth key exchanged for a billing key, as
     * {@link CardService#register} does; CardService itself cannot be used because it asks for the
     * account's login (BP-CARD-1: the member registering the card), and bench accounts have none.
     */
    private void registerCard(long organisationId) {
        String customerKey = CardService.customerKeyOf(organisationId);
        String authKey = sandboxPg.enterCard(OK_CARD, 12, Year.now(clock).getValue() + 3, false, "800101", customerKey);
        PaymentGateway.BillingKey key = sandboxPg.issueBillingKey(authKey, customerKey);
        PaymentCard card = new PaymentCard(organisationId, customerKey, key.billingKey(), key.cardBrand(), key.last4(),
                clock.instant(), ACTOR);
        em.persist(card);
        audit.recordAs(com.bizbill.shared.context.Actor.system(ACTOR), "CARD_REGISTERED", "ORGANISATION", organisationId, organisationId, null, card.masked());
    }
}
