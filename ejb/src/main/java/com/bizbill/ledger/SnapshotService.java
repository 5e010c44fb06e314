package com.bizbill.ledger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Queries of the daily balance-snapshot job: what is still to do for a day, and the balance to record. */
@Stateless
public class SnapshotService {

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    Clock clock;

    /** Ids of accounts after {@code afterId} that have no snapshot for {@code day}, in id order. */
    public List<Long> accountsWithoutSnapshot(LocalDate day, long afterId, int limit) {
        return em.createQuery("select a.id from LedgerAccount a where a.id > :after and not exists "
                        + "(select s from BalanceSnapshot s where s.accountId = a.id and s.snapshotDate = :day) "
                        + "order by a.id", Long.class)
                .setParameter("after", afterId).setParameter("day", day)
                .setMaxResults(limit).getResultList();
    }

    /** The snapshot of an account at the end of {@code day} in the application's time zone. */
    public BalanceSnapshot snapshot(long accountId, LocalDate day) {
        var endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return new BalanceSnapshot(accountId, day, ledger.postingSum(accountId, endOfDay), clock.instant());
    }

    public long countSnapshots(LocalDate day) {
        return em.createQuery("select count(s) from BalanceSnapshot s where s.snapshotDate = :day", Long.class)
                .setParameter("day", day).getSingleResult();
    }

    public List<BalanceSnapshot> snapshots(LocalDate day) {
        return em.createQuery("select s from BalanceSnapshot s where s.snapshotDate = :day order by s.accountId",
                BalanceSnapshot.class).setParameter("day", day).getResultList();
    }
}
