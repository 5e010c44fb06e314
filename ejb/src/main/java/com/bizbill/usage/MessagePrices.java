package com.bizbill.usage;

import com.bizbill.shared.context.CallContext;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.messaging.MessageType;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * NB-PRICE-1: the price table, kept by staff. A new price applies from a day that has not started yet
 * (today at the earliest), so usage already sent keeps the price it was sent under; rows are never
 * changed, a change is a new row.
 */
@Stateless
public class MessagePrices {

    @Inject
    CallContext callContext;

    public static final long MAX_UNIT_PRICE = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<MessagePrice> all() {
        return em.createQuery("select p from MessagePrice p order by p.storeId, p.type, p.validFrom desc",
                MessagePrice.class).getResultList();
    }

    public PriceBook book() {
        return new PriceBook(all().stream().map(MessagePrice::toPrice).toList());
    }

    /** Days within [from, to) on which some price (list or contract) changes: rating splits the month there. */
    public List<LocalDate> changeDays(LocalDate from, LocalDate to) {
        return em.createQuery("select distinct p.validFrom from MessagePrice p where p.validFrom > :f "
                + "and p.validFrom < :t order by p.validFrom", LocalDate.class).setParameter("f", from)
                .setParameter("t", to).getResultList();
    }

    /** Adds a list price (storeId null) or a store's contract price from {@code validFrom} on. */
    public MessagePrice add(MessageType type, Long storeId, LocalDate validFrom, Long unitPrice) {
        List<BizbillException.FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(new BizbillException.FieldError("type", "field.required"));
        }
        if (validFrom == null || validFrom.isBefore(LocalDate.now(clock))) {
            errors.add(new BizbillException.FieldError("validFrom", "prices.fromToday"));
        }
        if (unitPrice == null || unitPrice < 0 || unitPrice > MAX_UNIT_PRICE) {
            errors.add(new BizbillException.FieldError("unitPrice", "prices.unitPriceRange"));
        }
        if (storeId != null) {
            Organisation o = em.find(Organisation.class, storeId);
            if (o == null || o.getKind() != OrganisationKind.PARTNER_STORE) {
                errors.add(new BizbillException.FieldError("store", "prices.noStore"));
            }
        }
        if (errors.isEmpty()) {
            var q = em.createQuery("select count(p) from MessagePrice p where p.type = :t and p.validFrom = :d "
                    + "and " + (storeId == null ? "p.storeId is null" : "p.storeId = :s"), Long.class)
                    .setParameter("t", type).setParameter("d", validFrom);
            if (storeId != null) {
                q.setParameter("s", storeId);
            }
            boolean taken = q.getSingleResult() > 0;
            if (taken) {
                errors.add(new BizbillException.FieldError("validFrom", "prices.sameDay"));
            }
        }
        if (!errors.isEmpty()) {
            throw new UsageException(ErrorCode.VALIDATION_FAILED, "invalid price", errors);
        }
        MessagePrice p = new MessagePrice(type, storeId, validFrom, unitPrice, callContext.actorName(),
                clock.instant());
        em.persist(p);
        audit.record("MESSAGE_PRICE_ADDED", "MESSAGE_PRICE", null, storeId, null,
                type + " " + unitPrice + " won from " + validFrom + (storeId == null ? "" : " for store " + storeId));
        return p;
    }
}
