package com.bizbill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.billing.BankDeposit;
import com.bizbill.billing.BankReconciliation;
import com.bizbill.billing.BillingAccount;
import com.bizbill.billing.CardService;
import com.bizbill.billing.Invoice;
import com.bizbill.billing.InvoiceCharges;
import com.bizbill.billing.InvoiceData;
import com.bizbill.billing.InvoiceLine;
import com.bizbill.billing.InvoicePayment;
import com.bizbill.billing.InvoicePayments;
import com.bizbill.billing.InvoiceBookings;
import com.bizbill.billing.InvoiceService;
import com.bizbill.billing.InvoiceStatus;
import com.bizbill.billing.Overpayment;
import com.bizbill.billing.OverpaymentStatus;
import com.bizbill.billing.Overpayments;
import com.bizbill.billing.PaymentAttempt;
import com.bizbill.billing.PaymentAttempts;
import com.bizbill.billing.PaymentDecided;
import com.bizbill.billing.PaymentMethod;
import com.bizbill.billing.PaymentStatus;
import com.bizbill.billing.Payments;
import com.bizbill.billing.gateway.PaymentGateway;
import com.bizbill.billing.gateway.SandboxPaymentGateway;
import com.bizbill.identity.IdentityService;
import com.bizbill.identity.PaymentType;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerCheck;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.jobs.JobRun;
import com.bizbill.shared.jobs.JobRunService;
import com.bizbill.shared.jobs.JobRunStatus;
import com.bizbill.shared.jobs.PeriodicJob;
import com.bizbill.shared.time.DemoClockService;
import com.bizbill.wallet.ChargeStatus;
import com.bizbill.wallet.WalletCharge;
import com.bizbill.wallet.WalletCharging;
import com.bizbill.wallet.WalletService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13 (points 2 and 3), in the container against the sandbox gateway: reconciliation settles each
 * attempt on its own and goes on past one it cannot settle; a confirmed payment that cannot be applied is
 * held as an overpayment and refunded through the gateway; a bank match waits for an open card attempt;
 * staff settle INITIATED attempts by asking the gateway; cancels are attempts whose booking, when it fails
 * after the gateway refunded, is finished by reconciliation without a second refund; the sandbox honours
 * cancel idempotency keys; the ledger check includes the overpayment account. Each test has its own
 * organisations and data.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentReconciliationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(PaymentReconciliationIT.class, Deployments.class, Fixtures.class,
                FailingBooking.class);
    }

    /**
     * Test hook: makes the booking of one decided attempt (by purpose and reference) throw once, as a commit
     * failure after the gateway moved the money would; the deciding transaction rolls back.
     */
    @ApplicationScoped
    public static class FailingBooking {

        private final Set<String> armed = ConcurrentHashMap.newKeySet();

        public void failOnce(String purpose, String reference) {
            armed.add(purpose + "/" + reference);
        }

        void onDecided(@Observes PaymentDecided d) {
            if (d.succeeded() && armed.remove(d.purpose() + "/" + d.reference())) {
                throw new IllegalStateException("test: the booking of " + d.purpose() + " " + d.reference()
                        + " fails once");
            }
        }
    }

    @Inject
    FailingBooking failing;

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceBookings bookings;

    @Inject
    com.bizbill.billing.InvoiceQueries queries;

    @Inject
    com.bizbill.billing.InvoiceCardCancels cardCancels;

    @Inject
    InvoicePayments invoicePayments;

    @Inject
    InvoiceCharges invoiceCharges;

    @Inject
    BankReconciliation bank;

    @Inject
    Payments payments;

    @Inject
    PaymentAttempts attempts;

    @Inject
    Overpayments overpayments;

    @Inject
    WalletService wallets;

    @Inject
    WalletCharging charging;

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

    // ------------------------------------------------------------------ data of each test

    /** A new billing-portal customer with a login; returns {billingAccountId, memberId, organisationId}. */
    private long[] customer(PaymentMethod method) throws Exception {
        return fixtures.customer(method, "대사", "recon-");
    }

    /** A new approved prepaid coupon company with a master; returns {orgId, masterId}. */
    private long[] company() throws Exception {
        return fixtures.company(PaymentType.PREPAID, "대사 지갑");
    }

    private void card(long organisationId, long memberId, String number) {
        fixtures.card(organisationId, memberId, number);
    }

    /** This month's invoice of {@code supply} + VAT; returns its id. */
    private long invoice(long[] c, long supply) {
        YearMonth month = YearMonth.now(clock);
        String number = "INV-" + UUID.randomUUID();
        invoices.importInvoice(c[0], number, new InvoiceData(month, month.atDay(5), month.atEndOfMonth(), supply,
                supply / 10, supply + supply / 10, List.of(new InvoiceLine("클라우드 서버", month.toString(), supply))));
        return em.createQuery("select i.id from Invoice i where i.number = :n", Long.class).setParameter("n", number)
                .getSingleResult();
    }

    private Invoice invoiceOf(long id) {
        return em.find(Invoice.class, id);
    }

    private PaymentAttempt lastAttempt(String purpose, String reference) {
        return em.createQuery("select a from PaymentAttempt a where a.purpose = :p and a.reference = :r "
                        + "order by a.id desc", PaymentAttempt.class).setParameter("p", purpose)
                .setParameter("r", reference).setMaxResults(1).getSingleResult();
    }

    private long overpaymentAccount() {
        return ledger.balance(LedgerAccounts.OPERATOR_OVERPAYMENTS).balance();
    }

    private JobRun runReconciliationJob() throws InterruptedException {
        JobRun run = jobs.start(com.bizbill.billing.BillingJobs.PAYMENT_RECONCILIATION,
                com.bizbill.billing.BillingJobs.PAYMENT_RECONCILIATION.duePeriods(clock.instant().atZone(clock.getZone()), 1).get(0)
                        + "");
        return Deployments.awaitRun(jobs, run);
    }

    /** A unique invoice supply, so a bank line matches only this test's invoice. */
    private static long uniqueSupply() {
        return 300_000 + ThreadLocalRandom.current().nextInt(0, 600_000) * 10L;
    }

    // ------------------------------------------------------------------ (a)

    /**
     * Issue 13 (a): the invoice was paid by transfer while its card answer was lost; the late card success is
     * held as an overpayment (cash vs OP:OVERPAYMENTS), listed for staff and refunded through the gateway,
     * and the hourly job still settles the other attempts of the same run, flagging the one it cannot book.
     */
    @Test
    void issue13LateCardSuccessAfterATransferIsAnOverpaymentRefundedThroughTheGatewayAndTheJobGoesOn()
            throws Exception {
        long[] c = customer(PaymentMethod.CARD_IMMEDIATE);
        card(c[2], c[1], WalletIT.TIMEOUT_CARD);
        long invoiceId = invoice(c, 60_000); // 66,000 won incl. VAT
        assertEquals(PaymentStatus.UNKNOWN, invoicePayments.payNow(c[1], List.of(invoiceId)).get(0).status());
        PaymentAttempt card = lastAttempt(InvoiceBookings.PAYMENT_PURPOSE, String.valueOf(invoiceId));
        // the transfer was booked while the card answer was lost (as before issue 13; a bank match now waits, see (b))
        bookings.applyTransfer(invoiceId, 66_000, "deposit-" + UUID.randomUUID());
        assertEquals(InvoiceStatus.PAID, invoiceOf(invoiceId).getStatus());

        // two more lost answers for the same run: one books normally, one's booking fails
        long[] w = company();
        card(w[0], w[1], WalletIT.TIMEOUT_CARD);
        WalletCharge other = charging.chargeCard(w[0], 7_000, UUID.randomUUID().toString());
        long[] broken = company();
        card(broken[0], broken[1], WalletIT.TIMEOUT_CARD);
        WalletCharge flagged = charging.chargeCard(broken[0], 9_000, UUID.randomUUID().toString());
        failing.failOnce(WalletService.CHARGE_PURPOSE, String.valueOf(flagged.getId()));
        long heldBefore = overpaymentAccount();

        JobRun run = runReconciliationJob();
        assertEquals(JobRunStatus.COMPLETED, run.getStatus(), "the job never stops on one attempt: " + run.getMessage());

        // the late card success: held, not applied, not lost
        assertEquals(PaymentStatus.SUCCEEDED, attempts.find(card.getId()).getStatus());
        Overpayment o = overpayments.byAttempt(card.getId()).orElseThrow();
        assertEquals(66_000, o.getAmount());
        assertEquals(OverpaymentStatus.OPEN, o.getStatus());
        assertTrue(o.getReason().contains(invoiceOf(invoiceId).getNumber()), o.getReason());
        assertTrue(overpayments.held().stream().anyMatch(x -> x.getId().equals(o.getId())), "listed for staff");
        assertEquals(heldBefore + 66_000, overpaymentAccount());
        assertEquals(1, queries.paymentsOf(invoiceId).size(), "the invoice keeps its one (transfer) payment");
        assertEquals(InvoiceStatus.PAID, invoiceOf(invoiceId).getStatus());
        // the others of the same run
        assertEquals(ChargeStatus.COMPLETED, wallets.charge(w[0], other.getId()).getStatus());
        assertEquals(7_000, wallets.balance(w[0]));
        PaymentAttempt stuck = attempts.find(flagged.getPaymentAttemptId());
        assertEquals(PaymentStatus.UNKNOWN, stuck.getStatus());
        assertTrue(stuck.isNeedsStaff());
        assertTrue(stuck.getStaffReason().contains("fails once"), stuck.getStaffReason());
        assertEquals(0, wallets.balance(broken[0]));

        // staff refund the overpayment through the gateway: once
        PaymentAttempt refund = overpayments.refund(o.getId());
        assertEquals(PaymentStatus.SUCCEEDED, refund.getStatus());
        assertTrue(refund.isCancel());
        assertEquals(OverpaymentStatus.REFUNDED, overpayments.find(o.getId()).getStatus());
        assertEquals(66_000, sandbox.cancelledAmountOf(o.getPaymentKey()));
        assertEquals(heldBefore, overpaymentAccount());
        assertFalse(overpayments.held().stream().anyMatch(x -> x.getId().equals(o.getId())));
        assertEquals(ErrorCode.OVERPAYMENT_STATE, assertThrows(BizbillException.class,
                () -> overpayments.refund(o.getId())).getCode());
        assertEquals(66_000, sandbox.cancelledAmountOf(o.getPaymentKey()), "nothing refunded twice");

        // the flagged attempt is settled on the next ask (its booking works now), the flag cleared
        PaymentAttempt settled = payments.reconcile(stuck.getId());
        assertEquals(PaymentStatus.SUCCEEDED, settled.getStatus());
        assertFalse(settled.isNeedsStaff());
        assertEquals(9_000, wallets.balance(broken[0]));
        assertTrue(ledger.check().ok(), ledger.check().toString());
    }

    // ------------------------------------------------------------------ (b)

    /**
     * Issue 13 (b): a deposit for an invoice whose card attempt is open waits, unmatched, with the reason;
     * a hand match is refused meanwhile; once the attempt is decided the deposit pays the invoice (card
     * failed) or stays open for staff (card paid).
     */
    @Test
    void issue13ABankMatchWaitsWhileTheCardAttemptIsOpen() throws Exception {
        long[] c = customer(PaymentMethod.CARD_AUTO);
        card(c[2], c[1], WalletIT.OK_CARD);
        String name = em.find(BillingAccount.class, c[0]).getName();
        long supply = uniqueSupply();
        long total = supply + supply / 10;
        long invoiceId = invoice(c, supply);
        // the automatic charge opened an attempt and has not heard back yet
        PaymentAttempt open = invoiceCharges.open(invoiceId, null).orElseThrow();

        String ref = "BNK-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "거래번호,거래일자,입금자,입금액\n" + ref + "," + YearMonth.now(clock).atDay(25) + "," + name + ","
                + total + "\n";
        BankReconciliation.UploadResult r = bank.upload(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, r.matched());
        assertEquals(1, r.waiting());
        BankDeposit d = depositOf(ref);
        assertFalse(d.isMatched());
        assertTrue(d.isWaiting());
        assertTrue(d.getWaitingReason().contains(open.orderId()), d.getWaitingReason());
        assertEquals(InvoiceStatus.UNPAID, invoiceOf(invoiceId).getStatus());
        BizbillException byHand = assertThrows(BizbillException.class,
                () -> bank.matchByHand(d.getId(), invoiceOf(invoiceId).getNumber()));
        assertEquals(ErrorCode.BANK_MATCH_WAITS_FOR_CARD, byHand.getCode());
        assertEquals(0, queries.paymentsOf(invoiceId).size());

        // the card attempt is decided: it never reached the gateway; the waiting deposit pays the invoice now
        attempts.failByHand(open.getId(), "checked with the gateway");
        BankDeposit paid = depositOf(ref);
        assertTrue(paid.isMatched());
        assertEquals(invoiceId, paid.getInvoiceId());
        assertEquals(InvoiceStatus.PAID, invoiceOf(invoiceId).getStatus());
        assertEquals(com.bizbill.billing.InvoicePaymentMethod.TRANSFER, queries.paymentsOf(invoiceId).get(0).getMethod());

        // the other way round: the card attempt turns out paid; the deposit stays open for staff, with why
        long supply2 = uniqueSupply();
        long invoice2 = invoice(c, supply2);
        PaymentAttempt open2 = invoiceCharges.open(invoice2, null).orElseThrow();
        String ref2 = ref + "-2";
        bank.upload(("거래번호,거래일자,입금자,입금액\n" + ref2 + "," + YearMonth.now(clock).atDay(26) + "," + name + ","
                + (supply2 + supply2 / 10) + "\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(depositOf(ref2).isWaiting());
        var cardOnFile = cards.activeCard(c[2]).orElseThrow();
        sandbox.charge(new PaymentGateway.ChargeRequest(cardOnFile.getBillingKey(), cardOnFile.getCustomerKey(),
                open2.orderId(), "청구서 결제", open2.getAmount(), open2.idempotencyKey()));
        assertEquals(PaymentStatus.SUCCEEDED, payments.reconcile(open2.getId()).getStatus());
        assertEquals(InvoiceStatus.PAID, invoiceOf(invoice2).getStatus());
        BankDeposit left = depositOf(ref2);
        assertFalse(left.isMatched());
        assertFalse(left.isWaiting());
        assertTrue(left.getWaitingReason().contains("no longer owes"), left.getWaitingReason());
        assertEquals(1, queries.paymentsOf(invoice2).size(), "paid once, by card");
    }

    private BankDeposit depositOf(String bankReference) {
        return em.createQuery("select d from BankDeposit d where d.bankReference = :r", BankDeposit.class)
                .setParameter("r", bankReference).getSingleResult();
    }

    // ------------------------------------------------------------------ (c)

    /**
     * Issue 13 (c): staff settle INITIATED attempts by asking the gateway: one the gateway charged is booked
     * at once; one it never saw is closed once older than a call can take (a younger one may still be on its
     * way); one checked by hand is closed as failed.
     */
    @Test
    void issue13StaffSettleAnInitiatedAttemptByAskingTheGateway() throws Exception {
        long[] c = customer(PaymentMethod.CARD_AUTO);
        card(c[2], c[1], WalletIT.OK_CARD);
        long charged = invoice(c, 40_000);
        long never = invoice(c, 50_000);
        long byHand = invoice(c, 70_000);
        // the charge run died after the gateway charged, before it heard back
        PaymentAttempt a = invoiceCharges.open(charged, null).orElseThrow();
        var cardOnFile = cards.activeCard(c[2]).orElseThrow();
        sandbox.charge(new PaymentGateway.ChargeRequest(cardOnFile.getBillingKey(), cardOnFile.getCustomerKey(),
                a.orderId(), "청구서 결제", a.getAmount(), a.idempotencyKey()));
        assertEquals(1, fixtures.gatewayCharges(c[2]));
        assertEquals(PaymentStatus.INITIATED, attempts.find(a.getId()).getStatus());

        PaymentAttempt asked = payments.reconcile(a.getId()); // the staff screen's "ask the gateway"
        assertEquals(PaymentStatus.SUCCEEDED, asked.getStatus());
        assertEquals(InvoiceStatus.PAID, invoiceOf(charged).getStatus());
        assertEquals(1, queries.paymentsOf(charged).size());
        assertEquals(1, fixtures.gatewayCharges(c[2]), "asked, never charged again");

        // the run died before the call: the gateway has nothing
        PaymentAttempt b = invoiceCharges.open(never, null).orElseThrow();
        assertEquals(PaymentStatus.INITIATED, payments.reconcile(b.getId()).getStatus(),
                "a fresh INITIATED attempt may still be on its way to the gateway");
        demoClock.advance(Duration.ofMinutes(6));
        try {
            PaymentAttempt closed = payments.reconcile(b.getId());
            assertEquals(PaymentStatus.FAILED, closed.getStatus());
            assertEquals("NOT_FOUND_PAYMENT", closed.getFailureCode());
        } finally {
            demoClock.reset();
        }
        assertEquals(InvoiceStatus.UNPAID, invoiceOf(never).getStatus());

        // staff may close an INITIATED attempt by hand too (before issue 13 only an UNKNOWN one)
        PaymentAttempt h = invoiceCharges.open(byHand, null).orElseThrow();
        PaymentAttempt closedByHand = attempts.failByHand(h.getId(), "checked with the gateway");
        assertEquals(PaymentStatus.FAILED, closedByHand.getStatus());
        assertEquals("MANUAL", closedByHand.getFailureCode());
        assertEquals(ErrorCode.PAYMENT_ATTEMPT_STATE_CONFLICT, assertThrows(BizbillException.class, // issue 15 §2
                () -> attempts.failByHand(h.getId(), "again")).getCode());
    }

    // ------------------------------------------------------------------ (d)

    /**
     * Issue 13 (d): a wallet charge cancel and an invoice card cancel whose booking fails after the gateway
     * refunded: the refund is not lost (the cancel attempt stays open, flagged), a retry is refused instead of
     * refunding again, and reconciliation (the job, or staff) books it once, looking the cancel up by its key.
     */
    @Test
    void issue13ACancelWhoseCommitFailsAfterTheGatewayRefundedIsFinishedByReconciliationNeverRefundedTwice()
            throws Exception {
        long[] w = company();
        card(w[0], w[1], WalletIT.OK_CARD);
        WalletCharge charge = charging.chargeCard(w[0], 10_000, UUID.randomUUID().toString());
        assertEquals(ChargeStatus.COMPLETED, charge.getStatus());
        String paymentKey = wallets.charge(w[0], charge.getId()).getPaymentKey();
        failing.failOnce(WalletService.CHARGE_CANCEL_PURPOSE, charge.getId() + ":3000");

        BizbillException pending = assertThrows(BizbillException.class,
                () -> wallets.cancelCharge(w[0], charge.getId(), 3_000));
        assertEquals(ErrorCode.PAYMENT_CANCEL_PENDING, pending.getCode());
        assertEquals(3_000, sandbox.cancelledAmountOf(paymentKey), "the gateway refunded");
        assertEquals(10_000, wallets.balance(w[0]), "not booked: the booking rolled back");
        PaymentAttempt cancel = lastAttempt(WalletService.CHARGE_CANCEL_PURPOSE, charge.getId() + ":3000");
        assertTrue(cancel.isCancel());
        assertEquals(PaymentStatus.INITIATED, cancel.getStatus());
        assertTrue(cancel.isNeedsStaff(), "flagged for staff");

        // the customer tries again: refused while the first is being settled, nothing refunded twice
        assertEquals(ErrorCode.PAYMENT_CANCEL_IN_PROGRESS, assertThrows(BizbillException.class,
                () -> wallets.cancelCharge(w[0], charge.getId(), 3_000)).getCode());
        assertEquals(3_000, sandbox.cancelledAmountOf(paymentKey));

        // the hourly job (once the attempt is past the in-flight window) finishes it by looking the cancel up
        demoClock.advance(Duration.ofMinutes(6));
        try {
            JobRun run = runReconciliationJob();
            assertEquals(JobRunStatus.COMPLETED, run.getStatus(), run.getMessage());
        } finally {
            demoClock.reset();
        }
        assertEquals(PaymentStatus.SUCCEEDED, attempts.find(cancel.getId()).getStatus());
        assertFalse(attempts.find(cancel.getId()).isNeedsStaff());
        assertEquals(7_000, wallets.balance(w[0]));
        assertEquals(3_000, wallets.charge(w[0], charge.getId()).getCancelledAmount());
        assertEquals(3_000, sandbox.cancelledAmountOf(paymentKey), "refunded once");
        assertEquals(wallets.ledgerBalance(w[0]), wallets.balance(w[0]));
        // asking again changes nothing; a new cancel is a new attempt with a new key
        payments.reconcile(cancel.getId());
        assertEquals(7_000, wallets.balance(w[0]));
        wallets.cancelCharge(w[0], charge.getId(), 2_000);
        assertEquals(5_000, wallets.balance(w[0]));
        assertEquals(5_000, sandbox.cancelledAmountOf(paymentKey));

        // BP-PAY-4: the same for an invoice card cancel, settled by staff asking the gateway
        long[] c = customer(PaymentMethod.CARD_IMMEDIATE);
        card(c[2], c[1], WalletIT.OK_CARD);
        long invoiceId = invoice(c, 20_000); // 22,000 incl. VAT
        assertEquals(PaymentStatus.SUCCEEDED, invoicePayments.payNow(c[1], List.of(invoiceId)).get(0).status());
        InvoicePayment payment = queries.paymentsOf(invoiceId).get(0);
        String invoiceKey = attempts.find(payment.getAttemptId()).getPaymentKey();
        failing.failOnce(InvoiceBookings.CARD_CANCEL_PURPOSE, String.valueOf(payment.getId()));
        assertEquals(ErrorCode.PAYMENT_CANCEL_PENDING, assertThrows(BizbillException.class,
                () -> cardCancels.cancelCardPayment(payment.getId(), 2_000L)).getCode());
        assertEquals(2_000, sandbox.cancelledAmountOf(invoiceKey));
        assertEquals(InvoiceStatus.PAID, invoiceOf(invoiceId).getStatus());
        PaymentAttempt invoiceCancel = lastAttempt(InvoiceBookings.CARD_CANCEL_PURPOSE, String.valueOf(payment.getId()));
        assertEquals(ErrorCode.PAYMENT_CANCEL_IN_PROGRESS, assertThrows(BizbillException.class,
                () -> cardCancels.cancelCardPayment(payment.getId(), 2_000L)).getCode());
        assertEquals(PaymentStatus.SUCCEEDED, payments.reconcile(invoiceCancel.getId()).getStatus());
        assertEquals(InvoiceStatus.PARTIALLY_PAID, invoiceOf(invoiceId).getStatus());
        assertEquals(2_000, invoiceOf(invoiceId).balance());
        assertEquals(2_000, sandbox.cancelledAmountOf(invoiceKey), "refunded once");
        assertEquals(2, queries.paymentsOf(invoiceId).size(), "the payment and its one cancel");
    }

    // ------------------------------------------------------------------ (e)

    /** Issue 13 (e): the sandbox answers a repeated cancel idempotency key with its first result, no second refund. */
    @Test
    void issue13TheSandboxHonoursCancelIdempotencyKeys() throws Exception {
        long[] w = company();
        card(w[0], w[1], WalletIT.OK_CARD);
        WalletCharge charge = charging.chargeCard(w[0], 10_000, UUID.randomUUID().toString());
        String paymentKey = wallets.charge(w[0], charge.getId()).getPaymentKey();
        String key = "it-cancel-" + UUID.randomUUID();

        assertTrue(sandbox.lookupCancel(paymentKey, 1_000L, "r", key).isEmpty(), "not seen yet");
        PaymentGateway.CancelResult first = sandbox.cancel(paymentKey, 1_000L, "r", key);
        PaymentGateway.CancelResult again = sandbox.cancel(paymentKey, 1_000L, "r", key);
        assertTrue(first.ok());
        assertEquals(first, again, "the same key answers the first result");
        assertEquals(1_000, sandbox.cancelledAmountOf(paymentKey), "refunded once");
        assertEquals(first, sandbox.lookupCancel(paymentKey, 1_000L, "r", key).orElseThrow());
        // another key is another cancel
        assertTrue(sandbox.cancel(paymentKey, 1_000L, "r", key + "-2").ok());
        assertEquals(2_000, sandbox.cancelledAmountOf(paymentKey));
        // a refused cancel is kept too: the same key is refused again, without a refund
        String tooMuch = key + "-3";
        assertFalse(sandbox.cancel(paymentKey, 50_000L, "r", tooMuch).ok());
        assertFalse(sandbox.cancel(paymentKey, 50_000L, "r", tooMuch).ok());
        assertEquals(2_000, sandbox.cancelledAmountOf(paymentKey));
    }

    // ------------------------------------------------------------------ (f)

    /** Issue 13 (f): the ledger check includes the overpayment account: its balance equals the open overpayments. */
    @Test
    void issue13TheLedgerCheckIncludesTheOverpaymentAccount() throws Exception {
        LedgerCheck before = ledger.check();
        assertTrue(before.overpaymentsAgree(), before.toString());
        assertEquals(overpayments.heldTotal(), before.openOverpayments());
        assertEquals(overpaymentAccount(), before.overpaymentAccountBalance());

        long[] c = customer(PaymentMethod.CARD_IMMEDIATE);
        card(c[2], c[1], WalletIT.TIMEOUT_CARD);
        long invoiceId = invoice(c, 30_000); // 33,000 incl. VAT
        invoicePayments.payNow(c[1], List.of(invoiceId));
        PaymentAttempt a = lastAttempt(InvoiceBookings.PAYMENT_PURPOSE, String.valueOf(invoiceId));
        bookings.applyTransfer(invoiceId, 33_000, "deposit-" + UUID.randomUUID());
        assertEquals(PaymentStatus.SUCCEEDED, payments.reconcile(a.getId()).getStatus());
        Overpayment o = overpayments.byAttempt(a.getId()).orElseThrow();

        LedgerCheck held = ledger.check();
        assertTrue(held.ok(), held.toString());
        assertEquals(before.overpaymentAccountBalance() + 33_000, held.overpaymentAccountBalance());
        assertEquals(before.openOverpayments() + 33_000, held.openOverpayments());

        // a posting to the account that no overpayment explains breaks the check; its reversal mends it
        String stray = "it-stray-" + UUID.randomUUID();
        ledger.post(new PostEntryCommand("TEST_STRAY", stray, "test", List.of(
                new PostEntryCommand.Line(LedgerAccounts.OPERATOR_CASH, 1),
                new PostEntryCommand.Line(LedgerAccounts.OPERATOR_OVERPAYMENTS, -1))));
        try {
            LedgerCheck broken = ledger.check();
            assertFalse(broken.overpaymentsAgree());
            assertFalse(broken.ok());
        } finally {
            ledger.post(new PostEntryCommand("TEST_STRAY_REVERSAL", stray + "-reversal", "test", List.of(
                    new PostEntryCommand.Line(LedgerAccounts.OPERATOR_CASH, -1),
                    new PostEntryCommand.Line(LedgerAccounts.OPERATOR_OVERPAYMENTS, 1))));
        }
        assertTrue(ledger.check().ok());

        overpayments.refund(o.getId());
        LedgerCheck refunded = ledger.check();
        assertTrue(refunded.ok(), refunded.toString());
        assertEquals(before.overpaymentAccountBalance(), refunded.overpaymentAccountBalance());
        assertEquals(before.openOverpayments(), refunded.openOverpayments());
        assertNotNull(overpayments.find(o.getId()).getRefundedAt());
    }
}
