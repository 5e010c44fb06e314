package com.bizbill.shared.mail;

import com.bizbill.shared.Page;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reads the sandbox outbox for the admin screen and tests, newest first, optionally by recipient. */
@Stateless
public class Outbox {

    @PersistenceContext
    EntityManager em;

    public Page<OutboxMail> list(String recipientFilter, int page, int size) {
        String where = recipientFilter == null || recipientFilter.isBlank() ? ""
                : " where lower(m.recipient) like :r";
        var count = em.createQuery("select count(m) from OutboxMail m" + where, Long.class);
        var items = em.createQuery("select m from OutboxMail m" + where + " order by m.id desc", OutboxMail.class);
        if (!where.isEmpty()) {
            String like = "%" + recipientFilter.trim().toLowerCase() + "%";
            count.setParameter("r", like);
            items.setParameter("r", like);
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }
}
