package com.bizbill.identity;

import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/** Issues and redeems one-time links and codes; only hashes are stored. */
@Stateless
public class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A new link token for {@code subject}; earlier unused tokens of the same purpose and subject stop working. */
    public String issueLink(TokenPurpose purpose, String subject) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store(purpose, subject, raw);
        return raw;
    }

    /** A new 6-digit code for {@code subject}. */
    public String issueCode(TokenPurpose purpose, String subject) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        // the hash is salted with the subject: the same code for two subjects must not collide
        store(purpose, subject, subject + ":" + code);
        return code;
    }

    private void store(TokenPurpose purpose, String subject, String raw) {
        em.createQuery("select t from OneTimeToken t where t.purpose = :p and t.subject = :s and t.usedAt is null",
                        OneTimeToken.class)
                .setParameter("p", purpose).setParameter("s", subject).getResultList()
                .forEach(t -> t.revoke(clock.instant()));
        em.persist(new OneTimeToken(purpose, ApiKeys.hash(raw), subject, clock.instant()));
    }

    /** The usable token behind a link, without using it up (to show the page it opens). */
    public Optional<OneTimeToken> peekLink(TokenPurpose purpose, String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select t from OneTimeToken t where t.purpose = :p and t.tokenHash = :h",
                        OneTimeToken.class)
                .setParameter("p", purpose).setParameter("h", ApiKeys.hash(raw))
                .getResultStream().filter(t -> t.isUsable(clock.instant())).findFirst();
    }

    /** Uses a link up; the caller's transaction makes the use and what it unlocks one change. */
    public OneTimeToken useLink(TokenPurpose purpose, String raw) {
        OneTimeToken t = peekLink(purpose, raw).orElseThrow(
                () -> new IdentityException(ErrorCode.ONE_TIME_LINK_INVALID, "the link is invalid, used or expired"));
        em.lock(t, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(t);
        if (!t.isUsable(clock.instant())) {
            throw new IdentityException(ErrorCode.ONE_TIME_LINK_INVALID, "the link is invalid, used or expired");
        }
        t.use(clock.instant());
        return t;
    }

    /** Checks a code; a wrong one counts against the attempts of the subject's live code. */
    public boolean useCode(TokenPurpose purpose, String subject, String code) {
        Optional<OneTimeToken> live = em.createQuery("select t from OneTimeToken t where t.purpose = :p "
                                + "and t.subject = :s and t.usedAt is null order by t.id desc", OneTimeToken.class)
                .setParameter("p", purpose).setParameter("s", subject).setMaxResults(1)
                .getResultStream().filter(t -> t.isUsable(clock.instant())).findFirst();
        if (live.isEmpty()) {
            return false;
        }
        OneTimeToken t = live.get();
        // two tries at once (a double submit, a script): one after the other, each counted, never an optimistic-lock
        // failure at commit
        em.lock(t, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(t);
        if (!t.isUsable(clock.instant())) {
            return false;
        }
        if (code != null && t.getTokenHash().equals(ApiKeys.hash(subject + ":" + code.trim()))) {
            t.use(clock.instant());
            return true;
        }
        t.failedAttempt();
        return false;
    }
}
