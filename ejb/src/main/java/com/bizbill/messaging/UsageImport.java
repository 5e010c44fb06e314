package com.bizbill.messaging;

import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.shared.error.BizbillException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Usage of stores whose messages went out elsewhere (NB-USE-1): imported records, idempotent by the
 * provider's message id — a record sent again is reported as a duplicate and changes nothing.
 */
@Stateless
public class UsageImport {

    public static final int MAX_BATCH = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /** One record as the other system reports it. */
    public record Imported(Long storeId, String messageId, MessageType type, Instant sentAt, Boolean delivered) {
    }

    public enum Outcome { CREATED, DUPLICATE, REJECTED }

    public record Result(int index, String messageId, Outcome outcome, List<String> problems) {
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Result> importAll(List<Imported> records) {
        if (records == null || records.isEmpty() || records.size() > MAX_BATCH) {
            throw new BizbillException(com.bizbill.shared.error.ErrorCode.VALIDATION_FAILED,
                    "1 to " + MAX_BATCH + " records per call",
                    List.of(new BizbillException.FieldError("records", "1 to " + MAX_BATCH + " records")));
        }
        UsageImport self = context.getBusinessObject(UsageImport.class);
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Imported r = records.get(i);
            List<String> problems = problems(r);
            if (!problems.isEmpty()) {
                out.add(new Result(i, r == null ? null : r.messageId(), Outcome.REJECTED, problems));
                continue;
            }
            Outcome o;
            try {
                o = com.bizbill.shared.error.TransientFailures.retry(() -> self.importOne(r));
            } catch (RuntimeException e) {
                // a concurrent twin inserted the same message id first: it is there once
                o = self.exists(r.messageId()) ? Outcome.DUPLICATE : Outcome.REJECTED;
            }
            out.add(new Result(i, r.messageId(), o, o == Outcome.REJECTED ? List.of("not stored") : List.of()));
        }
        return out;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome importOne(Imported r) {
        if (exists(r.messageId())) {
            return Outcome.DUPLICATE;
        }
        em.persist(UsageRecord.imported(r.storeId(), r.type(), r.sentAt(),
                r.sentAt().atZone(clock.getZone()).toLocalDate(), r.messageId(), r.delivered()));
        em.flush();
        return Outcome.CREATED;
    }

    public boolean exists(String messageId) {
        return em.createQuery("select count(r) from UsageRecord r where r.providerMessageId = :id", Long.class)
                .setParameter("id", messageId).getSingleResult() > 0;
    }

    private List<String> problems(Imported r) {
        List<String> p = new ArrayList<>();
        if (r == null) {
            return List.of("record");
        }
        if (r.storeId() == null) {
            p.add("storeId");
        } else {
            Organisation o = em.find(Organisation.class, r.storeId());
            if (o == null || o.getKind() != OrganisationKind.PARTNER_STORE) {
                p.add("storeId");
            }
        }
        if (r.messageId() == null || r.messageId().isBlank() || r.messageId().length() > 100) {
            p.add("messageId");
        }
        if (r.type() == null) {
            p.add("type");
        }
        if (r.sentAt() == null || r.sentAt().isAfter(clock.instant())) {
            p.add("sentAt");
        }
        if (r.delivered() == null) {
            p.add("delivered");
        }
        return p;
    }
}
