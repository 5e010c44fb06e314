package com.bizbill.dispatch;

import com.bizbill.ordering.CouponOrder;
import com.bizbill.ordering.OrderProgress;
import com.bizbill.ordering.OrderStatus;
import com.bizbill.ordering.SendStatus;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** What dispatch has to do: the orders due, an order's recipients not yet handed to the gateway, its progress. */
@Stateless
public class DispatchQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    DispatchSteps steps;

    @Inject
    Clock clock;

    /**
     * Orders to dispatch now: reserved ones that fell due (an immediate order is due when placed), and sending ones
     * with recipients not yet settled towards the gateway (a paused or interrupted run).
     */
    public List<String> due(int max) {
        return em.createQuery("select o.number from CouponOrder o where "
                        + "((o.status = :reserved and o.dueAt <= :now) "
                        + "or (o.status = :sending and exists (select r from OrderRecipient r where r.orderId = o.id and "
                        + "(r.sendStatus is null or (r.sendStatus = :progress and r.messageRef is null))))) order by o.id",
                        String.class)
                .setParameter("reserved", OrderStatus.RESERVED)
                .setParameter("sending", OrderStatus.SENDING).setParameter("progress", SendStatus.IN_PROGRESS)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    /** The order's recipients in the partition not yet handed to the gateway, in id order after {@code after}. */
    public List<Long> toDispatch(String number, JobPartition partition, Long after, int max) {
        return em.createQuery("select r.id from OrderRecipient r, CouponOrder o where o.number = :n and r.orderId = o.id "
                        + "and (r.sendStatus is null or (r.sendStatus = :progress and r.messageRef is null)) "
                        + "and r.id > :after and mod(r.id, :count) = :index order by r.id", Long.class)
                .setParameter("n", number).setParameter("progress", SendStatus.IN_PROGRESS)
                .setParameter("after", after == null ? 0L : after).setParameter("count", (long) partition.count())
                .setParameter("index", (long) partition.index()).setMaxResults(max).getResultList();
    }

    public OrderProgress progress(String number) {
        CouponOrder o = em.createQuery("select o from CouponOrder o where o.number = :n", CouponOrder.class)
                .setParameter("n", number).getSingleResult();
        return steps.progress(o.getId());
    }
}
