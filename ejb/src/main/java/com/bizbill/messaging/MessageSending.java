package com.bizbill.messaging;

import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.shared.MobileNumber;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.error.TransientFailures;
import com.bizbill.shared.idempotency.ItemLog;
import com.bizbill.shared.idempotency.SideEffects;
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
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A partner store's messages (NB-USE-1): each one is handed to the message gateway and, once accepted,
 * becomes a usage record in the same step, so every accepted message is counted. An Alimtalk the
 * gateway refuses at once is sent as SMS/LMS instead when the caller asked for the fallback; one that
 * fails later is replaced when its delivery report arrives ({@link DeliveryReports}). Either way the
 * message that was delivered is the one billed. A send whose answer is lost is kept as UNKNOWN under our
 * own reference (never sent again, which could deliver it twice); its delivery report settles it.
 */
@Stateless
public class MessageSending {

    public static final int MAX_BATCH = 1000;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MessageSending.class.getName());
    private static final Pattern TEMPLATE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    @PersistenceContext
    EntityManager em;

    @Inject
    MessageGateway gateway;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry registry;

    /** What a store asks to send. {@code fallback}: send as SMS/LMS should the Alimtalk fail. */
    public record SendRequest(MessageType type, String to, String text, String templateCode, boolean fallback) {
    }

    /** One message's outcome: the usage record of what was accepted, or why nothing was. */
    public record Sent(int index, UsageRecord record, String errorCode, String error,
                       List<BizbillException.FieldError> fieldErrors) {

        public Sent {
            fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
        }

        public Sent(int index, UsageRecord record, String errorCode, String error) {
            this(index, record, errorCode, error, List.of());
        }

        public boolean accepted() {
            return record != null;
        }
    }

    /** Sends one message; refused input or a refusing gateway is a BizbillException, nothing recorded. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UsageRecord send(long storeId, SendRequest request) {
        return send(storeId, request, ItemLog.NONE);
    }

    /**
     * Sends one message as item 0 of {@code log} (issue 13 §4): a repeat after a failure answers what the
     * first attempt recorded and never sends the message a second time.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UsageRecord send(long storeId, SendRequest request, ItemLog log) {
        requireStore(storeId);
        List<BizbillException.FieldError> errors = check(request, "");
        if (!errors.isEmpty()) {
            throw new MessagingException(ErrorCode.VALIDATION_FAILED, "invalid message", errors);
        }
        Sent sent = sendItem(storeId, 0, request, log);
        if (!sent.accepted()) {
            throw new BizbillException(errorCode(sent.errorCode()), sent.error());
        }
        return sent.record();
    }

    /**
     * Sends up to {@value #MAX_BATCH} messages; each is judged on its own (a bad one does not stop the
     * others), and the answer lists every message's outcome in the order given.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Sent> sendBatch(long storeId, List<SendRequest> requests) {
        return sendBatch(storeId, requests, ItemLog.NONE);
    }

    /**
     * Sends a batch recording each message in {@code log} before it goes to the gateway (issue 13 §4): a
     * repeat of a batch that failed midway answers the messages already sent from the log, does not send
     * again the one that may have reached the gateway (answered {@code IDEMPOTENCY_OUTCOME_UNKNOWN}), and
     * sends only those never started. So no message is sent or billed twice.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Sent> sendBatch(long storeId, List<SendRequest> requests, ItemLog log) {
        requireStore(storeId);
        if (requests == null || requests.isEmpty() || requests.size() > MAX_BATCH) {
            throw new MessagingException(ErrorCode.VALIDATION_FAILED, "1 to " + MAX_BATCH + " messages per batch",
                    List.of(new BizbillException.FieldError("messages", "field.messagesCount", List.of(1, MAX_BATCH))));
        }
        List<Sent> out = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            List<BizbillException.FieldError> errors = check(requests.get(i), "messages[" + i + "].");
            if (!errors.isEmpty()) {
                // issue 15 §2: the field errors are keys; the API puts them into words
                out.add(new Sent(i, null, ErrorCode.VALIDATION_FAILED.name(), "invalid fields", errors));
                continue;
            }
            out.add(sendItem(storeId, i, requests.get(i), log));
        }
        return out;
    }

    /**
     * One valid message under the item log: an earlier attempt's outcome is answered again; otherwise the
     * item is recorded as started (committed), sent, and its outcome recorded. A failure other than a
     * refusal propagates and leaves the item started: on a repeat it is answered as unknown, not sent.
     */
    private Sent sendItem(long storeId, int index, SendRequest request, ItemLog log) {
        java.util.Optional<ItemLog.Outcome> earlier = log.start(index);
        if (earlier.isPresent()) {
            ItemLog.Outcome o = earlier.get();
            if (!o.done()) {
                return new Sent(index, null, ErrorCode.IDEMPOTENCY_OUTCOME_UNKNOWN.name(), "the first attempt of this "
                        + "message stopped after it may have reached the gateway; it is not sent again");
            }
            UsageRecord r = o.resultId() == null ? null : em.find(UsageRecord.class, o.resultId());
            return r != null ? new Sent(index, r, null, null) : new Sent(index, null, o.errorCode(), o.error());
        }
        try {
            UsageRecord r = dispatch(storeId, request);
            log.finish(index, r.getId(), null, null);
            return new Sent(index, r, null, null);
        } catch (BizbillException e) {
            log.finish(index, null, e.getCode().name(), e.getMessage());
            return new Sent(index, null, e.getCode().name(), e.getMessage());
        }
    }

    private static ErrorCode errorCode(String name) {
        try {
            return ErrorCode.valueOf(name);
        } catch (RuntimeException e) {
            return ErrorCode.MESSAGE_FAILED;
        }
    }

    private UsageRecord dispatch(long storeId, SendRequest r) {
        String to = MobileNumber.parse(r.to()).digits(); // checked by check(): the stored, canonical form
        if (r.type() == MessageType.ALIMTALK) {
            try {
                return sendAndRecord(storeId, new MessageGateway.OutgoingMessage(MessageType.ALIMTALK, to, null,
                        r.text(), r.templateCode(), reference()), r.fallback() ? r.text() : null, null);
            } catch (BizbillException e) {
                if (!r.fallback() || e.getCode() != ErrorCode.MESSAGE_FAILED) {
                    throw e;
                }
                // refused at once: the text goes as SMS/LMS now, and that is what is billed
            }
        }
        MessageType text = r.type() == MessageType.ALIMTALK ? MessageType.textFor(r.text()) : r.type();
        return sendAndRecord(storeId, new MessageGateway.OutgoingMessage(text, to, null, r.text(), null, reference()),
                null, null);
    }

    /** The SMS/LMS that replaces an Alimtalk whose delivery report said it failed. */
    public UsageRecord sendFallback(UsageRecord alimtalk) {
        String text = alimtalk.getFallbackText();
        return sendAndRecord(alimtalk.getStoreId(), new MessageGateway.OutgoingMessage(MessageType.textFor(text),
                alimtalk.getRecipient(), null, text, null, reference()), null, alimtalk.getId());
    }

    /** Our own name of a message, given to the gateway with it and returned in its report. */
    static String reference() {
        return "BZM-" + UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * Sends one message and writes its usage record: ACCEPTED under the gateway's id, or, when the answer
     * was lost, UNKNOWN under our reference (the gateway may have it; sending again could deliver it twice).
     * A refusal writes nothing.
     */
    private UsageRecord sendAndRecord(long storeId, MessageGateway.OutgoingMessage m, String fallbackText,
                                      Long fallbackOf) {
        String providerId;
        SideEffects.happened(); // issue 13 §4: from here a failure may leave the message with the gateway
        try {
            providerId = gateway.send(m);
        } catch (MessageOutcomeUnknown e) {
            LOG.warning("message " + m.reference() + " of store " + storeId + ": outcome unknown, its report decides ("
                    + e.getMessage() + ")");
            Instant at = clock.instant();
            return record(() -> UsageRecord.unknown(storeId, m.type(), m.to(), at, today(at), m.reference(),
                    fallbackText, fallbackOf));
        } catch (BizbillException refused) {
            SideEffects.refused(); // the gateway refused it: nothing was sent, a keyed call may free its key
            throw refused;
        }
        Instant at = clock.instant();
        return record(() -> new UsageRecord(storeId, m.type(), m.to(), at, today(at), providerId, "API",
                fallbackText, fallbackOf));
    }

    private java.time.LocalDate today(Instant at) {
        return at.atZone(clock.getZone()).toLocalDate();
    }

    /**
     * The gateway has the message (outside our transaction: it cannot be taken back), so its usage record
     * must be written: in its own transaction, retried if the database refuses for a passing reason,
     * never by sending again. Within a caller's transaction (a delivery report's) it joins that one.
     * {@code fresh} makes a new entity for each attempt.
     */
    private UsageRecord record(java.util.function.Supplier<UsageRecord> fresh) {
        if (isInTransaction()) {
            return insert(fresh.get());
        }
        return TransientFailures.retry(() -> self().insertNew(fresh.get()));
    }

    private boolean isInTransaction() {
        try {
            return registry.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Writes one usage record in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public UsageRecord insertNew(UsageRecord rec) {
        return insert(rec);
    }

    private UsageRecord insert(UsageRecord rec) {
        em.persist(rec);
        em.flush();
        return rec;
    }

    private void requireStore(long storeId) {
        Organisation o = em.find(Organisation.class, storeId);
        if (o == null || o.getKind() != OrganisationKind.PARTNER_STORE) {
            throw new MessagingException(ErrorCode.MESSAGE_SENDER_NOT_STORE, "only a partner store sends messages here");
        }
    }

    /** Field errors of one request ({@code prefix} names it within a batch). */
    static List<BizbillException.FieldError> check(SendRequest r, String prefix) {
        List<BizbillException.FieldError> errors = new ArrayList<>();
        if (r == null) {
            errors.add(new BizbillException.FieldError(prefix + "message", "field.required"));
            return errors;
        }
        if (r.type() == null || !r.type().isStoreType()) { // MMS is the operator's own (coupon fallbacks)
            errors.add(new BizbillException.FieldError(prefix + "type", "field.oneOf",
                    List.of("ALIMTALK, SMS, LMS")));
        }
        if (!MobileNumber.isValid(r.to())) {
            errors.add(new BizbillException.FieldError(prefix + "to", "field.mobileNumber"));
        }
        // issue 15 §4: the limits are the message types' own; none is longer than an LMS
        if (r.text() == null || r.text().isBlank()) {
            errors.add(new BizbillException.FieldError(prefix + "text", "field.required"));
        } else if (!MessageType.LMS.fits(r.text())) {
            errors.add(new BizbillException.FieldError(prefix + "text", "field.textBytes",
                    List.of(MessageType.LMS.maxBytes())));
        } else if (r.type() != null && !r.type().fits(r.text())) {
            errors.add(new BizbillException.FieldError(prefix + "text", "field.textBytesFor",
                    List.of(r.type().name(), r.type().maxBytes())));
        }
        if (r.type() == MessageType.ALIMTALK && (r.templateCode() == null || !TEMPLATE.matcher(r.templateCode()).matches())) {
            errors.add(new BizbillException.FieldError(prefix + "templateCode", "field.templateCode"));
        }
        return errors;
    }


    private MessageSending self() {
        return context.getBusinessObject(MessageSending.class);
    }
}
