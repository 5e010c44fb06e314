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
import com.bizbill.identity.PartnerStoreService;
import com.bizbill.identity.Role;
import com.bizbill.messaging.ClosedMonths;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
    PartnerStoreService stores;

    @Inject
    ClosedMonths closedMonths;

    @Inject
    com.bizbill.ledger.LedgerService ledger;

    @Inject
    com.bizbill.identity.PasswordHashing passwords;

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

    /** The password of every login {@link #staff} makes. */
    public static final String STAFF_PASSWORD = "Staff!2345";

    /**
     * A new staff member of the operator (the organisation the installation runs as) who logs in with
     * {@link #STAFF_PASSWORD}; returns the login id.
     */
    public String staff(String label) throws Exception {
        String login = "staff-" + label + "-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        Organisation operator = em.createQuery("select o from Organisation o where o.kind = :k", Organisation.class)
                .setParameter("k", OrganisationKind.OPERATOR).setMaxResults(1).getSingleResult();
        identity.createMember(login, STAFF_PASSWORD, "직원 " + label, Role.STAFF, operator.getId());
        tx.commit();
        return login;
    }

    /**
     * One login of each role, all new (issue 16 §5: tests that go through the login form as each role use these,
     * not the demo logins): staff, a billing customer, the master of an approved prepaid coupon company and its
     * accepted sub-member (both with a mobile of their own for the SMS step) and a partner store's admin. Returns,
     * by role, {loginId, password, mobile or null}.
     */
    public java.util.Map<Role, String[]> logins() throws Exception {
        java.util.Map<Role, String[]> out = new java.util.EnumMap<>(Role.class);
        out.put(Role.STAFF, new String[] {staff("matrix"), STAFF_PASSWORD, null});
        long customerMember = customer(PaymentMethod.BANK_TRANSFER, "역할", "role-")[1];
        out.put(Role.CUSTOMER, new String[] {em.find(Member.class, customerMember).getLoginId(), "Customer!2345", null});
        String u = UUID.randomUUID().toString().substring(0, 8);
        String masterMobile = mobile();
        String subMobile = mobile();
        tx.begin();
        Organisation coupon = Organisation.couponCompany("역할 쿠폰 " + u, BusinessNumber.parse("220-81-62517"), "김대표",
                PaymentType.PREPAID, clock.instant());
        coupon.approve();
        em.persist(coupon);
        em.flush();
        Member master = identity.createMember("master-" + u + "@example.com", "Master!2345", "역할 마스터", Role.MASTER,
                coupon.getId());
        master.setContact("master-" + u + "@example.com", masterMobile);
        Member sub = Member.invite(master, "sub-" + u + "@example.com", subMobile, "역할 서브회원",
                passwords.unusableHash(), clock.instant());
        sub.accept(passwords.hash("SubMember!2345"));
        em.persist(sub);
        Organisation store = identity.createOrganisation("역할 가맹점 " + u, OrganisationKind.PARTNER_STORE);
        store.setMainPhone(landline());
        em.flush();
        identity.createMember("partner-" + u, "Partner!2345", "역할 가맹점 관리자", Role.PARTNER_ADMIN, store.getId());
        tx.commit();
        out.put(Role.MASTER, new String[] {"master-" + u + "@example.com", "Master!2345", masterMobile});
        out.put(Role.SUB_MEMBER, new String[] {"sub-" + u + "@example.com", "SubMember!2345", subMobile});
        out.put(Role.PARTNER_ADMIN, new String[] {"partner-" + u, "Partner!2345", null});
        return out;
    }

    /** A mobile number no other test uses. */
    public static String mobile() {
        // the last four digits end in 1..7 (as 0001..0007 never are): never one of the sandbox's failing suffixes
        // (9999, 8888, 4040, 5050), which a random number hit now and then
        return "010" + String.format("%07d", ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000))
                + (1 + ThreadLocalRandom.current().nextInt(7));
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

    /**
     * Books {@code amount} won of prepaid balance for the organisation against the operator's cash, as the demo
     * customer's opening entry: its prepaid-balance ledger account (LIABILITY) and one entry.
     */
    public void prepaid(long organisationId, long amount) {
        String wallet = com.bizbill.ledger.LedgerAccounts.prepaidBalance(organisationId);
        ledger.openAccount(wallet, "선불 충전금 " + organisationId, com.bizbill.ledger.AccountType.LIABILITY,
                organisationId);
        ledger.post(new com.bizbill.ledger.PostEntryCommand("TEST_OPENING", "it-" + UUID.randomUUID(),
                "테스트 충전", List.of(new com.bizbill.ledger.PostEntryCommand.Line(
                        com.bizbill.ledger.LedgerAccounts.OPERATOR_CASH, amount),
                        new com.bizbill.ledger.PostEntryCommand.Line(wallet, -amount))));
    }

    /** A new partner store with a main number of its own; returns {storeId, adminMemberId}. */
    public long[] store(String label) throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        Organisation o = stores.register(label + " 가맹점 " + u, landline(), "store-" + u, "store-" + u + "@example.com");
        Member admin = em.createQuery("select m from Member m where m.loginId = :l", Member.class)
                .setParameter("l", "store-" + u).getSingleResult();
        tx.commit();
        return new long[] {o.getId(), admin.getId()};
    }

    /** A Seoul landline number no other test uses (02 and 8 digits), e.g. a store's main number. */
    public static String landline() {
        return "02" + String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
    }

    /** An API key of the organisation (its raw value, as a partner's system sends it). */
    public String apiKey(long organisationId, String label) {
        return identity.issueApiKey(organisationId, label);
    }

    /**
     * NB-CYC-1: a past usage month that, with the {@code following - 1} months after it, is still open — no
     * usage collection has started for it — so a test's usage of that month is billed with it and not carried
     * on. Found from the job claims (the rule ClosedMonths applies), never picked by hand to avoid other
     * tests; it is at least two months back, so it and the month after it are in the past.
     */
    public YearMonth openUsageMonth(int following) throws Exception {
        YearMonth candidate = YearMonth.now(clock).minusMonths(1 + following);
        for (int tries = 0; tries < 600; tries++, candidate = candidate.minusMonths(1)) {
            if (usageMonthsOpen(candidate, following)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no open usage month in 50 years");
    }

    /** Whether no usage collection has started for {@code month} nor for the {@code following - 1} months after it. */
    public boolean usageMonthsOpen(YearMonth month, int following) throws Exception {
        tx.begin();
        try {
            for (int k = 0; k < following; k++) {
                if (closedMonths.closed(-1L, month.plusMonths(k))) { // store -1 has no bill: only the job claims count
                    return false;
                }
            }
            return true;
        } finally {
            tx.commit();
        }
    }

    /**
     * How often the sandbox gateway was asked to charge these organisations' cards (issue 16 §5: counted on a
     * test's own cards, not on the gateway's total, which every other payment in the database moves too).
     */
    public long gatewayCharges(long... organisationIds) {
        List<String> keys = java.util.Arrays.stream(organisationIds)
                .mapToObj(o -> cards.activeCard(o).orElseThrow().getBillingKey()).toList();
        return em.createQuery("select count(p) from SandboxPayment p where p.billingKey in :k", Long.class)
                .setParameter("k", keys).getSingleResult();
    }

    /**
     * The latest day before {@code before} for which the job has no claim row (no run, live or past), found from
     * the claims rather than picked at random, so a test claiming it meets no other test's run.
     */
    public java.time.LocalDate unclaimedDay(String jobXmlName, java.time.LocalDate before) {
        java.util.Set<String> claimed = new java.util.HashSet<>(em.createQuery(
                "select j.period from JobRun j where j.jobName = :n", String.class)
                .setParameter("n", jobXmlName).getResultList());
        java.time.LocalDate day = before.minusDays(1);
        while (claimed.contains(day.toString())) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Registers a sandbox test card (see WalletIT's card numbers) as the organisation's card. */
    public void card(long organisationId, long memberId, String number) {
        String key = CardService.customerKeyOf(organisationId);
        String auth = sandbox.enterCard(number, 12, clock.instant().atZone(clock.getZone()).getYear() + 2, false,
                "900101", key);
        cards.register(organisationId, memberId, auth, key);
    }

    @Inject
    com.bizbill.catalog.CatalogRefreshWork catalogWork;

    /**
     * Issue 19: the coupon catalog from the sandbox supplier, one pass of the catalog job's work (as the daily job
     * keeps it); returns how many products were in error.
     */
    public long catalog() {
        String period = java.time.LocalDate.now(clock).toString();
        java.util.List<com.bizbill.catalog.CatalogRefreshWork.Listed> all = new java.util.ArrayList<>();
        catalogWork.items(period, com.bizbill.shared.jobs.JobPartition.WHOLE, null).forEachRemaining(all::add);
        long inError = catalogWork.process(period, all).inError();
        if (inError == 0) {
            catalogWork.finished(period, com.bizbill.shared.jobs.JobPartition.WHOLE);
        }
        return inError;
    }

    @Inject
    com.bizbill.wallet.WalletCharging charging;

    @Inject
    com.bizbill.billing.PaymentAttempts attempts;

    @Inject
    com.bizbill.messaging.AlimtalkTemplates templates;

    /** Issue 20: {@code amount} won in the organisation's wallet, by a virtual-account charge the sandbox bank paid. */
    public void wallet(long organisationId, long amount) {
        var charge = charging.startVirtualAccount(organisationId, amount, UUID.randomUUID().toString(), "it");
        sandbox.deposit(attempts.find(charge.getPaymentAttemptId()).orderId());
    }

    /** Issue 20: an active sub-member of the master with the monthly purchase limit; returns its id. */
    public long subMember(long masterId, com.bizbill.identity.MonthlyPurchaseLimit limit) throws Exception {
        tx.begin();
        Member master = em.find(Member.class, masterId);
        String email = "s-" + UUID.randomUUID() + "@example.com";
        Member sub = Member.invite(master, email, mobile(), "서브", passwords.hash("Sub!23456789"), clock.instant());
        sub.accept(passwords.hash("Sub!23456789"));
        sub.setMonthlyPurchaseLimit(limit);
        em.persist(sub);
        em.flush();
        tx.commit();
        return sub.getId();
    }

    /** Issue 20: an active Alimtalk template of the operator with the three variables; returns its id. */
    public long template() {
        return templates.save(null, "thanks", "감사 선물", "IT_" + UUID.randomUUID().toString().substring(0, 8),
                "#{이름}님, #{회사명}에서 감사의 마음을 전합니다. #{기념일}", true).getId();
    }

    @Inject
    com.bizbill.ordering.OrderPlacement placement;

    @Inject
    com.bizbill.dispatch.Dispatcher dispatcher;

    /**
     * Issue 22 §1: a coupon company's general order of a coffee and a burger set to one recipient, dispatched at once;
     * returns {token, mobile} of the recipient's coupon link.
     */
    public String[] couponLink() throws Exception {
        return couponLink(com.bizbill.catalog.QuotePricing.Kind.GENERAL);
    }

    /** As {@link #couponLink()}, of a general or a selectable order (issue 22 §2: the recipient picks one). */
    public String[] couponLink(com.bizbill.catalog.QuotePricing.Kind kind) throws Exception {
        long[] c = company(PaymentType.PREPAID, "선물하는 회사");
        return couponLink(kind, c);
    }

    /**
     * As {@link #couponLink()}, ordered by the given {organisation, member} (the demo master, so a browser can see
     * the order in its history); returns {token, mobile, order number}.
     */
    public String[] couponLink(com.bizbill.catalog.QuotePricing.Kind kind, long[] c) throws Exception {
        catalog();
        wallet(c[0], 100_000);
        String mobile = "0105" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        List<com.bizbill.ordering.PlaceOrder.Choice> products = java.util.stream.Stream.of("SB-CF-001", "SB-BG-001")
                .map(code -> new com.bizbill.ordering.PlaceOrder.Choice(em.createQuery(
                        "select p.id from Product p where p.supplierCode = :c", Long.class).setParameter("c", code)
                        .getSingleResult(), 30)).toList();
        var o = placement.place(c[1], new com.bizbill.ordering.PlaceOrder(null,
                kind, products, null, "감사 선물", null,
                List.of(new com.bizbill.ordering.RecipientRow(mobile, "김수신", "비즈상사", "대리")), false, template(),
                true, null, "#{이름}님, 늘 고맙습니다. 맛있게 드세요!", true, UUID.randomUUID().toString()));
        List<Long> ids = em.createQuery("select r.id from OrderRecipient r where r.orderId = :o", Long.class)
                .setParameter("o", o.getId()).getResultList();
        dispatcher.dispatch(o.getNumber(), ids);
        String token = em.createQuery("select r.token from OrderRecipient r where r.orderId = :o", String.class)
                .setParameter("o", o.getId()).getSingleResult();
        return new String[] {token, mobile, o.getNumber()};
    }

    @Inject
    com.bizbill.shared.jobs.JobRunService jobRuns;

    /**
     * Issue 23 §4: what the schedule's tick starts from 02:00 (the tick is off in the tests): the anniversary-orders
     * job for today by the (demo) clock, waited for; returns the run's status.
     */
    public String anniversaryDay() throws InterruptedException {
        // waited for here: the browser tests' archive has this class but not Deployments
        var run = jobRuns.start(com.bizbill.anniversary.AnniversaryJobs.ANNIVERSARY_ORDERS,
                java.time.LocalDate.now(clock).toString());
        long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until
                && jobRuns.find(run.getId()).getStatus() == com.bizbill.shared.jobs.JobRunStatus.RUNNING) {
            Thread.sleep(100);
        }
        return jobRuns.find(run.getId()).getStatus().name();
    }

    /**
     * Issue 24 §3: a postpaid invoice of last month for the demo company with its latest order as the line (the
     * browser journey views and downloads it; its rules are proved in CouponDocumentsIT).
     */
    public long demoPostpaidInvoice() throws Exception {
        tx.begin();
        Member master = em.createQuery("select m from Member m where m.loginId = :l", Member.class)
                .setParameter("l", com.bizbill.shared.setup.DemoData.MASTER_LOGIN).getSingleResult();
        long org = master.getOrganisation().getId();
        String month = java.time.YearMonth.now(clock).minusMonths(1).toString();
        var known = em.createQuery("select i from com.bizbill.postpaid.PostpaidInvoice i where i.organisationId = :o "
                + "and i.month = :m", com.bizbill.postpaid.PostpaidInvoice.class).setParameter("o", org)
                .setParameter("m", month).getResultList();
        if (!known.isEmpty()) {
            tx.commit();
            return known.get(0).getId();
        }
        var invoice = new com.bizbill.postpaid.PostpaidInvoice(org, month, 12_345, 0, clock.instant());
        em.persist(invoice);
        em.flush();
        var order = em.createQuery("select o from CouponOrder o where o.organisationId = :o order by o.id desc",
                com.bizbill.ordering.CouponOrder.class).setParameter("o", org).setMaxResults(1).getSingleResult();
        em.persist(new com.bizbill.postpaid.PostpaidInvoiceLine(invoice.getId(), order.getId(), order.getNumber(),
                order.getName(), order.getPlacedAt(), order.getFinalAmount(), 12_345));
        tx.commit();
        return invoice.getId();
    }
}
