package com.bizbill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.billing.CardService;
import com.bizbill.billing.PaymentAttempt;
import com.bizbill.billing.PaymentAttempts;
import com.bizbill.billing.PaymentStatus;
import com.bizbill.billing.Payments;
import com.bizbill.billing.gateway.SandboxPaymentGateway;
import com.bizbill.identity.IdentityService;
import com.bizbill.identity.Member;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.PaymentType;
import com.bizbill.identity.Role;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.jobs.JobRun;
import com.bizbill.shared.jobs.JobRunService;
import com.bizbill.shared.jobs.JobRunStatus;
import com.bizbill.shared.jobs.PeriodicJob;
import com.bizbill.shared.time.DemoClockService;
import com.bizbill.wallet.BankAccount;
import com.bizbill.wallet.ChargeStatus;
import com.bizbill.wallet.CreditService;
import com.bizbill.wallet.RefundRequest;
import com.bizbill.wallet.RefundService;
import com.bizbill.wallet.RefundStatus;
import com.bizbill.wallet.WalletCharge;
import com.bizbill.wallet.WalletCharging;
import com.bizbill.wallet.WalletService;
import com.bizbill.wallet.WalletTransactionKind;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container tests of the wallet-and-payments issue: the payment state machine against the sandbox
 * gateway (success, decline, lost answer + reconciliation, virtual-account deposit, window confirm),
 * charge cancel and refunds (CB-WAL-1..5), postpaid credit (CB-PST-1), and concurrent debits. Each test
 * works on its own new organisation, so the tests do not depend on one another.
 */
@ExtendWith(ArquillianExtension.class)
class WalletIT {

    static final String OK_CARD = "4000000001000001";
    static final String DECLINE_CARD = "4000000000000002";
    static final String TIMEOUT_CARD = "4000000003000009";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(WalletIT.class, Deployments.class, Fixtures.class);
    }

    @Inject
    WalletService wallets;

    @Inject
    WalletCharging charging;

    @Inject
    RefundService refunds;

    @Inject
    CreditService credit;

    @Inject
    PaymentAttempts attempts;

    @Inject
    Payments payments;

    @Inject
    SandboxPaymentGateway sandbox;

    @Inject
    CardService cards;

    @Inject
    IdentityService identity;

    @Inject
    LedgerService ledger;

    @Inject
    JobRunService jobs;

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

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    Fixtures fixtures;

    /** A new approved prepaid (or postpaid) coupon company with a master; returns {orgId, masterId}. */
    private long[] company(PaymentType type) throws Exception {
        return fixtures.company(type, "지갑 테스트");
    }

    private void registerCard(long[] c, String number) {
        fixtures.card(c[0], c[1], number);
    }

    private void assertBooksAgree(long org) {
        assertEquals(wallets.ledgerBalance(org), wallets.balance(org), "wallet balance = ledger postings");
        assertTrue(wallets.walletsOutOfBalance().isEmpty(), "no wallet differs from its ledger account");
        assertTrue(ledger.check().unbalancedEntryIds().isEmpty(), "every entry balances");
    }

    @Test
    void cbWal1CardChargeCreditsTheWalletOnceAndADoubleSubmitChargesOnce() throws Exception {
        long[] c = company(PaymentType.PREPAID);
        registerCard(c, OK_CARD);
        String key = UUID.randomUUID().toString();
        WalletCharge first = charging.chargeCard(c[0], 10_000, key);
        WalletCharge again = charging.chargeCard(c[0], 10_000, key);
        assertEquals(ChargeStatus.COMPLETED, first.getStatus());
        assertEquals(first.getId(), again.getId());
        assertEquals(10_000, wallets.balance(c[0]));
        assertEquals(1, wallets.history(c[0], WalletService.HistoryFilter.ALL, 0, 10).total());
        PaymentAttempt a = attempts.find(first.getPaymentAttemptId());
        assertEquals(PaymentStatus.SUCCEEDED, a.getStatus());
        assertBooksAgree(c[0]);
        // CB-WAL-1: the minimum
        BizbillException small = assertThrows(BizbillException.class,
                () -> charging.chargeCard(c[0], 999, UUID.randomUUID().toString()));
        assertEquals(ErrorCode.VALIDATION_FAILED, small.getCode());
        assertEquals("amount", small.getFieldErrors().get(0).field());
    }

    @Test
    void aDeclinedCardFailsTheChargeAndMovesNothing() throws Exception {
        long[] c = company(PaymentType.PREPAID);
        registerCard(c, DECLINE_CARD);
        WalletCharge charge = charging.chargeCard(c[0], 5_000, UUID.randomUUID().toString());
        assertEquals(ChargeStatus.FAILED, charge.getStatus());
        assertEquals(PaymentStatus.FAILED, attempts.find(charge.getPaymentAttemptId()).getStatus());
        assertEquals("REJECT_CARD_PAYMENT", attempts.find(charge.getPaymentAttemptId()).getFailureCode());
        assertEquals(0, wallets.balance(c[0]));
        assertEquals(0, wallets.history(c[0], WalletService.HistoryFilter.ALL, 0, 10).total());
    }

    @Test
    void anUnknownOutcomeIsSettledByReconciliationNeverByChargingAgain() throws Exception {
        long[] c = company(PaymentType.PREPAID);
        registerCard(c, TIMEOUT_CARD);
        WalletCharge charge = charging.chargeCard(c[0], 7_000, UUID.randomUUID().toString());
        assertEquals(ChargeStatus.PENDING, charge.getStatus());
        long attemptId = charge.getPaymentAttemptId();
        assertEquals(PaymentStatus.UNKNOWN, attempts.find(attemptId).getStatus());
        assertEquals(0, wallets.balance(c[0]));
        assertEquals(1, fixtures.gatewayCharges(c[0]), "the gateway charged the card once, the answer was lost");

        // the hourly job: asks the gateway by order id
        JobRun run = jobs.start(com.bizbill.billing.BillingJobs.PAYMENT_RECONCILIATION,
                com.bizbill.billing.BillingJobs.PAYMENT_RECONCILIATION.duePeriods(clock.instant().atZone(clock.getZone()), 1).get(0)
                        + "");
        awaitRun(run);
        assertEquals(PaymentStatus.SUCCEEDED, attempts.find(attemptId).getStatus());
        assertEquals(ChargeStatus.COMPLETED, wallets.charge(c[0], charge.getId()).getStatus());
        assertEquals(7_000, wallets.balance(c[0]));
        // asking again settles nothing twice, and the gateway was never charged a second time
        payments.reconcile(attemptId);
        assertEquals(7_000, wallets.balance(c[0]));
        assertEquals(1, fixtures.gatewayCharges(c[0]));
        assertBooksAgree(c[0]);
    }

    @Test
    void aVirtualAccountChargeWaitsForTheDepositThenCreditsOnce() throws Exception {
        long[] c = company(PaymentType.PREPAID);
        WalletCharge charge = charging.startVirtualAccount(c[0], 30_000, UUID.randomUUID().toString(), "지갑");
        assertEquals(ChargeStatus.PENDING, charge.getStatus());
        assertNotNull(charge.getAccountNumber());
        assertEquals(1, wallets.pendingDeposits(c[0]).size());
        assertEquals(0, wallets.balance(c[0]));
        String orderId = orderIdOf(charge);
        sandbox.deposit(orderId);
        assertEquals(30_000, wallets.balance(c[0]));
        assertEquals(ChargeStatus.COMPLETED, wallets.charge(c[0], charge.getId()).getStatus());
        assertTrue(wallets.pendingDeposits(c[0]).isEmpty());
        assertThrows(BizbillException.class, () -> sandbox.deposit(orderId));
        assertEquals(30_000, wallets.balance(c[0]));
        // CB-WAL-3: a virtual-account charge cannot be cancelled
        BizbillException e = assertThrows(BizbillException.class,
                () -> wallets.cancelCharge(c[0], charge.getId(), 1_000));
        assertEquals(ErrorCode.CHARGE_NOT_CANCELLABLE, e.getCode());
        assertBooksAgree(c[0]);
    }

    @Test
    void aTransferApprovedOnTheGatewayWindowIsConfirmedOnce() throws Exception {
        long[] c = company(PaymentType.PREPAID);
        WalletCharge charge = charging.startTransfer(c[0], 15_000, UUID.randomUUID().toString());
        String orderId = orderIdOf(charge);
        String paymentKey = sandbox.approveInWindow(orderId, "TRANSFER", 15_000);
        assertEquals(0, wallets.balance(c[0]), "nothing moves before the confirm");
        assertEquals(ChargeStatus.COMPLETED, charging.confirm(c[0], orderId, paymentKey).getStatus());
        charging.confirm(c[0], orderId, paymentKey); // a reload of the return page
        assertEquals(15_000, wallets.balance(c[0]));
        // another organisation cannot confirm it
        long[] other = company(PaymentType.PREPAID);
        assertThrows(BizbillException.class, () -> charging.confirm(other[0], orderId, paymentKey));
        assertBooksAgree(c[0]);
    }

    /**
     * Issue 18 §2: a real-time transfer approved on the gateway's window but never finished does not stay
     * "처리 중" for ever: after the time limit (30 minutes) reconciliation closes it as expired; a virtual account
     * nobody paid into is closed after its due time, and the gateway takes no deposit into it any more.
     */
    @Test
    void issue18AnAbandonedTransferAndAnUnpaidVirtualAccountExpire() throws Exception {
        long[] c = company(PaymentType.PREPAID);
        WalletCharge transfer = charging.startTransfer(c[0], 15_000, UUID.randomUUID().toString());
        sandbox.approveInWindow(orderIdOf(transfer), "TRANSFER", 15_000); // READY, and the customer leaves
        WalletCharge va = charging.startVirtualAccount(c[0], 25_000, UUID.randomUUID().toString(), "입금자");
        payments.reconcile(transfer.getPaymentAttemptId());
        payments.reconcile(va.getPaymentAttemptId());
        assertEquals(ChargeStatus.PENDING, wallets.charge(c[0], transfer.getId()).getStatus(), "still with the customer");
        assertEquals(ChargeStatus.PENDING, wallets.charge(c[0], va.getId()).getStatus());
        demoClock.advance(Duration.ofMinutes(31));
        try {
            assertEquals(PaymentStatus.FAILED, payments.reconcile(transfer.getPaymentAttemptId()).getStatus());
            assertEquals("EXPIRED_TRANSFER", attempts.find(transfer.getPaymentAttemptId()).getFailureCode());
            assertEquals(ChargeStatus.FAILED, wallets.charge(c[0], transfer.getId()).getStatus());
            assertEquals(ChargeStatus.PENDING, wallets.charge(c[0], va.getId()).getStatus(), "3 days to pay in");
            demoClock.advance(Duration.ofDays(3).plusHours(1));
            assertEquals(PaymentStatus.FAILED, payments.reconcile(va.getPaymentAttemptId()).getStatus());
            assertEquals(ChargeStatus.FAILED, wallets.charge(c[0], va.getId()).getStatus());
            BizbillException late = assertThrows(BizbillException.class, () -> sandbox.deposit(orderIdOf(va)));
            assertEquals(ErrorCode.VIRTUAL_ACCOUNT_STATE_CONFLICT, late.getCode());
        } finally {
            demoClock.reset();
        }
        assertEquals(0, wallets.balance(c[0]), "nothing was credited");
        assertBooksAgree(c[0]);
    }

    @Test
    void cbWal3ChargeCancelOnlyUpToTheUnspentBalanceFreeWithin7DaysThenWithTheFee() throws Exception {
        long[] c = company(PaymentType.PREPAID);
        registerCard(c, OK_CARD);
        WalletCharge charge = charging.chargeCard(c[0], 20_000, UUID.randomUUID().toString());
        wallets.use(c[0], 12_000, "order-" + UUID.randomUUID(), "주문");
        BizbillException spent = assertThrows(BizbillException.class,
                () -> wallets.cancelCharge(c[0], charge.getId(), 8_001));
        assertEquals(ErrorCode.CHARGE_CANCEL_SPENT, spent.getCode());
        assertEquals(8_000, wallets.balance(c[0]));

        wallets.cancelCharge(c[0], charge.getId(), 3_000); // within 7 days: free
        assertEquals(5_000, wallets.balance(c[0]));
        long feeBefore = ledger.balance(LedgerAccounts.OPERATOR_FEE_REVENUE).balance();
        demoClock.advance(Duration.ofDays(8));
        try {
            wallets.cancelCharge(c[0], charge.getId(), 5_000); // after 7 days: the 1,000 won fee
            assertEquals(0, wallets.balance(c[0]));
            assertEquals(feeBefore + 1_000, ledger.balance(LedgerAccounts.OPERATOR_FEE_REVENUE).balance());
            assertEquals(ChargeStatus.PARTIALLY_CANCELLED, wallets.charge(c[0], charge.getId()).getStatus());
        } finally {
            demoClock.reset();
        }
        assertBooksAgree(c[0]);
    }

    @Test
    void cbWal3NoCancelAfter93Days() throws Exception {
        long[] c = company(PaymentType.PREPAID);
        registerCard(c, OK_CARD);
        WalletCharge charge = charging.chargeCard(c[0], 5_000, UUID.randomUUID().toString());
        demoClock.advance(Duration.ofDays(94));
        try {
            BizbillException e = assertThrows(BizbillException.class,
                    () -> wallets.cancelCharge(c[0], charge.getId(), 5_000));
            assertEquals(ErrorCode.CHARGE_CANCEL_TOO_LATE, e.getCode());
            assertEquals(5_000, wallets.balance(c[0]));
        } finally {
            demoClock.reset();
        }
    }

    @Test
    void cbWal4And5RefundDebitsAtOnceAndCreditsBackOnRejectOrCancel() throws Exception {
        long[] c = company(PaymentType.PREPAID);
        WalletCharge charge = charging.startVirtualAccount(c[0], 50_000, UUID.randomUUID().toString(), "x");
        sandbox.deposit(orderIdOf(charge));
        BankAccount account = new BankAccount("KB국민은행", "123-456-789012", "홍길동");

        // CB-WAL-4 validation: > 1,000 won, reason ≤ 100 bytes, a different holder needs a document
        BizbillException bad = assertThrows(BizbillException.class, () -> refunds.request(
                new RefundService.RefundCommand(c[0], c[1], 1_000, new BankAccount("KB", "12-34", "남남"), "f.pdf",
                        null, "가".repeat(34), UUID.randomUUID().toString())));
        List<String> fields = bad.getFieldErrors().stream().map(BizbillException.FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("amount", "reason", "holderDocument")), fields.toString());
        assertEquals(50_000, wallets.balance(c[0]));

        // charged today: no fee (CB-WAL-4)
        assertEquals(0, refunds.preview(c[0], 20_000).fee());
        String key = UUID.randomUUID().toString();
        RefundRequest r = refunds.request(new RefundService.RefundCommand(c[0], c[1], 20_000, account, "f.pdf", null,
                "사용 종료", key));
        refunds.request(new RefundService.RefundCommand(c[0], c[1], 20_000, account, "f.pdf", null, "사용 종료", key)); // a double submit files one
        assertEquals(RefundStatus.REQUESTED, r.getStatus());
        assertEquals(30_000, wallets.balance(c[0]), "CB-WAL-5: debited at once");
        assertEquals(1, refunds.list(c[0], null, 0, 10).total());
        assertEquals(account, refunds.previousAccount(c[0]).orElseThrow());

        refunds.cancel(c[0], r.getId());
        assertEquals(50_000, wallets.balance(c[0]), "cancel credits back");
        assertEquals(ErrorCode.REFUND_STATE, assertThrows(BizbillException.class,
                () -> refunds.cancel(c[0], r.getId())).getCode());

        RefundRequest r2 = refunds.request(new RefundService.RefundCommand(c[0], c[1], 10_000, account, "f.pdf", null,
                "사유", UUID.randomUUID().toString()));
        refunds.startReview(r2.getId());
        assertEquals(ErrorCode.REFUND_STATE, assertThrows(BizbillException.class,
                () -> refunds.cancel(c[0], r2.getId())).getCode(), "only while REQUESTED");
        refunds.reject(r2.getId(), "통장 사본 불일치");
        assertEquals(50_000, wallets.balance(c[0]), "reject credits back");

        long cashBefore = ledger.balance(LedgerAccounts.OPERATOR_CASH).balance();
        RefundRequest r3 = refunds.request(new RefundService.RefundCommand(c[0], c[1], 40_000, account, "f.pdf", null,
                "사유", UUID.randomUUID().toString()));
        refunds.startReview(r3.getId());
        RefundRequest done = refunds.complete(r3.getId());
        assertEquals(RefundStatus.COMPLETED, done.getStatus());
        assertEquals(10_000, wallets.balance(c[0]));
        assertEquals(cashBefore - done.payout(), ledger.balance(LedgerAccounts.OPERATOR_CASH).balance());
        // CB-WAL-2: every kind of movement is in the history
        var kinds = wallets.history(c[0], WalletService.HistoryFilter.ALL, 0, 20).items().stream()
                .map(t -> t.getKind()).toList();
        assertTrue(kinds.containsAll(List.of(WalletTransactionKind.CHARGE, WalletTransactionKind.REFUND,
                WalletTransactionKind.REFUND_RETURN)), kinds.toString());
        assertBooksAgree(c[0]);
    }

    @Test
    void cbWal4FeeAppliesToWhatWasChargedMoreThan7DaysAgo() throws Exception {
        long[] c = company(PaymentType.PREPAID);
        WalletCharge old = charging.startVirtualAccount(c[0], 30_000, UUID.randomUUID().toString(), "x");
        sandbox.deposit(orderIdOf(old));
        demoClock.advance(Duration.ofDays(8));
        try {
            WalletCharge recent = charging.startVirtualAccount(c[0], 5_000, UUID.randomUUID().toString(), "x");
            sandbox.deposit(orderIdOf(recent));
            // 20,000: 5,000 charged within 7 days is free, the 15,000 rest pays 10 % = 1,500
            RefundService.RefundPreview p = refunds.preview(c[0], 20_000);
            assertEquals(1_500, p.fee());
            assertEquals(18_500, p.payout());
        } finally {
            demoClock.reset();
        }
    }

    /** Issue 6 §7: ≥100 concurrent debits never overdraw; the balance equals the ledger. */
    @Test
    void concurrentDebitsNeverOverdrawTheWallet() throws Exception {
        long[] c = company(PaymentType.PREPAID);
        WalletCharge charge = charging.startVirtualAccount(c[0], 50_000, UUID.randomUUID().toString(), "x");
        sandbox.deposit(orderIdOf(charge));
        int debits = 120;
        int ok = Deployments.concurrently(debits, ErrorCode.WALLET_INSUFFICIENT_BALANCE,
                () -> wallets.use(c[0], 1_000, "order-" + UUID.randomUUID(), "동시 주문"));
        assertEquals(50, ok, "exactly the balance was spent; the other 70 were refused");
        assertEquals(0, wallets.balance(c[0]));
        assertBooksAgree(c[0]);
        var history = wallets.history(c[0], WalletService.HistoryFilter.ALL, 0, 500).items();
        assertEquals(51, history.size());
        assertFalse(history.stream().anyMatch(t -> t.getBalanceAfter() < 0), "never negative");
    }

    /** CB-PST-1: concurrent uses never pass the month's credit limit; the 1st-of-month job opens the month once. */
    @Test
    void cbPst1ConcurrentCreditUseStaysWithinTheLimit() throws Exception {
        long[] c = company(PaymentType.POSTPAID);
        credit.setLimit(c[0], 30_000);
        int ok = Deployments.concurrently(100, ErrorCode.CREDIT_LIMIT_EXCEEDED,
                () -> credit.use(c[0], 1_000, "order-" + UUID.randomUUID(), "후불 주문"));
        assertEquals(30, ok);
        CreditService.CreditView v = credit.view(c[0]);
        assertEquals(30_000, v.used());
        assertEquals(0, v.remaining());
        assertEquals(30_000, ledger.balance(LedgerAccounts.postpaidReceivable(c[0])).balance());

        // next month: the reset job opens a fresh line with the full limit, once
        demoClock.advance(Duration.ofDays(32));
        try {
            String month = YearMonth.now(clock).toString();
            var first = awaitRun(jobs.start(com.bizbill.wallet.WalletJobs.CREDIT_LIMIT_RESET, month));
            assertTrue(first.getItemsWritten() >= 1, "this company's line at least");
            assertEquals(30_000, credit.view(c[0]).remaining());
            var second = awaitRun(jobs.start(com.bizbill.wallet.WalletJobs.CREDIT_LIMIT_RESET, month));
            assertEquals(0, second.getItemsWritten(), "a second run opens nothing");
        } finally {
            demoClock.reset();
        }
    }

    /** BP-CARD-2: "card not registered — registration needed" until the auto-pay card is registered. */
    @Test
    void bpCard2AnAutoPayCustomerWithoutACardIsAskedToRegisterIt() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        Organisation org = identity.createOrganisation("자동납부 " + u, com.bizbill.identity.OrganisationKind.CUSTOMER);
        em.flush();
        Member m = identity.createMember("ap-" + u, "Customer!2345", "고객", Role.CUSTOMER, org.getId());
        com.bizbill.billing.BillingAccount account = new com.bizbill.billing.BillingAccount(org, "본사",
                com.bizbill.billing.PaymentMethod.CARD_AUTO, "ap-" + u + "@example.com", false, clock.instant());
        em.persist(account);
        account.attachLogin(m);
        tx.commit();
        assertTrue(cards.registrationNeeded(org.getId(), m.getId()));
        registerCard(new long[] {org.getId(), m.getId()}, OK_CARD);
        assertFalse(cards.registrationNeeded(org.getId(), m.getId()));
    }

    private JobRun awaitRun(JobRun run) throws InterruptedException {
        JobRun done = Deployments.awaitRun(jobs, run);
        assertEquals(JobRunStatus.COMPLETED, done.getStatus(), done.getMessage());
        return done;
    }

    /** The order id the gateway knows the charge's attempt by: stored and random (issue 14 §2), not "BZ" + id. */
    private String orderIdOf(WalletCharge charge) {
        return attempts.find(charge.getPaymentAttemptId()).orderId();
    }
}
