package com.bizbill.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Organisations, members and API keys; credential checks for the login page and the partner API. */
@Stateless
public class IdentityService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    /** The member if the login id exists, is enabled and the password matches; empty otherwise (never says which). */
    public Optional<AuthenticatedMember> authenticate(String loginId, String password) {
        if (loginId == null || password == null || loginId.isBlank()) {
            return Optional.empty();
        }
        Member member = findMember(loginId.trim()).orElse(null);
        boolean ok = passwords.verify(password, member == null ? null : member.getPasswordHash());
        if (!ok || member == null || !member.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(AuthenticatedMember.of(member));
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

    /** Issues a new key; the raw key is returned once and only its hash is stored. */
    public String issueApiKey(long organisationId, String label) {
        return registerApiKey(organisationId, label, ApiKeys.generate());
    }

    /** Stores a key chosen by the caller (demo data uses a documented key). */
    public String registerApiKey(long organisationId, String label, String rawKey) {
        Organisation org = em.find(Organisation.class, organisationId);
        em.persist(new ApiKey(org, ApiKeys.visiblePrefix(rawKey), ApiKeys.hash(rawKey), label, clock.instant()));
        return rawKey;
    }

    public void revokeApiKey(long apiKeyId) {
        ApiKey key = em.find(ApiKey.class, apiKeyId);
        if (key != null) {
            key.revoke(clock.instant());
        }
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
        return keys.stream().filter(k -> !k.isRevoked()).findFirst()
                .map(k -> new ApiCaller(k.getOrganisation().getId(), k.getOrganisation().getName(), k.getId(),
                        k.getKeyPrefix()));
    }

    private Optional<Member> findMember(String loginId) {
        return em.createQuery("select m from Member m join fetch m.organisation where m.loginId = :id", Member.class)
                .setParameter("id", loginId)
                .getResultStream().findFirst();
    }
}
