package com.bizbill.shared.web;

import com.bizbill.identity.OrganisationNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Issue 17 §2: staff read a company's name where its id was shown: {@code #{names.organisation(r.organisationId)}};
 * each id is looked up once per request.
 */
@Named("names")
@RequestScoped
public class NamesView {

    @Inject
    OrganisationNames organisations;

    private final Map<Long, String> cache = new HashMap<>();

    /** The organisation's name, or "" for none. */
    public String organisation(Long id) {
        if (id == null) {
            return "";
        }
        return cache.computeIfAbsent(id, k -> organisations.of(Set.of(k)).getOrDefault(k, "#" + k));
    }

    private final Map<Long, String> members = new HashMap<>();

    /** Issue 20: a member's display name (an order's orderer), or "" for none. */
    public String member(Long id) {
        if (id == null) {
            return "";
        }
        return members.computeIfAbsent(id, k -> java.util.Objects.requireNonNullElse(organisations.member(k), "#" + k));
    }
}
