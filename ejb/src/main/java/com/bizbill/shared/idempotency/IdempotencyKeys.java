package com.bizbill.shared.idempotency;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 * to a concurrent repeat before the work starts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyKeys {

    /** Keys are kept at least this long (design.md: ≥ 24 hours). */
    public static final Duration RETENTION = Duration.ofHours(48);
    public static final int MAX_KEY_LENGTH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Claims a key for a request. Returns empty when this caller may go ahead, or the stored first
     * response when the same request was already answered.
     *
     * @throws BizbillException IDEMPOTENCY_KEY_REUSED for the same key with another request,
     *                          IDEMPOTENCY_IN_PROGRESS while the first is still running
     */
    public Optional<IdempotencyRecord> claim(String caller, String endpoint, String key, String fingerprint) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new BizbillException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED, "Idempotency-Key header of 1-200 characters");
        }
        Optional<IdempotencyRecord> earlier = find(caller, endpoint, key);
        if (earlier.isEmpty()) {
            em.persist(new IdempotencyRecord(caller, endpoint, key, fingerprint, clock.instant()));
            em.flush(); // a concurrent twin fails here on the unique key and finds this row on its retry
            return Optional.empty();
        }
        IdempotencyRecord r = earlier.get();
        if (!r.getFingerprint().equals(fingerprint)) {
            throw new BizbillException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "key " + key + " was used for another request");
        }
        if (r.getHttpStatus() == null) {
            throw new BizbillException(ErrorCode.IDEMPOTENCY_IN_PROGRESS, "key " + key + " is still being processed");
        }
        return Optional.of(r);
    }

    /** Keeps the first response for repeats. */
    public void finish(String caller, String endpoint, String key, int status, String body) {
        find(caller, endpoint, key).ifPresent(r -> r.finish(status, body));
    }

    /** The request failed before anything moved: the key may be used again. */
    public void release(String caller, String endpoint, String key) {
        find(caller, endpoint, key).filter(r -> r.getHttpStatus() == null).ifPresent(em::remove);
    }

    /** Drops keys older than the retention; returns how many. */
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
