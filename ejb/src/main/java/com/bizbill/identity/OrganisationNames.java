package com.bizbill.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Issue 17 §2: staff read company names where an id was shown ("기업 5"); one query per page of rows.
 */
@Stateless
public class OrganisationNames {

    @PersistenceContext
    EntityManager em;

    /** The names of the organisations {@code ids} (unknown ids are absent). */
    public Map<Long, String> of(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
        return names;
    }

    /** Issue 20: the display name of a member (an order's orderer), or null for an unknown id. */
    public String member(long id) {
        return em.createQuery("select m.displayName from Member m where m.id = :id", String.class).setParameter("id", id)
                .getResultStream().findFirst().orElse(null);
    }
}
