package com.bizbill.shared.audit;

import com.bizbill.shared.Page;
import com.bizbill.shared.context.Actor;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.context.RequestIds;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The audit trail (issue "identity": every staff action and every change of a member's state,
 * limit or role). {@link #record} joins the caller's transaction and refuses to run without one,
 * so a change and its trail commit or roll back together.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CallContext callContext;

    /**
     * One row, by the caller of this request (issue 15 §1: actor and request id from the {@link CallContext}).
     * {@code organisationId} is the organisation the change is about (a customer's, when staff act on
     * it), or null when it is about none.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String targetType, Object targetId, Long organisationId,
                       String before, String after) {
        String actor;
        String requestId;
        try {
            actor = callContext.actorName();
            requestId = callContext.requestId();
        } catch (ContextNotActiveException noRequest) { // a thread of the container without a request scope
            actor = Actor.SYSTEM.name();
            requestId = RequestIds.current();
        }
        persist(actor, requestId, action, targetType, targetId, organisationId, before, after);
    }

    /**
     * A row by someone the action itself identifies and the context cannot know yet: a signup by its
     * e-mail, an invitation accepted by its link, a login step by its id (or start-up set-up, which runs
     * outside any request). Only for those; everything else is {@link #record}.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(Actor actor, String action, String targetType, Object targetId, Long organisationId,
                         String before, String after) {
        String requestId;
        try {
            requestId = callContext.requestId();
        } catch (ContextNotActiveException noRequest) {
            requestId = RequestIds.current();
        }
        persist((actor == null ? Actor.SYSTEM : actor).name(), requestId, action, targetType, targetId,
                organisationId, before, after);
    }

    private void persist(String actor, String requestId, String action, String targetType, Object targetId,
                         Long organisationId, String before, String after) {
        em.persist(new AuditEntry(clock.instant(), actor, action, targetType,
                targetId == null ? null : String.valueOf(targetId), organisationId, before, after, requestId));
    }

    /** Newest first; every filter is optional ({@code text} matches actor, action, target or values). */
    public Page<AuditEntry> search(String text, String targetType, Instant from, Instant to, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(a.actor) like :t or lower(a.action) like :t or lower(a.targetId) like :t"
                    + " or lower(a.before) like :t or lower(a.after) like :t)");
            params.put("t", "%" + text.trim().toLowerCase() + "%");
        }
        if (targetType != null && !targetType.isBlank()) {
            where.append(" and a.targetType = :type");
            params.put("type", targetType);
        }
        if (from != null) {
            where.append(" and a.at >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and a.at < :to");
            params.put("to", to);
        }
        var count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        var items = em.createQuery("select a from AuditEntry a" + where + " order by a.id desc", AuditEntry.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            items.setParameter(k, v);
        });
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }
}
