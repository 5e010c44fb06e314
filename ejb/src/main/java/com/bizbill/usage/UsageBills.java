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

    /**
     * The 2nd: what each store with delivered messages in the month owes, with those of earlier months that were
     * known delivered only after their month was billed (carried into this one), by store id. The database counts
     * (grouped by store and type within each stretch of days whose prices do not change; carried messages by their
     * day); Java only multiplies, each message at the price of the day it was sent. The job's chunk step
     * ({@link UsageCollectionWork}) writes the bills.
     */
    public java.util.SortedMap<Long, UsageRating.Rated> rate(YearMonth month) {
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
        java.util.SortedMap<Long, UsageRating.Rated> rated = new TreeMap<>();
        counts.forEach((store, daily) -> rated.put(store, UsageRating.rate(store, daily, book)));
        return rated;
    }

    /** The 3rd: bills of the month not notified yet, a page in id order after {@code afterId}. */
    public List<Long> unnotified(YearMonth month, Long afterId, int max) {
        return em.createQuery("select b.id from UsageBill b where b.usageMonth = :m and b.notifiedAt is null "
                        + "and b.id > :after order by b.id", Long.class).setParameter("m", month.toString())
                .setParameter("after", afterId == null ? 0L : afterId).setMaxResults(max).getResultList();
    }

    /**
     * The 3rd: the bill goes to its store's main number by Alimtalk. False when the store has no reachable main
     * number (a re-run tries again; staff see the count); null when it was notified already.
     */
    public Boolean notifyBill(long billId) {
        UsageBill b = bill(billId);
        if (b.getNotifiedAt() != null) {
            return null;
        }
        Organisation store = em.find(Organisation.class, b.getStoreId());
        boolean hasCard = cards.activeCard(b.getStoreId()).isPresent();
        if (!notices.send(store, UsageNotices.BILL_TEMPLATE, UsageNotices.billText(store, b, hasCard))) {
            return false;
        }
        writer.notified(billId);
        return true;
    }

    /** The 5th: open bills of the month, a page in id order after {@code afterId}. */
    public List<Long> open(YearMonth month, Long afterId, int max) {
        return em.createQuery("select b.id from UsageBill b where b.usageMonth = :m and b.status = :open "
                        + "and b.id > :after order by b.id", Long.class).setParameter("m", month.toString())
                .setParameter("open", UsageBillStatus.OPEN).setParameter("after", afterId == null ? 0L : afterId)
                .setMaxResults(max).getResultList();
    }

    /**
     * The 5th: charges one open bill with its store's registered card (one attempt, one idempotency key); a store
     * without a card gets NO_CARD instead of an attempt. Returns the bill after, or null when there was nothing to
     * do (charged or waiting already). Failures are told by the failure notices, after the charges.
     */
    public UsageBill chargeBill(long billId) {
        return chargeOne(billId, false);
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
     * Tells each store whose charge failed (or could not be made) and was not told yet; {@code month} null: every
     * month. Staff's retry tells at once; the jobs do it as a chunk step ({@link UsageFailureNoticeWork}).
     */
    public int notifyFailures(YearMonth month) {
        int told = 0;
        for (long id : untoldFailures(month, null, Integer.MAX_VALUE)) {
            if (Boolean.TRUE.equals(tellFailure(id))) {
                told++;
            }
        }
        return told;
    }

    /** Bills whose failed charge was not told yet, of {@code month} (null: any), a page in id order. */
    public List<Long> untoldFailures(YearMonth month, Long afterId, int max) {
        var q = em.createQuery("select b.id from UsageBill b where b.status in :s and b.failureNotifiedAt is null"
                        + " and b.id > :after" + (month == null ? "" : " and b.usageMonth = :m") + " order by b.id",
                        Long.class)
                .setParameter("s", List.of(UsageBillStatus.CHARGE_FAILED, UsageBillStatus.NO_CARD))
                .setParameter("after", afterId == null ? 0L : afterId);
        if (month != null) {
            q.setParameter("m", month.toString());
        }
        return q.setMaxResults(max).getResultList();
    }

    /**
     * Tells the store of one failed bill, once per failure, reachable or not; true when the notice went out. A bill
     * told meanwhile (or paid) is left alone: null.
     */
    public Boolean tellFailure(long billId) {
        UsageBill b = bill(billId);
        if (b.getFailureNotifiedAt() != null || !b.getStatus().awaitsManualPayment()) {
            return null;
        }
        Organisation store = em.find(Organisation.class, b.getStoreId());
        boolean told = notices.send(store, UsageNotices.FAILURE_TEMPLATE, UsageNotices.failureText(store, b));
        writer.failureNotified(billId);
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
