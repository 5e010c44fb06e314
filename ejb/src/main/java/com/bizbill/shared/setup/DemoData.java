package com.bizbill.shared.setup;

import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.context.Actor;
import com.bizbill.billing.BillingAccount;
import com.bizbill.billing.PaymentMethod;
import com.bizbill.identity.BusinessNumber;
import com.bizbill.identity.IdentityService;
import com.bizbill.identity.Member;
import com.bizbill.identity.PaymentType;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.Role;
import com.bizbill.billing.CardService;
import com.bizbill.billing.gateway.SandboxPaymentGateway;
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

    @Inject
    CallContext callContext;

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
    com.bizbill.identity.PasswordHashing passwords;

    @Inject
    LedgerService ledger;

    @Inject
    CardService cards;

    @Inject
    com.bizbill.billing.InvoiceService invoices;

    @Inject
    SandboxPaymentGateway sandboxPg;

    @Inject
    Clock clock;

    public static final String MASTER_LOGIN = "master@demo.example";
    public static final String MASTER_PASSWORD = "Master!2345";
    public static final String SUB_MEMBER_LOGIN = "sub@demo.example";
    public static final String SUB_MEMBER_PASSWORD = "SubMember!2345";
    public static final String PARTNER_LOGIN = "partner";
    public static final String PARTNER_PASSWORD = "Partner!2345";
    public static final String CUSTOMER_CONTACT = "customer@demo.example";
    static final String IDENTITY_SET = "demo-identity-loaded";
    static final String WALLET_SET = "demo-wallet-loaded";
    static final String BILLING_SET = "demo-billing-loaded";
    static final String PAY_NOW_SET = "demo-pay-now-loaded";
    static final String USAGE_SET = "demo-usage-loaded";
    static final String COUPON_SET = "demo-coupon-templates-loaded";
    /** A card-immediate billing customer (BP-PAY-5) with a registered card and open invoices. */
    public static final String PAY_NOW_LOGIN = "customer2";
    public static final String PAY_NOW_PASSWORD = "Customer2!2345";
    /** The operator's billing system's API key (invoice import, BP-INV-2). */
    public static final String BILLING_SYSTEM_API_KEY = "bzb_demo_billing_system_key_000000000000000";
    /** The demo coupon company's API key (partner API, benchmark). */
    public static final String COUPON_API_KEY = "bzb_demo_coupon_key_000000000000000000000000";
    /** The demo partner store's API key (sending messages, NB-USE-1; benchmark). */
    public static final String STORE_API_KEY = "bzb_demo_store_key_0000000000000000000000000";

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        // each set has its own flag, so a database from an older version gets only what it lacks
        loadOnce(SystemFlag.DEMO_DATA_LOADED, this::foundationSet);
        loadOnce(IDENTITY_SET, this::identitySet);
        loadOnce(WALLET_SET, this::walletSet);
        loadOnce(BILLING_SET, this::billingSet);
        loadOnce(PAY_NOW_SET, this::payNowSet);
        loadOnce(USAGE_SET, this::usageSet);
        loadOnce(COUPON_SET, this::couponSet);
    }

    @Inject
    com.bizbill.messaging.AlimtalkTemplates templates;

    /**
     * Issue 20: the operator's Alimtalk templates an order chooses from (CB-ORD-10), as staff would enter them; the
     * catalog itself comes from the sandbox supplier by the catalog job.
     */
    private void couponSet() {
        templates.save(null, "thanks", "감사 인사", "BZ_THANKS_01",
                "#{이름}님, 안녕하세요.\n#{회사명}에서 감사의 마음을 담아 선물을 보내드립니다.\n아래 버튼을 눌러 쿠폰을 확인하세요.", true);
        templates.save(null, "birthday", "생일 축하", "BZ_BIRTHDAY_01",
                "#{이름}님, 생일을 축하드립니다!\n#{회사명}에서 작은 선물을 준비했습니다.", true);
        templates.save(null, "anniversary", "기념일", "BZ_ANNIV_01",
                "#{이름}님, #{기념일} 진심으로 축하드립니다.\n#{회사명} 드림", true);
        LOG.info("demo coupon set loaded: 3 Alimtalk templates");
    }

    /**
     * The demo partner store's API key and its delivered messages of last month and this month so far
     * (NB-USE-1), no card yet (NB-CARD-1 is the store's first step), so the cycle can be watched.
     */
    private void usageSet() {
        Member admin = em.createQuery("select m from Member m where m.loginId = :id", Member.class)
                .setParameter("id", PARTNER_LOGIN).getSingleResult();
        long store = admin.getOrganisation().getId();
        identity.registerApiKey(store, "demo", STORE_API_KEY);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        java.time.LocalDate day = java.time.YearMonth.from(today).minusMonths(1).atDay(1);
        java.util.Random random = new java.util.Random(42); // the same demo every time
        int n = 0;
        for (; day.isBefore(today); day = day.plusDays(1)) {
            int[] counts = {20 + random.nextInt(30), random.nextInt(6), random.nextInt(3), random.nextInt(3)};
            com.bizbill.messaging.MessageType[] types = {com.bizbill.messaging.MessageType.ALIMTALK,
                    com.bizbill.messaging.MessageType.SMS, com.bizbill.messaging.MessageType.LMS,
                    com.bizbill.messaging.MessageType.ALIMTALK};
            for (int t = 0; t < types.length; t++) {
                for (int i = 0; i < counts[t]; i++) {
                    java.time.Instant at = day.atTime(9 + i % 12, i % 60).atZone(clock.getZone()).toInstant();
                    em.persist(com.bizbill.messaging.UsageRecord.imported(store, types[t], at, day,
                            "DEMO-" + store + "-" + (++n), t < 3)); // the last group: failed, not billed
                }
            }
        }
        LOG.info("demo usage set loaded: " + n + " messages of " + PARTNER_LOGIN + "'s store, API key");
    }

    /** A second billing customer who pays by card at once: a card, two invoices of this month, one of last. */
    private void payNowSet() {
        Organisation org = identity.createOrganisation("데모 상사", OrganisationKind.CUSTOMER);
        em.flush();
        Member m = identity.createMember(PAY_NOW_LOGIN, PAY_NOW_PASSWORD, "데모 상사 담당자", Role.CUSTOMER, org.getId());
        BillingAccount account = new BillingAccount(org, "데모 상사", PaymentMethod.CARD_IMMEDIATE,
                "customer2@demo.example", false, clock.instant());
        em.persist(account);
        m.setContact("customer2@demo.example", null);
        account.attachLogin(m);
        em.flush();
        registerCard(org.getId(), m.getId(), "5500000000000004", "850505");
        java.time.YearMonth now = java.time.YearMonth.now(clock);
        int n = 0;
        for (java.time.YearMonth mo : List.of(now.minusMonths(1), now, now)) {
            long supply = 40_000 + 10_000L * n++;
            invoices.importInvoice(account.getId(), "DEMO2-" + mo + "-" + n, new com.bizbill.billing.InvoiceData(mo,
                    mo.atDay(5), mo.atEndOfMonth(), supply, supply / 10, supply + supply / 10, List.of(
                    new com.bizbill.billing.InvoiceLine("메시징 서비스", mo.toString(), supply))));
        }
        LOG.info("demo pay-now set loaded: " + PAY_NOW_LOGIN);
    }

    /** The billing system's API key and two invoices of the demo customer: last month's and this month's. */
    private void billingSet() {
        Organisation operator = em.createQuery("select o from Organisation o where o.kind = :k order by o.id",
                Organisation.class).setParameter("k", OrganisationKind.OPERATOR).setMaxResults(1).getSingleResult();
        identity.registerApiKey(operator.getId(), "billing-system", BILLING_SYSTEM_API_KEY);
        BillingAccount account = em.createQuery("select b from BillingAccount b where b.member.loginId = :id",
                BillingAccount.class).setParameter("id", CUSTOMER_LOGIN).getSingleResult();
        java.time.YearMonth now = java.time.YearMonth.now(clock);
        for (java.time.YearMonth m : List.of(now.minusMonths(1), now)) {
            long supply = m.equals(now) ? 150_000 : 120_000;
            invoices.importInvoice(account.getId(), "DEMO-" + m, new com.bizbill.billing.InvoiceData(m, m.atDay(5),
                    m.atEndOfMonth(), supply, supply / 10, supply + supply / 10, List.of(
                            new com.bizbill.billing.InvoiceLine("클라우드 서버 이용료", m.atDay(1) + " ~ " + m.atEndOfMonth(),
                                    supply - 30_000),
                            new com.bizbill.billing.InvoiceLine("기술 지원", m.toString(), 30_000))));
        }
        LOG.info("demo billing set loaded: billing-system API key and invoices of " + CUSTOMER_LOGIN);
    }

    /**
     * The demo coupon company gets an API key and a sandbox card, registered through the gateway like a
     * customer would (personal card, birth date). Its wallet starts empty: charge it to see it move.
     */
    private void walletSet() {
        Member master = em.createQuery("select m from Member m where m.loginId = :id", Member.class)
                .setParameter("id", MASTER_LOGIN).getSingleResult();
        long org = master.getOrganisation().getId();
        identity.registerApiKey(org, "demo", COUPON_API_KEY);
        registerCard(org, master.getId(), "4000000001000001", "800101");
        em.flush();
        LOG.info("demo wallet set loaded: API key and card for " + MASTER_LOGIN);
    }

    /** A sandbox card registered the way a customer does it: typed on the gateway's page, then exchanged. */
    private void registerCard(long organisationId, long memberId, String number, String birthDate) {
        String customerKey = CardService.customerKeyOf(organisationId);
        String authKey = sandboxPg.enterCard(number, 12, java.time.Year.now(clock).getValue() + 3, false, birthDate,
                customerKey);
        callContext.runAs(Actor.system("demo-data"));
        cards.register(organisationId, memberId, authKey, customerKey);

    }

    private void loadOnce(String flag, Runnable set) {
        if (em.find(SystemFlag.class, flag) == null) {
            set.run();
            em.persist(new SystemFlag(flag, clock.instant()));
            em.flush();
        }
    }

    /** One login per role of the identity issue, and the billing account of the demo customer. */
    private void identitySet() {
        Member customer = em.createQuery("select m from Member m where m.loginId = :id", Member.class)
                .setParameter("id", CUSTOMER_LOGIN).getSingleResult();
        BillingAccount account = new BillingAccount(customer.getOrganisation(), "데모 주식회사 본사",
                PaymentMethod.CARD_AUTO, CUSTOMER_CONTACT, false, clock.instant());
        account.assignVirtualAccount("20", "56201234567890"); // BP-INV-3: deposits to it are matched by it
        em.persist(account);
        customer.setContact(CUSTOMER_CONTACT, null);
        account.attachLogin(customer);

        Organisation coupon = Organisation.couponCompany("데모 쿠폰 주식회사", BusinessNumber.parse("220-81-62517"),
                "김대표", PaymentType.PREPAID, clock.instant());
        coupon.approve();
        em.persist(coupon);
        em.flush();
        Member master = identity.createMember(MASTER_LOGIN, MASTER_PASSWORD, "쿠폰 마스터", Role.MASTER, coupon.getId());
        master.setContact(MASTER_LOGIN, "01012345678");
        // CB-MEM-4: the demo sub-member is invited by the master and has accepted
        Member sub = Member.invite(master, SUB_MEMBER_LOGIN, "01087654321", "쿠폰 서브회원", passwords.unusableHash(),
                clock.instant());
        sub.accept(passwords.hash(SUB_MEMBER_PASSWORD));
        em.persist(sub);

        Organisation store = identity.createOrganisation("데모 분식 강남점", OrganisationKind.PARTNER_STORE);
        store.setMainPhone("0212345678");
        em.flush();
        identity.createMember(PARTNER_LOGIN, PARTNER_PASSWORD, "가맹점 관리자", Role.PARTNER_ADMIN, store.getId());
        LOG.info("demo identity set loaded: " + MASTER_LOGIN + ", " + SUB_MEMBER_LOGIN + ", " + PARTNER_LOGIN);
    }

    private void foundationSet() {
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
                new PostEntryCommand.Line(wallet, -50_000))));
        LOG.info("demo data loaded: logins " + STAFF_LOGIN + " and " + CUSTOMER_LOGIN);
    }
}
