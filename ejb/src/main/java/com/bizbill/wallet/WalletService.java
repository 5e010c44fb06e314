package com.bizbill.wallet;

import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.limits.BoundedNumbers;
import com.bizbill.shared.limits.BusinessLimits;

import com.bizbill.billing.PaymentAttempt;
import com.bizbill.billing.PaymentAttempts;
import com.bizbill.billing.PaymentDecided;
import com.bizbill.billing.PaymentStatus;
import com.bizbill.billing.gateway.PaymentGateway;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.PaymentType;
import com.bizbill.ledger.AccountType;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import com.bizbill.ledger.PostEntryCommand.Line;
import com.bizbill.shared.Page;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The prepaid wallet's transactions (CB-WAL-1..5). Every movement locks the wallet row, changes the
 * cached balance, posts the balanced ledger entry and writes the history line in one transaction:
 * all of it or none of it, and two debits can never both spend the same won.
 */
@Stateless
public class WalletService {

    @Inject
    CallContext callContext;

    public static final String CHARGE_PURPOSE = "WALLET_CHARGE";
    /** CB-WAL-3 charge cancels, as attempts (issue 13); the reference is "{chargeId}:{wallet amount}". */
    public static final String CHARGE_CANCEL_PURPOSE = "WALLET_CHARGE_CANCEL";

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessLimits limits;

    @Inject
    LedgerService ledger;

    @Inject
    PaymentAttempts attempts;

    @Inject
    PaymentGateway gateway;

    @Inject
    AuditLog audit;

    @Inject
    com.bizbill.billing.Payments payments;

    @Inject
    com.bizbill.billing.Overpayments overpayments;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    @Inject
    Clock clock;

    // ---------------------------------------------------------------- reading

    /** CB-WAL-1: the wallet is for prepaid coupon companies (their masters in the portal; their systems by API). */
    public boolean isPrepaid(long organisationId) {
        Organisation org = em.find(Organisation.class, organisationId);
        return org != null && org.getKind() == OrganisationKind.COUPON_COMPANY
                && org.getPaymentType() == PaymentType.PREPAID;
    }

    /**
     * Issue 24 §4: a refund may be asked for while the company pays prepaid, and after a switch to postpaid while a
     * prepaid balance is left (the balance stays refundable).
     */
    public boolean isRefundable(long organisationId) {
        if (isPrepaid(organisationId)) {
            return true;
        }
        Organisation org = em.find(Organisation.class, organisationId);
        return org != null && org.getKind() == OrganisationKind.COUPON_COMPANY
                && !em.createQuery("select w.id from Wallet w where w.organisationId = :o and w.balance > 0", Long.class)
                .setParameter("o", organisationId).getResultList().isEmpty();
    }

    public void requirePrepaid(long organisationId) {
        if (!isPrepaid(organisationId)) {
            throw new WalletException(ErrorCode.WALLET_NOT_AVAILABLE, "organisation " + organisationId
                    + " has no prepaid wallet");
        }
    }

    public long balance(long organisationId) {
        return walletOf(organisationId).getBalance();
    }

    /** The balance as the ledger has it (sum of postings): equal to {@link #balance} or the books are wrong. */
    public long ledgerBalance(long organisationId) {
        walletOf(organisationId);
        return ledger.balance(LedgerAccounts.prepaidBalance(organisationId)).balance();
    }

    /** Wallets whose cached balance differs from their ledger account (the admin ledger check). */
    public List<Long> walletsOutOfBalance() {
        return em.createQuery("select w.organisationId from Wallet w, LedgerAccount a where a.organisationId = "
                        + "w.organisationId and a.type = :t and a.code like '%:PREPAID' and w.balance <> "
                        + "-(select coalesce(sum(p.amount), 0) from Posting p where p.account = a)", Long.class)
                .setParameter("t", AccountType.LIABILITY).getResultList();
    }

    /**
     * The balance right after a completed charge, from its history line (an insert-only row): no wait
     * behind other movements that hold the wallet row.
     */
    public Long balanceAfterCharge(long organisationId, long chargeId) {
        return em.createQuery("select t.balanceAfter from WalletTransaction t where t.organisationId = :o "
                        + "and t.kind = :k and t.reference = :r", Long.class).setParameter("o", organisationId)
                .setParameter("k", WalletTransactionKind.CHARGE).setParameter("r", "charge-" + chargeId)
                .getResultStream().findFirst().orElse(null);
    }

    /** CB-WAL-2 history, newest first; every filter optional. */
    public Page<WalletTransaction> history(long organisationId, HistoryFilter f, int page, int size) {
        String where = " where t.organisationId = :o" + (f.kind() == null ? "" : " and t.kind = :k")
                + (f.from() == null ? "" : " and t.occurredAt >= :from") + (f.to() == null ? "" : " and t.occurredAt < :to");
        var count = em.createQuery("select count(t) from WalletTransaction t" + where, Long.class);
        var q = em.createQuery("select t from WalletTransaction t" + where + " order by t.id desc",
                WalletTransaction.class);
        for (var query : List.of(count, q)) {
            query.setParameter("o", organisationId);
            if (f.kind() != null) {
                query.setParameter("k", f.kind());
            }
            if (f.from() != null) {
                query.setParameter("from", f.from());
            }
            if (f.to() != null) {
                query.setParameter("to", f.to());
            }
        }
        return new Page<>(q.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList(),
                page, size, count.getSingleResult());
    }

    /** A history filter from business dates (whole days in the application's zone, both ends included). */
    public HistoryFilter filter(java.time.LocalDate from, java.time.LocalDate to, WalletTransactionKind kind) {
        return new HistoryFilter(from == null ? null : from.atStartOfDay(clock.getZone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), kind);
    }

    /** CB-WAL-1: pending virtual-account deposits, the latest 2. */
    public List<WalletCharge> pendingDeposits(long organisationId) {
        return em.createQuery("select c from WalletCharge c where c.organisationId = :o and c.status = :s "
                        + "and c.method = :m and c.accountNumber is not null order by c.id desc", WalletCharge.class)
                .setParameter("o", organisationId).setParameter("s", ChargeStatus.PENDING)
                .setParameter("m", ChargeMethod.VIRTUAL_ACCOUNT).setMaxResults(2).getResultList();
    }

    public Page<WalletCharge> charges(long organisationId, int page, int size) {
        long total = em.createQuery("select count(c) from WalletCharge c where c.organisationId = :o", Long.class)
                .setParameter("o", organisationId).getSingleResult();
        return new Page<>(em.createQuery("select c from WalletCharge c where c.organisationId = :o order by c.id desc",
                        WalletCharge.class).setParameter("o", organisationId)
                .setFirstResult(page * size).setMaxResults(size).getResultList(), page, size, total);
    }

    /** One of the organisation's charges; another organisation's is answered like a missing one. */
    public WalletCharge charge(long organisationId, long chargeId) {
        WalletCharge c = em.find(WalletCharge.class, chargeId);
        if (c == null || c.getOrganisationId() != organisationId) {
            throw new WalletException(ErrorCode.CHARGE_NOT_FOUND, "no charge " + chargeId);
        }
        return c;
    }

    /** The charge paid by the attempt with this order id: looked up by the stored order id (issue 14 §2), not parsed. */
    public Optional<WalletCharge> chargeByOrderId(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select c from WalletCharge c, PaymentAttempt a where a.orderId = :o "
                        + "and c.paymentAttemptId = a.id", WalletCharge.class)
                .setParameter("o", orderId).getResultStream().findFirst();
    }

    /** What was charged (net of cancels) in the last 7 days: refundable without a fee (CB-WAL-4). */
    public long chargedWithin7Days(long organisationId) {
        Long sum = em.createQuery("select coalesce(sum(c.amount - c.cancelledAmount), 0) from WalletCharge c "
                        + "where c.organisationId = :o and c.completedAt >= :since", Long.class)
                .setParameter("o", organisationId)
                .setParameter("since", clock.instant().minus(Duration.ofDays(7))).getSingleResult();
        return sum == null ? 0 : sum;
    }

    // ---------------------------------------------------------------- charging

    /**
     * Opens a charge and its payment attempt in one transaction. The request key makes a double
     * submit return the first charge ({@code created == false}) instead of a second one.
     */
    public OpenedCharge openCharge(long organisationId, ChargeMethod method, long amount, String requestKey) {
        String actor = callContext.actorName();
        requirePrepaid(organisationId);
        Optional<WalletCharge> earlier = byRequestKey(organisationId, requestKey);
        if (earlier.isPresent()) {
            return new OpenedCharge(earlier.get(), false);
        }
        if (amount < WalletCharge.MINIMUM_AMOUNT) {
            throw WalletException.field("amount", "wallet.charge.minimum", "CB-WAL-1: at least 1,000 won");
        }
        // issue 13: one charge is at most the configured maximum (bizbill.limits.wallet-charge)
        BoundedNumbers.require("amount", amount, WalletCharge.MINIMUM_AMOUNT, limits.walletCharge());
        walletOf(organisationId);
        WalletCharge c = new WalletCharge(organisationId, method, amount, requestKey, actor, clock.instant());
        em.persist(c);
        em.flush();
        PaymentAttempt a = attempts.open(CHARGE_PURPOSE, String.valueOf(c.getId()), amount);
        c.attachAttempt(a.getId());
        return new OpenedCharge(c, true);
    }

    /** A virtual account was issued for a charge: show where to deposit (CB-WAL-1 pending deposits). */
    public WalletCharge awaitDeposit(long chargeId, PaymentGateway.VirtualAccount va) {
        WalletCharge c = em.find(WalletCharge.class, chargeId, LockModeType.PESSIMISTIC_WRITE);
        c.awaitDeposit(va.paymentKey(), va.bank(), va.accountNumber(), va.dueAt());
        return c;
    }

    /**
     * Books a decided wallet-charge payment in the transaction that decided it: a success credits the
     * wallet (ledger: cash up, the organisation's prepaid liability up), a decline marks the charge failed.
     * A success for a charge that is no longer pending (closed meanwhile) is held as an overpayment for staff
     * to refund (issue 13). A charge cancel (CB-WAL-3) confirmed by the gateway is booked here too.
     */
    public void onPaymentDecided(@Observes PaymentDecided d) {
        if (CHARGE_CANCEL_PURPOSE.equals(d.purpose())) {
            if (d.succeeded()) {
                String[] ref = d.reference().split(":");
                bookChargeCancel(Long.parseLong(ref[0]), Long.parseLong(ref[1]), d.amount());
            }
            return;
        }
        if (!CHARGE_PURPOSE.equals(d.purpose())) {
            return;
        }
        WalletCharge c = em.find(WalletCharge.class, Long.parseLong(d.reference()), LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.isPending()) {
            if (d.succeeded()) {
                overpayments.hold(d, "wallet charge " + d.reference() + " is "
                        + (c == null ? "missing" : c.getStatus()) + ": the confirmed payment cannot be credited");
            }
            return;
        }
        if (!d.succeeded()) {
            c.fail(d.failureMessage() == null ? d.failureCode() : d.failureMessage());
            return;
        }
        c.complete(d.paymentKey(), clock.instant());
        move(c.getOrganisationId(), WalletTransactionKind.CHARGE, c.getAmount(), "charge-" + c.getId(),
                description("충전", com.bizbill.shared.i18n.Labels.KOREAN.of(c.getMethod())), List.of(new Line(LedgerAccounts.OPERATOR_CASH, c.getAmount())));
    }

    /**
     * CB-WAL-3 charge cancel, whole or part. Issue 13: the rule is checked under the wallet lock and the
     * cancel is written as an attempt (committed, its own idempotency key) before the gateway refunds the
     * card/transfer (less the fee after 7 days); the wallet is debited only once the gateway confirmed, in the
     * transaction that records it. A refusal by the gateway changes nothing; a lost answer or a failed
     * booking is {@code PAYMENT_CANCEL_PENDING}, finished by reconciliation, never by cancelling again.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public WalletCharge cancelCharge(long organisationId, long chargeId, long amount) {
        Optional<PaymentAttempt> opened = context.getBusinessObject(WalletService.class)
                .openChargeCancel(organisationId, chargeId, amount);
        if (opened.isPresent()) {
            PaymentAttempt done = payments.cancel(opened.get());
            if (done.getStatus() == PaymentStatus.FAILED) {
                throw new WalletException(ErrorCode.PAYMENT_DECLINED, "gateway refused the cancel: "
                        + done.getFailureCode());
            }
            if (done.getStatus() != PaymentStatus.SUCCEEDED) {
                throw new WalletException(ErrorCode.PAYMENT_CANCEL_PENDING, "cancel " + done.idempotencyKey()
                        + " is " + done.getStatus() + (done.isNeedsStaff() ? " (" + done.getStaffReason() + ")" : "")
                        + "; reconciliation settles it");
            }
        }
        return charge(organisationId, chargeId);
    }

    /**
     * CB-WAL-3 checked under the wallet lock; opens the cancel attempt for what goes back to the card, or,
     * when the fee eats the whole cancel, books it at once (nothing goes back to the card: empty).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<PaymentAttempt> openChargeCancel(long organisationId, long chargeId, long amount) {
        Wallet w = lockedWallet(organisationId);
        WalletCharge c = em.find(WalletCharge.class, chargeId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.getOrganisationId() != organisationId) {
            throw new WalletException(ErrorCode.CHARGE_NOT_FOUND, "no charge " + chargeId);
        }
        if (attempts.anyOpen(CHARGE_CANCEL_PURPOSE, String.valueOf(c.getId()))) {
            throw new WalletException(ErrorCode.PAYMENT_CANCEL_IN_PROGRESS, "a cancel of charge " + chargeId
                    + " is still being settled");
        }
        Instant chargedAt = refuseCancel(c, amount, w.getBalance());
        long fee = ChargeCancelPolicy.fee(chargedAt, clock.instant(), amount);
        long refund = amount - fee;
        audit.record("WALLET_CHARGE_CANCEL_REQUESTED", "WALLET_CHARGE", c.getId(), organisationId, null,
                "amount=" + amount + ", fee=" + fee);
        if (refund <= 0) { // the fee may eat a small cancel whole: then nothing goes back to the card
            bookChargeCancel(c.getId(), amount, 0);
            return Optional.empty();
        }
        // the reference carries the wallet amount; the attempt's amount is what the card gets back (fee = the rest)
        return Optional.of(attempts.openCancel(CHARGE_CANCEL_PURPOSE, c.getId() + ":" + amount, refund,
                c.getPaymentKey()));
    }

    /** CB-WAL-3 for a cancel of {@code amount} of {@code c}: throws the refusal in words; returns when it was charged. */
    private Instant refuseCancel(WalletCharge c, long amount, long balance) {
        Instant chargedAt = c.getCompletedAt() == null ? c.getCreatedAt() : c.getCompletedAt();
        ChargeCancelPolicy.Refusal refusal = ChargeCancelPolicy.check(c.getMethod(), chargedAt, clock.instant(),
                amount, c.cancellable(), balance);
        if (refusal != null) {
            throw switch (refusal) {
                case METHOD -> new WalletException(ErrorCode.CHARGE_NOT_CANCELLABLE, "CB-WAL-3: " + c.getMethod());
                case TOO_LATE -> new WalletException(ErrorCode.CHARGE_CANCEL_TOO_LATE, "CB-WAL-3: after 93 days");
                case SPENT -> new WalletException(ErrorCode.CHARGE_CANCEL_SPENT, "CB-WAL-3: balance " + balance);
                case AMOUNT -> WalletException.field("amount", "wallet.cancel.amount",
                        "CB-WAL-3: up to " + c.cancellable());
            };
        }
        return chargedAt;
    }

    /** Issue 18 §1: what a cancel would do, before the customer confirms it: the fee kept and the net refunded. */
    public record CancelQuote(long chargeId, long amount, long fee, long refund, ChargeMethod method)
            implements java.io.Serializable {
    }

    /**
     * Issue 18 §1, CB-WAL-3: the quote the confirmation shows (same checks and fee rule as the cancel itself,
     * without locks: the cancel checks again under the wallet lock).
     */
    public CancelQuote quoteCancel(long organisationId, long chargeId, long amount) {
        WalletCharge c = em.find(WalletCharge.class, chargeId);
        if (c == null || c.getOrganisationId() != organisationId) {
            throw new WalletException(ErrorCode.CHARGE_NOT_FOUND, "no charge " + chargeId);
        }
        Instant chargedAt = refuseCancel(c, amount, balance(organisationId));
        long fee = Math.min(amount, ChargeCancelPolicy.fee(chargedAt, clock.instant(), amount)); // a fee may eat it all
        return new CancelQuote(chargeId, amount, fee, amount - fee, c.getMethod());
    }

    /** The wallet side of a charge cancel: {@code amount} leaves the wallet, {@code refunded} of it went to the card. */
    private void bookChargeCancel(long chargeId, long amount, long refunded) {
        WalletCharge c = em.find(WalletCharge.class, chargeId, LockModeType.PESSIMISTIC_WRITE);
        long fee = amount - refunded;
        String reference = "charge-" + c.getId() + "-cancel-" + c.getCancelledAmount();
        c.cancel(amount, fee);
        List<Line> counter = fee == 0 ? List.of(new Line(LedgerAccounts.OPERATOR_CASH, -amount))
                : List.of(new Line(LedgerAccounts.OPERATOR_CASH, -(amount - fee)),
                new Line(LedgerAccounts.OPERATOR_FEE_REVENUE, -fee));
        move(c.getOrganisationId(), WalletTransactionKind.CHARGE_CANCEL, amount, reference,
                "충전 취소" + (fee == 0 ? "" : " (수수료 " + com.bizbill.shared.i18n.Formats.KOREAN.won(fee) + ")"), counter);
        audit.record("WALLET_CHARGE_CANCELLED", "WALLET_CHARGE", c.getId(), c.getOrganisationId(), null,
                "amount=" + amount + ", fee=" + fee);
    }

    // ---------------------------------------------------------------- use (orders)

    /**
     * CB-ORD-11: pays for an order from the wallet into money in flight (design.md); refused, with nothing moved, when
     * the balance is short, saying by how much.
     */
    public long use(long organisationId, long amount, String reference, String description) {
        return move(organisationId, WalletTransactionKind.USE, amount, reference, description,
                List.of(new Line(LedgerAccounts.OPERATOR_ORDERS_IN_FLIGHT, -amount)));
    }

    /** CB-DSP-2: a reserved order is cancelled (or a coupon cannot be issued): its amount comes back from money in flight. */
    public long cancelUse(long organisationId, long amount, String reference, String description) {
        return cancelUse(organisationId, amount, reference, description, LedgerAccounts.OPERATOR_ORDERS_IN_FLIGHT);
    }

    /**
     * The same from another operator account: issue 22 §6, a discarded coupon's price comes back from coupon sales
     * ({@code OP:COUPON-SALES}), where its issue had moved it.
     */
    public long cancelUse(long organisationId, long amount, String reference, String description, String from) {
        return move(organisationId, WalletTransactionKind.USE_CANCEL, amount, reference, description,
                List.of(new Line(from, amount)));
    }

    /** CB-ORD-4: a selectable order's recipient chose a cheaper gift: the difference comes back from money in flight. */
    public long differenceRefund(long organisationId, long amount, String reference, String description) {
        return move(organisationId, WalletTransactionKind.DIFFERENCE_REFUND, amount, reference, description,
                List.of(new Line(LedgerAccounts.OPERATOR_ORDERS_IN_FLIGHT, amount)));
    }

    /** CB-WAL-5: a refund request takes its amount out of the wallet at once, into "refund payable". */
    public long setAsideForRefund(long organisationId, long amount, String reference) {
        return move(organisationId, WalletTransactionKind.REFUND, amount, reference, "환불 신청",
                List.of(new Line(LedgerAccounts.OPERATOR_REFUND_PAYABLE, -amount)));
    }

    /** CB-WAL-5: a rejected or cancelled refund gives the amount back. */
    public long returnRefund(long organisationId, long amount, String reference, String description) {
        return move(organisationId, WalletTransactionKind.REFUND_RETURN, amount, reference, description,
                List.of(new Line(LedgerAccounts.OPERATOR_REFUND_PAYABLE, amount)));
    }

    // ---------------------------------------------------------------- shared

    /** The organisation's wallet, created on first use with the balance its ledger account already has. */
    public Wallet walletOf(long organisationId) {
        Optional<Wallet> w = em.createQuery("select w from Wallet w where w.organisationId = :o", Wallet.class)
                .setParameter("o", organisationId).getResultStream().findFirst();
        if (w.isPresent()) {
            return w.get();
        }
        Organisation org = em.find(Organisation.class, organisationId);
        if (org == null) {
            throw new WalletException(ErrorCode.WALLET_NOT_FOUND, "no organisation " + organisationId);
        }
        String code = LedgerAccounts.prepaidBalance(organisationId);
        ledger.openAccount(code, org.getName() + " 선불 충전금", AccountType.LIABILITY, organisationId);
        em.flush();
        Wallet created = new Wallet(organisationId, ledger.balance(code).balance(), clock.instant());
        em.persist(created);
        em.flush();
        return created;
    }

    Wallet lockedWallet(long organisationId) {
        Wallet w = walletOf(organisationId);
        em.lock(w, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(w); // the balance as committed by whoever held the lock before us
        return w;
    }

    /**
     * One wallet movement: lock, change the cached balance, post the entry (the wallet's leg plus the
     * counter legs given), write the history line. Returns the balance after.
     */
    long move(long organisationId, WalletTransactionKind kind, long amount, String reference, String description,
              List<Line> counterLegs) {
        Wallet w = lockedWallet(organisationId);
        try {
            if (kind.sign() > 0) {
                w.credit(amount);
            } else {
                w.debit(amount);
            }
        } catch (InsufficientBalanceException e) {
            // issue 20 §2: the refusal says by how much (needed, balance, short)
            throw new WalletException(ErrorCode.WALLET_INSUFFICIENT_BALANCE, "CB-WAL: " + e.getMessage(),
                    List.of(new com.bizbill.shared.error.BizbillException.FieldError("amount", "wallet.short",
                            List.of(amount, w.getBalance(), amount - w.getBalance()))));
        }
        List<Line> legs = new java.util.ArrayList<>(counterLegs);
        // the prepaid balance is a liability: a credit (negative) raises it
        legs.add(new Line(LedgerAccounts.prepaidBalance(organisationId), -kind.sign() * amount));
        long entryId = ledger.post(new PostEntryCommand("WALLET_" + kind.name(), reference, description, legs));
        em.persist(new WalletTransaction(organisationId, kind, amount, w.getBalance(), reference, description, entryId,
                clock.instant()));
        return w.getBalance();
    }

    public Optional<WalletCharge> findByRequestKey(long organisationId, String requestKey) {
        return byRequestKey(organisationId, requestKey);
    }

    private Optional<WalletCharge> byRequestKey(long organisationId, String requestKey) {
        return em.createQuery("select c from WalletCharge c where c.organisationId = :o and c.requestKey = :k",
                WalletCharge.class).setParameter("o", organisationId).setParameter("k", requestKey)
                .getResultStream().findFirst();
    }

    private static String description(String what, String method) {
        return what + " (" + method + ")";
    }

    /** A charge just opened, or the one a double submit found again. */
    public record OpenedCharge(WalletCharge charge, boolean created) {
    }

    /** CB-WAL-2 history filter: period [from, to) and kind, each optional. */
    public record HistoryFilter(Instant from, Instant to, WalletTransactionKind kind) {
        public static final HistoryFilter ALL = new HistoryFilter(null, null, null);
    }
}
