package com.bizbill.usage;

import com.bizbill.identity.Organisation;
import com.bizbill.messaging.MessageType;
import com.bizbill.messaging.UsageStatus;
import com.bizbill.shared.Page;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the partner-admin and staff screens read (NB-USE-1, NB-PAY-1, the cycle dashboard). */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class UsageQueries {

    @PersistenceContext
    EntityManager em;

    /** One day of a store's usage: delivered (billable) counts per type, and the failed ones. */
    public record DailyUsage(LocalDate day, long alimtalk, long sms, long lms, long failed) {

        public long delivered() {
            return alimtalk + sms + lms;
        }
    }

    /** NB-USE-1: every day of the month (zeros included), counted by the database. */
    public List<DailyUsage> dailyUsage(long storeId, YearMonth month) {
        List<Object[]> rows = em.createQuery("select r.sentDate, r.type, r.status, count(r.type) from UsageRecord r "
                        + "where r.storeId = :s and r.sentDate >= :a and r.sentDate < :b "
                        + "group by r.sentDate, r.type, r.status", Object[].class).setParameter("s", storeId)
                .setParameter("a", month.atDay(1)).setParameter("b", month.plusMonths(1).atDay(1)).getResultList();
        Map<LocalDate, long[]> byDay = new TreeMap<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            byDay.put(month.atDay(d), new long[4]);
        }
        for (Object[] r : rows) {
            long[] c = byDay.get((LocalDate) r[0]);
            long n = ((Number) r[3]).longValue();
            if (r[2] == UsageStatus.DELIVERED) {
                c[((MessageType) r[1]).ordinal()] += n;
            } else if (r[2] == UsageStatus.FAILED) {
                c[3] += n;
            }
        }
        List<DailyUsage> out = new ArrayList<>();
        byDay.forEach((day, c) -> out.add(new DailyUsage(day, c[0], c[1], c[2], c[3])));
        return out;
    }

    /** Totals of a month's days (the last row of the usage screen and its Excel). */
    public static DailyUsage total(List<DailyUsage> days) {
        return new DailyUsage(null, days.stream().mapToLong(DailyUsage::alimtalk).sum(),
                days.stream().mapToLong(DailyUsage::sms).sum(), days.stream().mapToLong(DailyUsage::lms).sum(),
                days.stream().mapToLong(DailyUsage::failed).sum());
    }

    /** NB-PAY-1: a store's bills, newest month first, optionally within [from, to] months. */
    public Page<UsageBill> billsOf(long storeId, YearMonth from, YearMonth to, int page, int size) {
        String where = "where b.storeId = :s and b.usageMonth >= :f and b.usageMonth <= :t";
        String f = from == null ? "0000-00" : from.toString();
        String t = to == null ? "9999-99" : to.toString();
        long total = em.createQuery("select count(b) from UsageBill b " + where, Long.class).setParameter("s", storeId)
                .setParameter("f", f).setParameter("t", t).getSingleResult();
        return new Page<>(em.createQuery("select b from UsageBill b " + where + " order by b.usageMonth desc",
                        UsageBill.class).setParameter("s", storeId).setParameter("f", f).setParameter("t", t)
                .setFirstResult(page * size).setMaxResults(size).getResultList(), page, size, total);
    }

    /** A bill with its store's name (staff lists). */
    public record BillRow(UsageBill bill, String storeName, String mainPhone) {
    }

    /** Staff: a month's bills, optionally of one status or store name, paged. */
    public Page<BillRow> bills(YearMonth month, UsageBillStatus status, String storeName, int page, int size) {
        StringBuilder where = new StringBuilder("where o.id = b.storeId");
        if (month != null) {
            where.append(" and b.usageMonth = :m");
        }
        if (status != null) {
            where.append(" and b.status = :st");
        }
        boolean byName = storeName != null && !storeName.isBlank();
        if (byName) {
            where.append(" and lower(o.name) like :n");
        }
        var count = em.createQuery("select count(b) from UsageBill b, Organisation o " + where, Long.class);
        var items = em.createQuery("select b, o.name, o.mainPhone from UsageBill b, Organisation o " + where
                + " order by b.usageMonth desc, o.name", Object[].class);
        for (var q : List.of(count, items)) {
            if (month != null) {
                q.setParameter("m", month.toString());
            }
            if (status != null) {
                q.setParameter("st", status);
            }
            if (byName) {
                q.setParameter("n", "%" + storeName.trim().toLowerCase(java.util.Locale.ROOT) + "%");
            }
        }
        List<BillRow> rows = items.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> new BillRow((UsageBill) r[0], (String) r[1], (String) r[2])).toList();
        return new Page<>(rows, page, size, count.getSingleResult());
    }

    /** The cycle dashboard of one usage month: per status the count and amount, plus how many were notified. */
    public record Dashboard(YearMonth month, Map<UsageBillStatus, long[]> byStatus, long notified, long bills,
                            long total) {

        public long count(UsageBillStatus s) {
            return byStatus.getOrDefault(s, new long[2])[0];
        }

        public long amount(UsageBillStatus s) {
            return byStatus.getOrDefault(s, new long[2])[1];
        }
    }

    public Dashboard dashboard(YearMonth month) {
        Map<UsageBillStatus, long[]> by = new EnumMap<>(UsageBillStatus.class);
        long bills = 0;
        long total = 0;
        for (Object[] r : em.createQuery("select b.status, count(b), sum(b.total) from UsageBill b "
                + "where b.usageMonth = :m group by b.status", Object[].class).setParameter("m", month.toString())
                .getResultList()) {
            long n = ((Number) r[1]).longValue();
            long amount = ((Number) r[2]).longValue();
            by.put((UsageBillStatus) r[0], new long[] {n, amount});
            bills += n;
            total += amount;
        }
        long notified = em.createQuery("select count(b) from UsageBill b where b.usageMonth = :m "
                + "and b.notifiedAt is not null", Long.class).setParameter("m", month.toString()).getSingleResult();
        return new Dashboard(month, by, notified, bills, total);
    }

    /** Partner stores by name (staff pick one for the usage drill-down and contract prices). */
    public List<Organisation> stores() {
        return em.createQuery("select o from Organisation o where o.kind = com.bizbill.identity.OrganisationKind.PARTNER_STORE "
                + "order by o.name", Organisation.class).getResultList();
    }

    public UsageBill bill(long storeId, long billId) {
        UsageBill b = em.find(UsageBill.class, billId);
        if (b == null || b.getStoreId() != storeId) {
            throw new UsageException(com.bizbill.shared.error.ErrorCode.USAGE_BILL_NOT_FOUND,
                    "no usage bill " + billId);
        }
        return b;
    }

    /** Staff: any store's bill, or null (issue 15 §1: the PDF servlet asks here instead of the EntityManager). */
    public UsageBill anyBill(long billId) {
        return em.find(UsageBill.class, billId);
    }

    /** The name of the store a bill is for, as printed on it. */
    public String storeName(long storeId) {
        Organisation o = em.find(Organisation.class, storeId);
        return o == null ? "" : o.getName();
    }
}

