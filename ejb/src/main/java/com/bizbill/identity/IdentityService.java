package com.bizbill.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Organisations, members and API keys; credential checks for the login page and the partner API. */
@Stateless
public class IdentityService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /**
     * Checks a password and keeps the lock of the id from this address: after
     * {@code bizbill.login.max-failures} wrong passwords in a row for an id from one address the id is
     * locked from that address for {@code bizbill.login.lock-minutes} (a password reset unlocks it).
     * Unknown ids cost the same hashing time as known ones and are counted and locked the same way, so
     * INVALID and LOCKED never depend on whether the id exists (issue 14).
     */
    public LoginResult login(String loginId, String password) {
        return login(loginId, password, null);
    }

    @Inject
    LoginAttempts attempts;

    /**
     * As {@link #login(String, String)}, from the address {@code ip}: a coupon-service member whose
     * second step is on and who is not on a trusted IP gets SECOND_STEP_REQUIRED (CB-MEM-3) once the
     * password is right; the session is not authenticated until the SMS code is entered.
     * Failures are counted per (id, address), so a stranger cannot lock the owner out of the owner's
     * own address (issue 14); the page throttles the address as a whole.
     */
    public LoginResult login(String loginId, String password, String ip) {
        if (loginId == null || password == null || loginId.isBlank()) {
            return LoginResult.of(LoginResult.Outcome.INVALID);
        }
        String id = loginId.trim();
        Member member = findMember(id).orElse(null);
        boolean ok = passwords.verify(password, member == null ? null : member.getPasswordHash());
        LoginLocks locks = attempts.locks();
        if (locks.isLocked(id, ip)) {
            return LoginResult.of(LoginResult.Outcome.LOCKED); // known or not, right password or not
        }
        if (member == null || !ok) {
            return LoginResult.of(locks.failed(id, ip) ? LoginResult.Outcome.LOCKED : LoginResult.Outcome.INVALID);
        }
        locks.succeeded(id, ip);
        if (member.isLocked(clock.instant())) {
            // locked by wrong one-time codes (TwoStepLogin): only someone with the password learns it
            return LoginResult.of(LoginResult.Outcome.LOCKED);
        }
        if (member.getStatus() == MemberStatus.AWAITING_APPROVAL
                || member.getOrganisation().getStatus() == OrganisationStatus.AWAITING_APPROVAL) {
            return LoginResult.of(LoginResult.Outcome.AWAITING_APPROVAL);
        }
        if (!member.isEnabled() || !member.getStatus().mayLogIn()
                || member.getOrganisation().getStatus() != OrganisationStatus.ACTIVE) {
            return LoginResult.of(LoginResult.Outcome.NOT_ACTIVE);
        }
        if (member.needsSecondStep() && !isTrusted(member.getId(), ip)) {
            return new LoginResult(LoginResult.Outcome.SECOND_STEP_REQUIRED, AuthenticatedMember.of(member));
        }
        member.loggedIn(clock.instant());
        return LoginResult.ok(AuthenticatedMember.of(member));
    }

    @Inject
    OneTimeTokens tokens;

    /**
     * The login page's password step: as {@link #login(String, String, String)}, and when the login
     * is complete the result carries a one-minute ticket with which the page authenticates the
     * container session (the identity store redeems it), so the password is hashed only once.
     */
    public LoginResult passwordStep(String loginId, String password, String ip) {
        LoginResult r = login(loginId, password, ip);
        return r.outcome() == LoginResult.Outcome.OK
                ? r.withTicket(tokens.issueLink(TokenPurpose.LOGIN_TICKET, String.valueOf(r.member().id())))
                : r;
    }

    /** Whether a login id (case-insensitively) is already somebody's. */
    public boolean isLoginTaken(String loginId) {
        return loginId != null && !em.createQuery("select m.id from Member m where lower(m.loginId) = :id", Long.class)
                .setParameter("id", loginId.trim().toLowerCase()).getResultList().isEmpty();
    }

    public boolean isTrusted(long memberId, String ip) {
        return ip != null && !em.createQuery("select t.id from TrustedIp t where t.memberId = :m and t.ip = :ip",
                Long.class).setParameter("m", memberId).setParameter("ip", ip).getResultList().isEmpty();
    }

    public Optional<AuthenticatedMember> findAuthenticated(String loginId) {
        return findMember(loginId).map(AuthenticatedMember::of);
    }

    public Organisation createOrganisation(String name, OrganisationKind kind) {
        Organisation org = new Organisation(name, kind, clock.instant());
        em.persist(org);
        return org;
    }

    public Member createMember(String loginId, String password, String displayName, Role role, long organisationId) {
        Organisation org = em.find(Organisation.class, organisationId);
        Member member = new Member(loginId, passwords.hash(password), displayName, role, org, clock.instant());
        em.persist(member);
        return member;
    }

    /** Staff issue a key (audited); the raw key is shown once. */
    public String issueApiKey(long organisationId, String label) {
        if (em.find(Organisation.class, organisationId) == null) {
            throw new IdentityException(ErrorCode.ORGANISATION_NOT_FOUND, "no organisation " + organisationId);
        }
        String clean = label == null || label.isBlank() ? "key" : label.trim();
        if (clean.length() > 100) {
            throw IdentityException.field(ErrorCode.VALIDATION_FAILED, "label", "field.length100");
        }
        String raw = registerApiKey(organisationId, clean, ApiKeys.generate());
        audit.record("API_KEY_ISSUED", "ORGANISATION", organisationId, organisationId, null,
                "label=" + clean + ", prefix=" + ApiKeys.visiblePrefix(raw));
        return raw;
    }

    /** Staff revoke a key (audited); requests with it get 401 from then on. */
    public void revokeApiKey(long apiKeyId) {
        ApiKey key = em.find(ApiKey.class, apiKeyId);
        if (key == null) {
            throw new IdentityException(ErrorCode.API_KEY_NOT_FOUND, "no API key " + apiKeyId);
        }
        key.revoke(clock.instant());
        audit.record("API_KEY_REVOKED", "ORGANISATION", key.getOrganisation().getId(),
                key.getOrganisation().getId(), "prefix=" + key.getKeyPrefix(), "revoked");
    }

    public List<ApiKey> apiKeysOf(long organisationId) {
        return em.createQuery("select k from ApiKey k where k.organisation.id = :o order by k.id desc", ApiKey.class)
                .setParameter("o", organisationId).getResultList();
    }

    public List<Organisation> organisations() {
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class).getResultList();
    }

    public Organisation organisation(long id) {
        Organisation o = em.find(Organisation.class, id);
        if (o == null) {
            throw new IdentityException(ErrorCode.ORGANISATION_NOT_FOUND, "no organisation " + id);
        }
        return o;
    }

    /** Stores a key chosen by the caller (demo data uses a documented key). */
    public String registerApiKey(long organisationId, String label, String rawKey) {
        Organisation org = em.find(Organisation.class, organisationId);
        em.persist(new ApiKey(org, ApiKeys.visiblePrefix(rawKey), ApiKeys.hash(rawKey), label, clock.instant()));
        return rawKey;
    }


    /** The caller of a presented key, unless the key is unknown or revoked. */
    public Optional<ApiCaller> resolveApiKey(String rawKey) {
        if (rawKey == null || rawKey.isBlank() || rawKey.length() > 200) {
            return Optional.empty();
        }
        List<ApiKey> keys = em.createQuery("select k from ApiKey k join fetch k.organisation where k.keyHash = :h",
                        ApiKey.class)
                .setParameter("h", ApiKeys.hash(rawKey.trim()))
                .getResultList();
        // issue 14: the key of an organisation that is no longer active (awaiting approval, rejected,
        // or any later inactive state) is refused like an unknown one (401)
        return keys.stream().filter(k -> !k.isRevoked())
                .filter(k -> k.getOrganisation().getStatus() == OrganisationStatus.ACTIVE).findFirst()
                .map(k -> new ApiCaller(k.getOrganisation().getId(), k.getOrganisation().getName(),
                        k.getOrganisation().getKind(), k.getId(), k.getKeyPrefix()));

    }

    /**
     * The member's session epoch (issue 14): captured in the session at login and compared on every
     * request; empty when the id is gone.
     */
    public Optional<Long> sessionEpoch(String loginId) {
        return em.createQuery("select m.sessionEpoch from Member m where m.loginId = :id", Long.class)
                .setParameter("id", loginId).getResultStream().findFirst();
    }

    public long sessionEpoch(long memberId) {
        return em.createQuery("select m.sessionEpoch from Member m where m.id = :id", Long.class)
                .setParameter("id", memberId).getSingleResult();
    }

    private Optional<Member> findMember(String loginId) {
        return em.createQuery("select m from Member m join fetch m.organisation where m.loginId = :id", Member.class)
                .setParameter("id", loginId)
                .getResultStream().findFirst();
    }
}
