package com.bizbill.identity;

import java.io.Serializable;

/** Who logged in: enough for routing, screens and "who asked" on every write. */
public record AuthenticatedMember(long id, String loginId, String displayName, Role role, long organisationId,
                                  String organisationName, OrganisationKind organisationKind)
        implements Serializable {

    static AuthenticatedMember of(Member m) {
        return new AuthenticatedMember(m.getId(), m.getLoginId(), m.getDisplayName(), m.getRole(),
                m.getOrganisation().getId(), m.getOrganisation().getName(), m.getOrganisation().getKind());

    }
}
