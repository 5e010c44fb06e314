package com.bizbill.usage;

import com.bizbill.shared.context.CallContext;
import com.bizbill.billing.PaymentAttempt;
import com.bizbill.billing.PaymentAttempts;
import com.bizbill.billing.PaymentDecided;
import com.bizbill.identity.Organisation;
import com.bizbill.ledger.AccountType;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import com.bizbill.ledger.PostEntryCommand.Line;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The transactional steps of the usage cycle (NB-CYC-1), each short and on its own: writing a chunk of
 * bills with their receivables, opening a card attempt under the bill's lock, and booking the gateway's
 * decision in the transaction that records it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class UsageBillWriter {

    @Inject
    CallContext callContext;

    public static final String PAYMENT_PURPOSE = "USAGE_BILL";

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    PaymentAttempts attempts;

    @Inject
    Clock clock;

    @Inject
    com.bizbill.shared.audit.AuditLog audit;

    @Inject
    com.bizbill.billing.Overpayments overpayments;

    /**
     * Writes the bills of a chunk of stores, each with its receivable against message revenue and VAT.
     * A store billed meanwhile (its row exists) is skipped, so the month is billed once per store.
     *
     * @return the bills written
     */
    public List<UsageBill> write(YearMonth month, Map<Long, UsageRating.Rated> rated) {
        List<Long> existing = em.createQuery("select b.storeId from UsageBill b where b.usageMonth = :m "
                + "and b.storeId in :s", Long.class).setParameter("m", month.toString())
                .setParameter("s", List.copyOf(rated.keySet())).getResultList();
        List<UsageBill> written = new java.util.ArrayList<>();
        for (var e : rated.entrySet()) {
            if (existing.contains(e.getKey()) || e.getValue().total() <= 0) {
                continue;
            }
            UsageBill bill = new UsageBill(e.getKey(), month.toString(), e.getValue(), clock.instant());
            em.persist(bill);
            em.flush();
            String receivable = LedgerAccounts.usageReceivable(e.getKey());
            Organisation store = em.find(Organisation.class, e.getKey());
            ledger.openAccount(receivable, store.getName() + " 알림톡 이용요금 미수금", AccountType.ASSET, store.getId());
            ledger.post(new PostEntryCommand("USAGE_BILLED", "usage-bill-" + bill.getId(),
                    "알림톡 이용요금 " + month + " " + store.getName(), List.of(new Line(receivable, bill.getTotal()),
                            new Line(LedgerAccounts.OPERATOR_MESSAGE_REVENUE, -bill.getSupply()),
                            new Line(LedgerAccounts.OPERATOR_VAT_PAYABLE, -bill.getVat()))));
            written.add(bill);
        }
        return written;
    }

    /**
     * Opens the card attempt of a bill that may be charged now (open, or failed / without a card for a
     * retry), under the bill's row lock: a second run or a double click finds it CHARGING and does nothing.
     */
    public Optional<PaymentAttempt> openCharge(long billId, boolean retry) {
        UsageBill bill = em.find(UsageBill.class, billId, LockModeType.PESSIMISTIC_WRITE);
        boolean chargeable = bill.getStatus() == UsageBillStatus.OPEN
                || (retry && bill.getStatus().awaitsManualPayment());
        if (!chargeable) {
            return Optional.empty();
        }
        if (retry) {
            audit.record("USAGE_BILL_RETRY"
, "USAGE_BILL", billId, bill.getStoreId(),
                    bill.getStatus().name(), null);
        }
        bill.charging();
        return Optional.of(attempts.open(PAYMENT_PURPOSE, String.valueOf(billId), bill.getTotal()));
    }

    /** The store has no card: the bill waits for a manual payment (the store is told). */
    public boolean noCard(long billId) {
        UsageBill bill = em.find(UsageBill.class, billId, LockModeType.PESSIMISTIC_WRITE);
        if (!bill.getStatus().canBecome(UsageBillStatus.NO_CARD)) {
            return false; // a second run finds it charged or waiting already
        }
        bill.noCard();
        return true;
    }

    /** Books the gateway's decision on a bill's card charge, in the transaction that records it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void onPaymentDecided(@Observes PaymentDecided d) {
        if (!PAYMENT_PURPOSE.equals(d.purpose())) {
            return;
        }
        UsageBill bill = em.find(UsageBill.class, Long.parseLong(d.reference()), LockModeType.PESSIMISTIC_WRITE);
        if (bill.getStatus() != UsageBillStatus.CHARGING) {
            // decided before (a late duplicate answer); a confirmed charge the bill can no longer take (paid by
            // hand meanwhile) is held as an overpayment for staff to refund (issue 13)
            if (d.succeeded() && !("attempt-" + d.attemptId()).equals(bill.getPaymentReference())) {
                overpayments.hold(d, "usage bill " + bill.getId() + " is " + bill.getStatus()
                        + ": the card payment cannot be applied");
            }
            return;
        }
        if (d.succeeded()) {
            bill.paidByCard("attempt-" + d.attemptId(), clock.instant());
            settle(bill);
        } else {
            bill.chargeFailed(d.failureMessage() == null ? d.failureCode() : d.failureMessage());
        }
    }

    /** Staff record a manual payment (NB-CYC-1) with its reference; the receivable is settled once. */
    public UsageBill markPaid(long billId, String reference) {
        String staff = callContext.actorName();
        UsageBill bill = em.find(UsageBill.class, billId, LockModeType.PESSIMISTIC_WRITE);
        String before = bill.getStatus().name();
        bill.paidManually(reference, staff, clock.instant());
        settle(bill);
        audit.record("USAGE_BILL_PAID_MANUALLY", "USAGE_BILL", billId, bill.getStoreId(), before,
                "reference=" + reference);
        return bill;
    }

    public void failureNotified(long billId) {
        em.find(UsageBill.class, billId, LockModeType.PESSIMISTIC_WRITE).failureNotified(clock.instant());
    }

    public void notified(long billId) {
        em.find(UsageBill.class, billId, LockModeType.PESSIMISTIC_WRITE).notified(clock.instant());
    }

    private void settle(UsageBill bill) {
        ledger.post(new PostEntryCommand("USAGE_BILL_PAID", "usage-bill-" + bill.getId() + "-paid",
                "알림톡 이용요금 " + com.bizbill.shared.i18n.Formats.KOREAN.month(java.time.YearMonth.parse(bill.getUsageMonth())) + " 결제 ("
                        + com.bizbill.shared.i18n.Labels.KOREAN.of(bill.getStatus()) + ")",
                List.of(new Line(LedgerAccounts.OPERATOR_CASH, bill.getTotal()),
                        new Line(LedgerAccounts.usageReceivable(bill.getStoreId()), -bill.getTotal()))));
    }
}
