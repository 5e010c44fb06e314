package com.bizbill.shared.setup;

import com.bizbill.identity.IdentityService;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.Role;
import com.bizbill.ledger.AccountType;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo logins and a little money once, in demo mode only. The SYSTEM_FLAG row is written
 * in the same transaction, so a restart never loads the demo data twice. Logins are in the README.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class DemoData {

    public static final String STAFF_LOGIN = "admin";
    public static final String STAFF_PASSWORD = "Admin!2345";
    public static final String CUSTOMER_LOGIN = "customer";
    public static final String CUSTOMER_PASSWORD = "Customer!2345";
    /** Documented demo key of the demo customer (demo mode only; real keys are random and shown once). */
    public static final String CUSTOMER_API_KEY = "bzb_demo_customer_key_0000000000000000000000";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "bizbill.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    LedgerService ledger;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!demo || em.find(SystemFlag.class, SystemFlag.DEMO_DATA_LOADED) != null) {
            return;
        }
        Organisation operator = identity.createOrganisation("Bizbill 운영사", OrganisationKind.OPERATOR);
        Organisation customer = identity.createOrganisation("데모 주식회사", OrganisationKind.CUSTOMER);
        em.flush();
        identity.createMember(STAFF_LOGIN, STAFF_PASSWORD, "운영 관리자", Role.STAFF, operator.getId());
        identity.createMember(CUSTOMER_LOGIN, CUSTOMER_PASSWORD, "데모 고객", Role.CUSTOMER, customer.getId());
        identity.registerApiKey(customer.getId(), "demo", CUSTOMER_API_KEY);

        ledger.openAccount(LedgerAccounts.OPERATOR_CASH, "운영사 보통예금", AccountType.ASSET, null);
        ledger.openAccount(LedgerAccounts.OPERATOR_FEE_REVENUE, "수수료 수익", AccountType.REVENUE, null);
        String wallet = LedgerAccounts.prepaidBalance(customer.getId());
        ledger.openAccount(wallet, "데모 주식회사 선불 충전금", AccountType.LIABILITY, customer.getId());
        ledger.post(new PostEntryCommand("DEMO_OPENING", "demo-1", "데모 충전 50,000원", List.of(
                new PostEntryCommand.Line(LedgerAccounts.OPERATOR_CASH, 50_000),
                new PostEntryCommand.Line(wallet, -50_000))), "demo-data");

        em.persist(new SystemFlag(SystemFlag.DEMO_DATA_LOADED, clock.instant()));
        LOG.info("demo data loaded: logins " + STAFF_LOGIN + " and " + CUSTOMER_LOGIN);
    }
}
