package com.bizbill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.billing.gateway.GatewayOutcomeUnknown;
import com.bizbill.billing.gateway.PaymentGateway;
import com.bizbill.billing.gateway.SandboxPaymentGateway;
import com.bizbill.identity.IdentityService;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.ledger.AccountType;
import com.bizbill.ledger.BalanceSnapshot;
import com.bizbill.ledger.JournalEntry;
import com.bizbill.ledger.LedgerException;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import com.bizbill.ledger.SnapshotService;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.jobs.JobClaims;
import com.bizbill.shared.jobs.JobRun;
import com.bizbill.shared.jobs.JobRunService;
import com.bizbill.shared.jobs.JobRunStatus;
import com.bizbill.shared.jobs.PeriodicJob;
import com.bizbill.shared.mail.MailMessage;
import com.bizbill.shared.mail.MailSender;
import com.bizbill.shared.mail.Outbox;
import com.bizbill.shared.time.ClockOffset;
import com.bizbill.shared.time.DemoClockService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container tests of the foundation slice: the EJB transaction boundary of the ledger, the
 * batch job's idempotence, the claim rows, the demo clock, the mail sandbox and the identity store.
 * One deployment for all of them (each deployment boots a Payara Micro, ~25 s).
 */
@ExtendWith(ArquillianExtension.class)
class ContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(ContainerIT.class, Deployments.class, Acting.class, Fixtures.class);
    }

    @Inject
    LedgerService ledger;

    @Inject
    SnapshotService snapshots;

    @Inject
    JobRunService jobs;

    @Inject
    JobClaims claims;

    @Inject
    com.bizbill.shared.context.CallContext callContext;

    @Inject
    com.bizbill.shared.jobs.NodeIdentity node;

    @Inject
    DemoClockService demoClock;

    /** Issue 16 §5: a test that moved the shared demo clock puts it back even when it fails half-way. */
    @org.junit.jupiter.api.AfterEach
    void putTheDemoClockBack() {
        if (!demoClock.offset().isZero()) {
            demoClock.reset();
        }
    }

    @Inject
    Clock clock;

    @Inject
    MailSender mail;

    @Inject
    Outbox outbox;

    @Inject
    IdentityService identity;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    private String[] openAccounts() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String cash = "T:" + suffix + ":CASH";
        String wallet = "T:" + suffix + ":WALLET";
        String fee = "T:" + suffix + ":FEE";
        ledger.openAccount(cash, "test cash", AccountType.ASSET, null);
        ledger.openAccount(wallet, "test wallet", AccountType.LIABILITY, null);
        ledger.openAccount(fee, "test fees", AccountType.REVENUE, null);
        return new String[] {cash, wallet, fee};
    }

    @Test
    void balancedEntryPostsAndBalancesAreDerivedFromPostings() {
        String[] a = openAccounts();
        ledger.post(new PostEntryCommand("TEST_CHARGE", "t-1", "charge", List.of(
                new PostEntryCommand.Line(a[0], 11_000),
                new PostEntryCommand.Line(a[1], -10_000),
                new PostEntryCommand.Line(a[2], -1_000))));
        assertEquals(11_000, ledger.balance(a[0]).balance());
        assertEquals(10_000, ledger.balance(a[1]).balance(), "a liability reads positive");
        assertEquals(1_000, ledger.balance(a[2]).balance());
        assertTrue(ledger.check().ok(), "all postings still sum to zero");
    }

    @Test
    void aFailureInTheMiddleRollsBackEverythingOfTheTransaction() {
        String[] a = openAccounts();
        long entriesBefore = ledger.countEntries();
        PostEntryCommand good = new PostEntryCommand("TEST", "t-2", "good", List.of(
                new PostEntryCommand.Line(a[0], 5_000), new PostEntryCommand.Line(a[1], -5_000)));
        PostEntryCommand unknownAccount = new PostEntryCommand("TEST", "t-3", "bad", List.of(
                new PostEntryCommand.Line(a[0], 5_000), new PostEntryCommand.Line("T:NO-SUCH-ACCOUNT", -5_000)));

        LedgerException e = assertThrows(LedgerException.class,
                () -> ledger.postAll(List.of(good, unknownAccount)));
        assertEquals(ErrorCode.LEDGER_UNKNOWN_ACCOUNT, e.getCode());
        // the first, valid entry was posted and flushed inside the transaction, then rolled back with it
        assertEquals(entriesBefore, ledger.countEntries());
        assertEquals(0, ledger.balance(a[0]).balance());
        assertEquals(0, ledger.balance(a[1]).balance());
    }

    @Test
    void unbalancedEntryIsRefusedWithItsCode() {
        String[] a = openAccounts();
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.post(new PostEntryCommand("TEST",
                null, null, List.of(new PostEntryCommand.Line(a[0], 100), new PostEntryCommand.Line(a[1], -99)))));
        assertEquals(ErrorCode.LEDGER_UNBALANCED_ENTRY, e.getCode());
        assertEquals(0, ledger.balance(a[0]).balance());
    }

    @Test
    void postedEntriesCannotBeChangedOrDeleted() throws Exception {
        String[] a = openAccounts();
        long id = ledger.post(new PostEntryCommand("TEST", "t-4", "x", List.of(
                new PostEntryCommand.Line(a[0], 1), new PostEntryCommand.Line(a[1], -1))));
        tx.begin();
        try {
            JournalEntry entry = em.find(JournalEntry.class, id);
            assertThrows(IllegalStateException.class, () -> em.remove(entry));
        } finally {
            tx.rollback();
        }
        assertNotNull(em.find(JournalEntry.class, id));
        assertEquals(1, ledger.balance(a[0]).balance());
    }

    @Test
    void snapshotJobIsIdempotentForAPeriod() throws Exception {
        String[] a = openAccounts();
        ledger.post(new PostEntryCommand("TEST", "t-5", "before the snapshot day ends", List.of(
                new PostEntryCommand.Line(a[0], 7_000), new PostEntryCommand.Line(a[1], -7_000))));
        LocalDate day = LocalDate.now(clock); // today's snapshot includes the entry above
        long accounts = ledger.allAccounts().size();

        JobRun first = runToEnd(day);
        assertEquals(JobRunStatus.COMPLETED, first.getStatus(), first.getMessage());
        long afterFirst = snapshots.countSnapshots(day);
        assertEquals(accounts, afterFirst, "one snapshot per account");
        assertEquals(accounts, first.getItemsWritten(), "issue 16 §1: the run's count is what its chunks wrote");
        BalanceSnapshot wallet = snapshots.snapshots(day).stream()
                .filter(s -> s.getAccountId() == ledger.findAccount(a[1]).orElseThrow().getId())
                .findFirst().orElseThrow();
        assertEquals(-7_000, wallet.getPostingSum(), "the snapshot is the sum of the postings");

        JobRun second = runToEnd(day);
        assertEquals(JobRunStatus.COMPLETED, second.getStatus());
        assertEquals(first.getId(), second.getId(), "the same claim row, taken again");
        assertEquals(first.getAttempts() + 1, second.getAttempts());
        assertEquals(0, second.getItemsWritten(), "the second run writes nothing");
        assertEquals(afterFirst, snapshots.countSnapshots(day));

        // the history shown to staff: one job's runs only, or only runs in one state, newest first
        var ofSnapshot = jobs.history(com.bizbill.ledger.LedgerJobs.LEDGER_SNAPSHOT, null, 0, 500).items();
        assertTrue(ofSnapshot.stream().anyMatch(r -> r.getId().equals(first.getId())));
        assertTrue(ofSnapshot.stream().allMatch(r -> r.getJobName().equals(com.bizbill.ledger.LedgerJobs.LEDGER_SNAPSHOT.jobXmlName())));
        assertTrue(jobs.history(com.bizbill.ledger.LedgerJobs.LEDGER_SNAPSHOT, JobRunStatus.FAILED, 0, 500).items().stream()
                .noneMatch(r -> r.getId().equals(first.getId())), "a completed run is not among the failed ones");
        assertTrue(jobs.history(com.bizbill.usage.UsageJobs.USAGE_CHARGE, null, 0, 500).items().stream()
                .noneMatch(r -> r.getId().equals(first.getId())));
        assertEquals(jobs.history(0, 1).total(), jobs.history(null, null, 0, 1).total(), "no filter: every run");
    }

    @Test
    void aLiveClaimRefusesASecondStartOfTheSamePeriod() {
        String period = "2001-01-0" + (1 + (int) (Math.random() * 8));
        String job = "claim-test-" + UUID.randomUUID();
        Acting.asStaff(callContext, "first");
        claims.claim(job, period, r -> true);
        Acting.asStaff(callContext, "second");
        BizbillException e = assertThrows(BizbillException.class, () -> claims.claim(job, period, r -> true));
        assertEquals(ErrorCode.JOB_ALREADY_RUNNING, e.getCode());
        // a dead run (its execution gone) is taken over
        Acting.asStaff(callContext, "third");
        JobRun again = claims.claim(job, period, r -> false);
        assertEquals("third", again.getStartedBy());
        assertEquals(2, again.getAttempts());
    }

    /**
     * Issue 16 §2: a run claimed by another node, whose execution id our own job repository does not know
     * (or knows as something else), is alive while its heartbeat is fresh, and taken over only when stale.
     */
    @Test
    void issue16AnotherNodesRunLivesByItsHeartbeatWhateverOurJobRepositorySays() throws Exception {
        String period = fixtures.unclaimedDay(com.bizbill.ledger.LedgerJobs.LEDGER_SNAPSHOT.jobXmlName(), LocalDate.now(clock).minusDays(400))
                .toString();
        JobRun mine = claims.claim(com.bizbill.ledger.LedgerJobs.LEDGER_SNAPSHOT.jobXmlName(), period, r -> true);
        assertEquals(node.id(), mine.getOwnerNode(), "the claim names this node");
        assertNotNull(mine.getHeartbeatAt());
        String other = "node-b#4242-abcdef";
        Instant nodeBsBeat = Instant.now().minusSeconds(5);
        tx.begin();
        em.createQuery("update JobRun r set r.ownerNode = :n, r.heartbeatAt = :h, r.executionId = 1 where r.id = :id")
                .setParameter("n", other).setParameter("h", nodeBsBeat)
                .setParameter("id", mine.getId()).executeUpdate();
        tx.commit();

        BizbillException e = assertThrows(BizbillException.class, () -> jobs.start(com.bizbill.ledger.LedgerJobs.LEDGER_SNAPSHOT, period));
        assertEquals(ErrorCode.JOB_ALREADY_RUNNING, e.getCode(), "a fresh heartbeat: node b still runs it");
        jobs.beatOwnRuns();
        JobRun seen = jobs.find(mine.getId());
        assertEquals(other, seen.getOwnerNode());
        assertTrue(!seen.getHeartbeatAt().isAfter(nodeBsBeat.plusSeconds(1)), "our heartbeat never beats for node b");

        tx.begin();
        em.createQuery("update JobRun r set r.heartbeatAt = :h where r.id = :id")
                .setParameter("h", Instant.now().minus(JobRunService.STALE_AFTER).minusSeconds(1))
                .setParameter("id", mine.getId()).executeUpdate();
        tx.commit();
        JobRun taken = jobs.start(com.bizbill.ledger.LedgerJobs.LEDGER_SNAPSHOT, period);
        assertEquals(mine.getId(), taken.getId());
        assertEquals(2, taken.getAttempts(), "taken over once its heartbeat was stale");
        assertEquals(node.id(), jobs.find(taken.getId()).getOwnerNode());
        JobRun done = Deployments.awaitRun(jobs, taken);
        assertEquals(JobRunStatus.COMPLETED, done.getStatus(), done.getMessage());
    }

    @Test
    void issue16OurHeartbeatKeepsOurLiveRunFresh() throws Exception {
        String period = fixtures.unclaimedDay(com.bizbill.ledger.LedgerJobs.LEDGER_SNAPSHOT.jobXmlName(), LocalDate.now(clock).minusDays(400))
                .toString();
        JobRun run = claims.claim(com.bizbill.ledger.LedgerJobs.LEDGER_SNAPSHOT.jobXmlName(), period, r -> true);
        tx.begin();
        em.createQuery("update JobRun r set r.heartbeatAt = :h where r.id = :id")
                .setParameter("h", Instant.now().minusSeconds(60)).setParameter("id", run.getId()).executeUpdate();
        tx.commit();
        // never handed to the batch runtime yet, within the start grace: still ours and alive, so it beats
        jobs.beatOwnRuns();
        Instant beat = jobs.find(run.getId()).getHeartbeatAt();
        assertTrue(Duration.between(beat, Instant.now()).abs().getSeconds() < 30, "beaten just now: " + beat);
        claims.finished(run.getId(), JobRunStatus.FAILED, "test claim, never started");
    }

    @Test
    void futurePeriodsAreRefused() {
        BizbillException e = assertThrows(BizbillException.class,
                () -> jobs.start(com.bizbill.ledger.LedgerJobs.LEDGER_SNAPSHOT, LocalDate.now(clock).plusDays(2).toString()));
        assertEquals(ErrorCode.JOB_PERIOD_INVALID, e.getCode());
        e = assertThrows(BizbillException.class, () -> jobs.start(com.bizbill.ledger.LedgerJobs.LEDGER_SNAPSHOT, "yesterday"));
        assertEquals(ErrorCode.JOB_PERIOD_INVALID, e.getCode());
    }

    @Test
    void demoClockMovesForwardAndIsPersisted() {
        Instant before = clock.instant();
        demoClock.advance(Duration.ofDays(3));
        try {
            Duration moved = Duration.between(before, clock.instant());
            assertTrue(moved.compareTo(Duration.ofDays(3)) >= 0 && moved.compareTo(Duration.ofDays(3).plusMinutes(5)) < 0,
                    "moved " + moved);
            assertTrue(em.find(ClockOffset.class, ClockOffset.SINGLETON_ID).getOffset().compareTo(Duration.ofDays(3)) >= 0);
            BizbillException e = assertThrows(BizbillException.class, () -> demoClock.advance(Duration.ofDays(-1)));
            assertEquals(ErrorCode.CLOCK_BACKWARDS, e.getCode());
        } finally {
            demoClock.reset();
        }
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().compareTo(Duration.ofMinutes(1)) < 0);
    }

    @Test
    void sandboxMailLandsInTheOutboxAndCanFailOnPurpose() {
        String to = "ops-" + UUID.randomUUID() + "@example.com";
        mail.send(new MailMessage(to, "청구서 안내", "본문 — 한글"));
        var page = outbox.list(to, 0, 10);
        assertEquals(1, page.total());
        assertEquals("청구서 안내", page.items().get(0).getSubject());
        assertEquals("본문 — 한글", page.items().get(0).getBody());

        BizbillException e = assertThrows(BizbillException.class,
                () -> mail.send(new MailMessage("nobody@bounce.invalid", "x", "y")));
        assertEquals(ErrorCode.MAIL_DELIVERY_FAILED, e.getCode());
        e = assertThrows(BizbillException.class, () -> new MailMessage("not-an-address", "x", "y"));
        assertEquals(ErrorCode.MAIL_INVALID, e.getCode());
    }

    @Inject
    Fixtures fixtures;

    @Test
    void passwordsAreCheckedAgainstPbkdf2HashesAndApiKeysCanBeRevoked() throws Exception {
        // issue 16 §5: a member of its own (a wrong password here must not count against a demo login)
        long memberId = fixtures.customer(com.bizbill.billing.PaymentMethod.BANK_TRANSFER, "비밀번호", "pw-")[1];
        String loginId = em.find(com.bizbill.identity.Member.class, memberId).getLoginId();
        assertTrue(identity.login(loginId, "Customer!2345").authenticated().isPresent());
        assertFalse(identity.login(loginId, "wrong").authenticated().isPresent());
        assertFalse(identity.login("nobody", "whatever").authenticated().isPresent());
        String hash = em.createQuery("select m.passwordHash from Member m where m.loginId = :id", String.class)
                .setParameter("id", loginId).getSingleResult();
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:"), "stored as a PBKDF2 hash, never the password");

        long org = identity.createOrganisation("API test " + UUID.randomUUID(), OrganisationKind.CUSTOMER).getId();
        String key = identity.issueApiKey(org, "test");
        var caller = identity.resolveApiKey(key).orElseThrow();
        assertEquals(org, caller.organisationId());
        identity.revokeApiKey(caller.apiKeyId());
        assertFalse(identity.resolveApiKey(key).isPresent());
    }

    @Inject
    SandboxPaymentGateway pg;

    private String billingKey(String card, String customer) {
        String auth = pg.enterCard(card, 12, LocalDate.now(clock).getYear() + 2, false, "900101", customer);
        return pg.issueBillingKey(auth, customer).billingKey();
    }

    private static PaymentGateway.ChargeRequest charge(String key, String customer, String order, String idem) {
        return new PaymentGateway.ChargeRequest(key, customer, order, "테스트 결제", 11_000, idem);
    }

    @Test
    void theSandboxGatewayPageRefusesBadCardsAndKeepsOnlyBrandAndLastFour() {
        BizbillException e = assertThrows(BizbillException.class,
                () -> pg.enterCard("4000 0000 0000 0003x", 13, 2000, false, "9001", "c"));
        assertEquals(List.of("cardNumber", "expiry", "owner"),
                e.getFieldErrors().stream().map(BizbillException.FieldError::field).toList());
        assertThrows(BizbillException.class, () -> pg.enterCard("4000000001000001", 12, 2099, true, "220-81-62518", "c"),
                "a corporate card needs a valid business number, never a resident number");
        String customer = "cust-" + UUID.randomUUID();
        String auth = pg.enterCard("4000-0000-0100-0001", 12, LocalDate.now(clock).getYear() + 1, true, "220-81-62517",
                customer);
        PaymentGateway.BillingKey key = pg.issueBillingKey(auth, customer);
        assertEquals("0001", key.last4());
        assertEquals("VISA", key.cardBrand());
        assertThrows(BizbillException.class, () -> pg.issueBillingKey(auth, customer), "an auth key is used once");
    }

    @Test
    void aRepeatedChargeWithTheSameIdempotencyKeyNeverChargesTwice() {
        String customer = "cust-" + UUID.randomUUID();
        String key = billingKey("4000000001000001", customer);
        String order = "BZT" + UUID.randomUUID();
        PaymentGateway.ChargeResult first = pg.charge(charge(key, customer, order, "attempt-1"));
        PaymentGateway.ChargeResult again = pg.charge(charge(key, customer, order, "attempt-1"));
        assertEquals(PaymentGateway.ChargeResult.Status.DONE, first.status());
        assertEquals(first.paymentKey(), again.paymentKey());
        assertEquals(1, em.createQuery("select count(p) from SandboxPayment p where p.orderId = :o", Long.class)
                .setParameter("o", order).getSingleResult());
        assertEquals("DUPLICATED_ORDER_ID", pg.charge(charge(key, customer, order, "attempt-2")).failureCode());
        PaymentGateway.CancelResult part = pg.cancel(first.paymentKey(), 1_000L, "부분 취소", "c1");
        assertTrue(part.ok());
        assertEquals(10_000, pg.cancel(first.paymentKey(), null, "나머지 취소", "c2").cancelledAmount());
        assertFalse(pg.cancel(first.paymentKey(), null, "again", "c3").ok());
    }

    @Test
    void testCardsDeclineOnPurpose() {
        String customer = "cust-" + UUID.randomUUID();
        assertEquals("REJECT_CARD_PAYMENT", pg.charge(charge(billingKey("4000000000000002", customer), customer,
                "BZT" + UUID.randomUUID(), "a")).failureCode());
        assertEquals("INVALID_STOPPED_CARD", pg.charge(charge(billingKey("4000000009000003", customer), customer,
                "BZT" + UUID.randomUUID(), "b")).failureCode());
    }

    @Test
    void aLostAnswerIsFoundByReconciliationAndAnOutsideChargeSurvivesTheCallersRollback() throws Exception {
        String customer = "cust-" + UUID.randomUUID();
        String key = billingKey("4000000003000009", customer);
        String order = "BZT" + UUID.randomUUID();
        tx.begin();
        try {
            assertThrows(GatewayOutcomeUnknown.class, () -> pg.charge(charge(key, customer, order, "t-1")));
        } finally {
            tx.rollback();
        }
        // the gateway charged even though our side rolled back and never heard the answer
        assertEquals(PaymentGateway.ChargeResult.Status.DONE, pg.lookup(order).orElseThrow().status());
        assertTrue(pg.lookup("BZT-never-" + UUID.randomUUID()).isEmpty());
    }

    @Inject
    com.bizbill.billing.CardService cards;

    @Test
    void cardsAreForCardPayersAndPartnerStoresAndTheCallbackMustBeTheirOwn() throws Exception {
        // rules BP-CARD-1 and NB-CARD-1, on a store and a company of its own (issue 16 §5: the demo store keeps no card)
        long[] store = fixtures.store("카드");
        long[] company = fixtures.company(com.bizbill.identity.PaymentType.PREPAID, "카드");
        assertTrue(cards.mayRegister(store[0], store[1]));
        // CB-WAL-1: a prepaid coupon company charges its wallet with its registered card
        assertTrue(cards.mayRegister(company[0], company[1]), "prepaid masters register a card");
        String foreignKey = com.bizbill.billing.CardService.customerKeyOf(company[0]);
        String auth = pg.enterCard("4000000001000001", 12, 2099, false, "900101", foreignKey);
        BizbillException e = assertThrows(BizbillException.class,
                () -> cards.register(store[0], store[1], auth, foreignKey));
        assertEquals(ErrorCode.CARD_STATE_FOREIGN, e.getCode()); // issue 15 §2

        String ownKey = com.bizbill.billing.CardService.customerKeyOf(store[0]);
        String first = pg.enterCard("4000000001000001", 12, 2099, true, "220-81-62517", ownKey);
        cards.register(store[0], store[1], first, ownKey);
        String second = pg.enterCard("4000000000000002", 12, 2099, true, "220-81-62517", ownKey);
        cards.register(store[0], store[1], second, ownKey);
        assertEquals("VISA ****0002", cards.activeCard(store[0]).orElseThrow().masked(),
                "registering again is the card change; one active card");
    }

    private JobRun runToEnd(LocalDate day) throws InterruptedException {
        JobRun run = jobs.start(com.bizbill.ledger.LedgerJobs.LEDGER_SNAPSHOT, day.toString());
        for (int i = 0; i < 300; i++) {
            JobRun now = jobs.find(run.getId());
            if (now.getStatus() != JobRunStatus.RUNNING) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job did not finish in 30 s");
    }
}
