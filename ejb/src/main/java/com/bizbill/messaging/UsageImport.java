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

    @Inject
    com.bizbill.shared.audit.AuditLog audit;

    @Inject
    ClosedMonths closedMonths;

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
            throw new MessagingException(com.bizbill.shared.error.ErrorCode.VALIDATION_FAILED,
                    "1 to " + MAX_BATCH + " records per call",
                    List.of(new BizbillException.FieldError("records", "field.recordsCount", List.of(1, MAX_BATCH))));
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
        UsageRecord rec = UsageRecord.imported(r.storeId(), r.type(), r.sentAt(),
                r.sentAt().atZone(clock.getZone()).toLocalDate(), r.messageId(), r.delivered());
        closedMonths.carryIfClosed(rec); // NB-CYC-1: usage of a month already billed goes into the next open one
        em.persist(rec);
        em.flush();
        return Outcome.CREATED;
    }

    public boolean exists(String messageId) {
        return em.createQuery("select count(r) from UsageRecord r where r.providerMessageId = :id", Long.class)
                .setParameter("id", messageId).getSingleResult() > 0;
    }

    /** What a file import did: nothing and the rows at fault, or each row's outcome counted. */
    public record FileResult(int rows, int created, int duplicates, List<UsageFile.Row> rejected) {

        public boolean imported() {
            return rejected.isEmpty();
        }
    }

    /** A file holds at most this many messages (larger ones are split, or sent through the API). */
    public static final int MAX_FILE_ROWS = 20_000;

    /**
     * Imports a usage file (CSV or xlsx, {@link UsageFile}) all or nothing: any row at fault and nothing is
     * imported, the rows at fault are returned; otherwise every row is imported once (a message id
     * already there is a duplicate and changes nothing, so the same file may be uploaded again).
     *
     * @throws BizbillException VALIDATION_FAILED when the file is unreadable, has no usable header or is too long
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FileResult importFile(byte[] content, String fileName) {
        FileResult result = importRows(content);
        context.getBusinessObject(UsageImport.class).audit(fileName, result);
        return result;
    }

    /** Who imported which file, with what outcome (its own transaction: the rows are already stored). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void audit(String fileName, FileResult r) {
        String name = fileName == null ? "-" : fileName.substring(0, Math.min(60, fileName.length())); // TARGET_ID(60)
        audit.record(r.imported() ? "USAGE_FILE_IMPORTED" : "USAGE_FILE_REJECTED", "UsageFile", name, null,
                null, "rows " + r.rows() + ", created " + r.created() + ", duplicates " + r.duplicates()
                        + ", rows at fault " + r.rejected().size());
    }

    private FileResult importRows(byte[] content) {
        List<UsageFile.Row> rows;
        try {
            rows = UsageFile.parse(com.bizbill.shared.spreadsheet.TabularReader.read(content), clock.getZone());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new MessagingException(com.bizbill.shared.error.ErrorCode.VALIDATION_FAILED, e.getMessage(),
                    List.of(new BizbillException.FieldError("file", "field.usageFileUnreadable",
                            List.of(String.valueOf(e.getMessage())))));
        }
        if (rows.isEmpty() || rows.size() > MAX_FILE_ROWS) {
            String why = "1 to " + MAX_FILE_ROWS + " messages per file, not " + rows.size();
            throw new MessagingException(com.bizbill.shared.error.ErrorCode.VALIDATION_FAILED, why,
                    List.of(new BizbillException.FieldError("file", "field.usageFileRows",
                            List.of(1, MAX_FILE_ROWS, rows.size()))));
        }
        List<UsageFile.Row> rejected = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (UsageFile.Row row : rows) {
            List<String> problems = new ArrayList<>(row.problems());
            if (problems.isEmpty()) {
                problems.addAll(problems(row.record()));
            }
            if (row.record().messageId() != null && !seen.add(row.record().messageId())) {
                problems.add("messageId: twice in the file");
            }
            if (!problems.isEmpty()) {
                rejected.add(new UsageFile.Row(row.line(), row.record(), problems));
            }
        }
        if (!rejected.isEmpty()) {
            return new FileResult(rows.size(), 0, 0, rejected);
        }
        int created = 0;
        int duplicates = 0;
        for (int from = 0; from < rows.size(); from += MAX_BATCH) {
            List<Imported> chunk = rows.subList(from, Math.min(rows.size(), from + MAX_BATCH)).stream()
                    .map(UsageFile.Row::record).toList();
            for (Result r : importAll(chunk)) {
                created += r.outcome() == Outcome.CREATED ? 1 : 0;
                duplicates += r.outcome() == Outcome.DUPLICATE ? 1 : 0;
            }
        }
        return new FileResult(rows.size(), created, duplicates, List.of());
    }

    /** What is wrong with one record (field names). */
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
        if (r.type() == null || !r.type().isStoreType()) { // MMS is the operator's own, never a store's usage
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
