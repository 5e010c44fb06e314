package com.bizbill.shared.idempotency;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * API {@code Idempotency-Key} records (design.md "Security"): a key is bound to the caller, the
 * endpoint and a fingerprint of the request. Each method commits on its own so the claim is visible
 * to a concurrent repeat before the work starts. Issue 13 §4: a request that failed after a side
 * effect leaves its key INTERRUPTED, never free; a repeat of the same request resumes it, and a batch's
 * items are recorded one by one ({@link #startItem}), so the resumed work does nothing twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyKeys {

    /** Keys are kept at least this long (design.md: ≥ 24 hours). */
    public static final Duration RETENTION = Duration.ofHours(48);
    /** The documented length (1-200); IDEM_KEY is VARCHAR(200), and the charge's "api:" + key fits VARCHAR(250). */
    public static final int MAX_KEY_LENGTH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The outcome of a claim: go ahead with record {@code recordId} (a first run, or a resumed one), or replay. */
    public record Claim(long recordId, boolean resumed, IdempotencyRecord replay) {

        public boolean isReplay() {
            return replay != null;
        }
    }

    /**
     * Claims a key for a request: a new key goes ahead; an interrupted one with the same request is resumed;
     * an answered one is replayed.
     *
     * @throws BizbillException IDEMPOTENCY_KEY_REQUIRED for a missing or too long key, IDEMPOTENCY_KEY_REUSED
     *                          for the same key with another request, IDEMPOTENCY_IN_PROGRESS while the first
     *                          is still running
     */
    public Claim claim(String caller, String endpoint, String key, String fingerprint) {
        requireKey(key);
        Optional<IdempotencyRecord> earlier = find(caller, endpoint, key);
        if (earlier.isEmpty()) {
            IdempotencyRecord r = new IdempotencyRecord(caller, endpoint, key, fingerprint, clock.instant());
            em.persist(r);
            em.flush(); // a concurrent twin fails here on the unique key and finds this row on its retry
            return new Claim(r.getId(), false, null);
        }
        IdempotencyRecord r = earlier.get();
        if (!r.getFingerprint().equals(fingerprint)) {
            throw new BizbillException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "key " + key + " was used for another request");
        }
        switch (r.getState()) {
            case DONE:
                return new Claim(r.getId(), false, r);
            case INTERRUPTED:
                em.lock(r, LockModeType.PESSIMISTIC_WRITE);
                em.refresh(r);
                if (r.getState() == IdempotencyState.INTERRUPTED) {
                    r.resume(); // two repeats at once: the second finds it IN_PROGRESS below
                    return new Claim(r.getId(), true, null);
                }
                return claimAgain(r, key);
            default:
                return claimAgain(r, key);
        }
    }

    private static Claim claimAgain(IdempotencyRecord r, String key) {
        if (r.getState() == IdempotencyState.DONE) {
            return new Claim(r.getId(), false, r);
        }
        throw new BizbillException(ErrorCode.IDEMPOTENCY_IN_PROGRESS, "key " + key + " is still being processed");
    }

    /** Issue 13 §4: the documented 1-200 characters, refused before anything is stored. */
    public static void requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new BizbillException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED, "Idempotency-Key header of 1-200 characters");
        }
    }

    /** Keeps the first response for repeats. */
    public void finish(long recordId, int status, String body) {
        Optional.ofNullable(em.find(IdempotencyRecord.class, recordId)).ifPresent(r -> r.finish(status, body));
    }

    /** The request failed after a side effect: the key stays taken, and a repeat resumes the work. */
    public void interrupt(long recordId) {
        Optional.ofNullable(em.find(IdempotencyRecord.class, recordId)).ifPresent(IdempotencyRecord::interrupt);
    }

    /** The request failed before anything happened: the key may be used again. */
    public void release(long recordId) {
        Optional.ofNullable(em.find(IdempotencyRecord.class, recordId))
                .filter(r -> r.getState() == IdempotencyState.IN_PROGRESS).ifPresent(em::remove);
    }

    /** See {@link ItemLog#start}: records item {@code index} as started unless an earlier attempt did. */
    public Optional<ItemLog.Outcome> startItem(long recordId, int index) {
        Optional<IdempotencyItem> earlier = item(recordId, index);
        if (earlier.isPresent()) {
            IdempotencyItem i = earlier.get();
            return Optional.of(new ItemLog.Outcome(i.isDone(), i.getResultId(), i.getErrorCode(), i.getError()));
        }
        em.persist(new IdempotencyItem(recordId, index, clock.instant()));
        em.flush();
        return Optional.empty();
    }

    /** The item's outcome: what it made ({@code resultId}) or why not. */
    public void finishItem(long recordId, int index, Long resultId, String errorCode, String error) {
        item(recordId, index).ifPresent(i -> i.finish(resultId, errorCode, error));
    }

    /** Drops keys older than the retention (their items go with them: ON DELETE CASCADE); returns how many. */
    public int purge() {
        return em.createQuery("delete from IdempotencyRecord r where r.createdAt < :before")
                .setParameter("before", clock.instant().minus(RETENTION)).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<IdempotencyRecord> find(String caller, String endpoint, String key) {
        return em.createQuery("select r from IdempotencyRecord r where r.caller = :c and r.endpoint = :e "
                        + "and r.key = :k", IdempotencyRecord.class).setParameter("c", caller)
                .setParameter("e", endpoint).setParameter("k", key).getResultStream().findFirst();
    }

    private Optional<IdempotencyItem> item(long recordId, int index) {
        return em.createQuery("select i from IdempotencyItem i where i.recordId = :r and i.itemIndex = :n",
                        IdempotencyItem.class).setParameter("r", recordId).setParameter("n", index)
                .getResultStream().findFirst();
    }

    /** SHA-256 of the request's canonical form, hex. */
    public static String fingerprint(String canonicalRequest) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
