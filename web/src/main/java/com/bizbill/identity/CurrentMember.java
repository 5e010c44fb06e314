package com.bizbill.identity;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;

/** The logged-in member of this session, for screens ("who am I", which organisation). */
@Named
@SessionScoped
public class CurrentMember implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityContext security;

    @Inject
    IdentityService identity;

    private AuthenticatedMember member;

    public AuthenticatedMember get() {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            member = null;
            return null;
        }
        if (member == null || !member.loginId().equals(principal.getName())) {
            member = identity.findAuthenticated(principal.getName()).orElse(null);
        }
        return member;
    }

    public boolean isLoggedIn() {
        return get() != null;
    }

    public String getDisplayName() {
        AuthenticatedMember m = get();
        return m == null ? "" : m.displayName();
    }

    public String getOrganisationName() {
        AuthenticatedMember m = get();
        return m == null ? "" : m.organisationName();
    }

    public long organisationId() {
        AuthenticatedMember m = get();
        if (m == null) {
            throw new IllegalStateException("not logged in");
        }
        return m.organisationId();
    }

    public String actor() {
        AuthenticatedMember m = get();
        return m == null ? "anonymous" : m.loginId();
    }
}
