package com.bizbill.anniversary;

import com.bizbill.shared.jobs.IdWork;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** Issue 23 §4, CB-ANV-1: the daily job {@code anniversary-orders} (period = the day): each plan that is on. */
@Dependent
@Named("anniversaryWork")
public class AnniversaryWork extends IdWork {

    @PersistenceContext
    EntityManager em;

    @Inject
    AnniversaryDay day;

    @Override
    protected List<Long> ids(String period, JobPartition partition, Long after, int max) {
        return em.createQuery("select p.id from AnniversaryPlan p where p.status = :on and p.id > :after order by p.id",
                        Long.class).setParameter("on", AnniversaryStatus.ON).setParameter("after", after == null ? 0L : after)
                .setMaxResults(max).getResultList();
    }

    @Override
    protected ItemCounts one(String period, long id) {
        return day.run(id, LocalDate.parse(period));
    }
}
