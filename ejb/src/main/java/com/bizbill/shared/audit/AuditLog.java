package com.bizbill.shared.audit;

import com.bizbill.shared.Page;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, String action, String targetType, Object targetId, Long organisationId,
                       String before, String after) {
        em.persist(new AuditEntry(clock.instant(), actor == null ? "system" : actor, action, targetType,
                targetId == null ? null : String.valueOf(targetId), organisationId, before, after));
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
