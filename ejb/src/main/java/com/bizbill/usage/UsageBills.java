package com.bizbill.usage;

import com.bizbill.shared.context.CallContext;
import com.bizbill.billing.CardService;
import com.bizbill.billing.PaymentAttempt;
import com.bizbill.billing.PaymentCard;
import com.bizbill.billing.Payments;
import com.bizbill.identity.Organisation;
import com.bizbill.messaging.MessageType;
import com.bizbill.messaging.UsageStatus;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * NB-CYC-1, the monthly cycle of a usage month: collect (2nd), notify (3rd), charge (5th), then the
 * manual payments and staff retries. Outside a transaction; every step commits in small pieces and
 * selects only what is not done yet, so a second run, or a run after a crash, does nothing twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsageBills {

    @Inject
    CallContext callContext;

    /** Stores per bill-writing transaction. */
    static final int CHUNK = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    MessagePrices prices;

    @Inject
    UsageBillWriter writer;

    @Inject
    UsageNotices notices;

    @Inject
    CardService cards;

    @Inject
    Payments payments;

    public record CollectSummary(YearMonth month, int stores, int billed, int alreadyBilled, long total) {
        @Override
        public String toString() {
            return "month=" + month + ", stores=" + stores + ", billed=" + billed + ", alreadyBilled=" + alreadyBilled
                    + ", total=" + total;
        }
    }

    public record StepSummary(YearMonth month, int due, int done, int failed, int skipped, long amount) {
        @Override
        public String toString() {
            return "month=" + month + ", due=" + due + ", done=" + done + ", failed=" + failed + ", skipped=" + skipped
                    + ", amount=" + amount;
        }
    }

    /**
     * The 2nd: one bill per store with delivered messages in the month, and those of earlier months that
     * were known delivered only after their month was billed (carried into this one). The database
     * counts (grouped by store and type within each stretch of days whose prices do not change; carried
     * messages by their day); Java only multiplies, each message at the price of the day it was sent.
     */
    public CollectSummary collect(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        List<LocalDate> cuts = new ArrayList<>();
        cuts.add(from);
        cuts.addAll(prices.changeDays(from, to));
        cuts.add(to);
        Map<Long, List<UsageRating.DailyCount>> counts = new TreeMap<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            LocalDate a = cuts.get(i);
            // count(r.type), not count(r): EclipseLink writes count(r) as COUNT(ID), which is not in the
            // index, so Derby would read all 10 million rows from the table (benchmark: 143 s of 188 s)
            List<Object[]> rows = em.createQuery("select r.storeId, r.type, count(r.type) from UsageRecord r "
                            + "where r.sentDate >= :a and r.sentDate < :b and r.status = :delivered "
                            + "and r.carryMonth is null group by r.storeId, r.type", Object[].class).setParameter("a", a)
                    .setParameter("b", cuts.get(i + 1)).setParameter("delivered", UsageStatus.DELIVERED)
                    .getResultList();
            for (Object[] r : rows) {
                counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(new UsageRating.DailyCount((MessageType) r[1], a, ((Number) r[2]).longValue()));
            }
        }
        // carried here: few (late reports, late imports), so counted per day
        for (Object[] r : em.createQuery("select r.storeId, r.type, r.sentDate, count(r.type) from UsageRecord r "
                        + "where r.carryMonth = :m and r.status = :delivered group by r.storeId, r.type, r.sentDate",
                        Object[].class).setParameter("m", month.toString())
                .setParameter("delivered", UsageStatus.DELIVERED).getResultList()) {
            counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new UsageRating.DailyCount((MessageType) r[1], (LocalDate) r[2], ((Number) r[3]).longValue(),
                            true));
        }
        PriceBook book = prices.book();
        int billed = 0;
        long total = 0;
        Map<Long, UsageRating.Rated> chunk = new LinkedHashMap<>();
        for (var e : counts.entrySet()) {
            chunk.put(e.getKey(), UsageRating.rate(e.getKey(), e.getValue(), book));
            if (chunk.size() == CHUNK) {
                for (UsageBill b : writer.write(month, chunk)) {
                    billed++;
                    total += b.getTotal();
                }
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            for (UsageBill b : writer.write(month, chunk)) {
                billed++;
                total += b.getTotal();
            }
        }
        return new CollectSummary(month, counts.size(), billed, counts.size() - billed, total);
    }

    /** The 3rd: each bill not yet notified goes to its store's main number by Alimtalk. */
    public StepSummary notifyBills(YearMonth month) {
        List<Long> ids = em.createQuery("select b.id from UsageBill b where b.usageMonth = :m and b.notifiedAt is null "
                + "order by b.id", Long.class).setParameter("m", month.toString()).getResultList();
        int sent = 0;
        int failed = 0;
        for (long id : ids) {
            UsageBill b = em.find(UsageBill.class, id);
            Organisation store = em.find(Organisation.class, b.getStoreId());
            boolean hasCard = cards.activeCard(b.getStoreId()).isPresent();
            if (notices.send(store, UsageNotices.BILL_TEMPLATE, UsageNotices.billText(store, b, hasCard))) {
                writer.notified(id);
                sent++;
            } else {
                failed++; // no reachable main number: a re-run tries again, staff see the count
            }
        }
        return new StepSummary(month, ids.size(), sent, failed, 0, 0);
    }

    /**
     * The 5th: charges each open bill with its store's registered card (one attempt, one idempotency key);
     * a store without a card gets a notice instead of an attempt. Failures are told to the store's main
     * number and wait for a manual payment or a staff retry.
     */
    public StepSummary charge(YearMonth month) {
        List<Long> ids = em.createQuery("select b.id from UsageBill b where b.usageMonth = :m and b.status = :open "
                + "order by b.id", Long.class).setParameter("m", month.toString())
                .setParameter("open", UsageBillStatus.OPEN).getResultList();
        int paid = 0;
        int failed = 0;
        int skipped = 0;
        long amount = 0;
        for (long id : ids) {
            UsageBill after = chargeOne(id, false);
            if (after == null) {
                skipped++;
            } else if (after.getStatus() == UsageBillStatus.PAID) {
                paid++;
                amount += after.getTotal();
            } else if (after.getStatus().awaitsManualPayment()) {
                failed++;
            } else {
                skipped++; // CHARGING: the answer was lost; reconciliation decides
            }
        }
        notifyFailures(month);
        return new StepSummary(month, ids.size(), paid, failed, skipped, amount);
    }

    /** Staff retry the card of a failed (or card-less, now with a card) bill. */
    public UsageBill retry(long billId) {
        UsageBill b = bill(billId);
        if (!b.getStatus().awaitsManualPayment()) {
            throw new UsageException(ErrorCode.USAGE_BILL_NOT_PAYABLE, "bill " + billId + " is " + b.getStatus());
        }
        if (cards.activeCard(b.getStoreId()).isEmpty()) {
            throw new UsageException(ErrorCode.CARD_NOT_REGISTERED, "the store has no registered card");
        }
        UsageBill after = chargeOne(billId, true);
        notifyFailures(YearMonth.parse(b.getUsageMonth()));
        return after == null ? bill(billId) : after;
    }

    /** Staff record a manual payment (NB-CYC-1), with the bank or receipt reference. */
    public UsageBill markPaid(long billId, String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new UsageException(ErrorCode.VALIDATION_FAILED, "a payment reference is required",
                    List.of(new BizbillException.FieldError("reference", "usage.referenceRequired")));
        }
        UsageBill b = bill(billId);
        if (!b.getStatus().canBecome(UsageBillStatus.PAID_MANUALLY)) { // issue 15 §3: the bill's own table
            throw new UsageException(ErrorCode.USAGE_BILL_NOT_PAYABLE, "bill " + billId + " is " + b.getStatus());
        }
        return writer.markPaid(billId, reference.trim());
    }

    /**
     * Tells each store whose charge failed (or could not be made) and was not told yet; {@code month}
     * null: every month (after reconciliation decided lost answers).
     */
    public int notifyFailures(YearMonth month) {
        var q = em.createQuery("select b from UsageBill b where b.status in :s and b.failureNotifiedAt is null"
                        + (month == null ? "" : " and b.usageMonth = :m"), UsageBill.class)
                .setParameter("s", List.of(UsageBillStatus.CHARGE_FAILED, UsageBillStatus.NO_CARD));
        if (month != null) {
            q.setParameter("m", month.toString());
        }
        List<UsageBill> due = q.getResultList();
        int told = 0;
        for (UsageBill b : due) {
            Organisation store = em.find(Organisation.class, b.getStoreId());
            if (notices.send(store, UsageNotices.FAILURE_TEMPLATE, UsageNotices.failureText(store, b))) {
                told++;
            }
            writer.failureNotified(b.getId()); // once per failure, reachable or not
        }
        return told;
    }

    /** Charges one bill; {@code retry}: staff retry a failed one (false: the 5th's run). */
    private UsageBill chargeOne(long billId, boolean retry) {
        UsageBill b = bill(billId);
        Optional<PaymentCard> card = cards.activeCard(b.getStoreId());
        if (card.isEmpty()) {
            return writer.noCard(billId) ? bill(billId) : null;
        }
        Optional<PaymentAttempt> attempt = writer.openCharge(billId, retry);

        if (attempt.isEmpty()) {
            return null;
        }
        payments.chargeBillingKey(attempt.get(), card.get().getBillingKey(), card.get().getCustomerKey(),
                "알림톡 이용요금 " + b.getUsageMonth());
        return bill(billId);
    }

    public UsageBill bill(long billId) {
        UsageBill b = em.find(UsageBill.class, billId);
        if (b == null) {
            throw new UsageException(ErrorCode.USAGE_BILL_NOT_FOUND, "no usage bill " + billId);
        }
        return b;
    }
}
