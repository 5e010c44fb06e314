package com.bizbill.identity;

import com.bizbill.shared.context.Actor;

/**
 * A partner system authenticated by an API key: the organisation it acts for and that organisation's
 * kind (issue 15 §1: so "operator only" needs no lookup).
 */
public record ApiCaller(long organisationId, String organisationName, OrganisationKind organisationKind,
                        long apiKeyId, String keyPrefix) {

    /** The actor written as "who asked" on records the call creates. */
    public Actor actor() {
        return Actor.apiKey(keyPrefix);
    }
}
