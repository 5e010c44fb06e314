package com.bizbill.messaging;

import com.bizbill.usage.UsageJobs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;

/**
 * NB-CYC-1: which usage month a delivered message is billed with. Its own month, unless that month is
 * already closed for the store — its collection has started, or the store has its bill — in which
 * case the first later month still open: a late delivery report or a late import is billed once, late,
 * rather than never (collection counts a month's own messages and those carried into it).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ClosedMonths {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Carries {@code rec} (just delivered) into the store's first open month when its own is closed. */
    public void carryIfClosed(UsageRecord rec) {
        if (rec.getStatus() != UsageStatus.DELIVERED || rec.getCarryMonth() != null) {
            return;
        }
        YearMonth month = YearMonth.from(rec.getSentDate());
        if (!closed(rec.getStoreId(), month)) {
            return;
        }
        // the current month is never closed (its collection starts on the 2nd of the next): the loop ends
        YearMonth now = YearMonth.now(clock);
        YearMonth open = month.plusMonths(1);
        while (open.isBefore(now) && closed(rec.getStoreId(), open)) {
            open = open.plusMonths(1);
        }
        rec.carryTo(open);
    }

    /** Whether the store's month takes no more usage: its collection has started, or the store has its bill. */
    public boolean closed(long storeId, YearMonth month) {
        // by entity name: usage depends on messaging, not the other way round
        return em.createQuery("select count(j) from JobRun j where j.jobName = :job and j.period = :m", Long.class)
                .setParameter("job", UsageJobs.USAGE_COLLECTION.jobXmlName())
                .setParameter("m", month.toString()).getSingleResult() > 0
                || em.createQuery("select count(b) from UsageBill b where b.storeId = :s and b.usageMonth = :m",
                        Long.class).setParameter("s", storeId).setParameter("m", month.toString())
                .getSingleResult() > 0;
    }
}
