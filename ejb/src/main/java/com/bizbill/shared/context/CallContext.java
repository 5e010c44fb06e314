package com.bizbill.shared.context;

import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.Role;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling, for what organisation, by which door, in which request (issue 15 §1). Built once per
 * request: by the request filter for pages (the logged-in member), by the API-key filter for /api/v1, by
 * the job listener for a batch thread (which activates a request scope for the job). Services inject it
 * instead of taking a {@code String actor}; the audit trail reads it; {@code require...} replaces the
 * role and organisation-kind checks resources used to write by hand.
 * <p>
 * Until a filter fills it, a context is the application itself ({@link Actor#SYSTEM}): timers and
 * start-up code act as "system" unless they name themselves with {@link #runAs}.
 */
@RequestScoped
public class CallContext {

    private Actor actor = Actor.SYSTEM;
    private Long organisationId;
    private OrganisationKind organisationKind;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Channel channel = Channel.JOB;
    private String requestId;

    /** Fills the context for the caller a filter has authenticated. */
    public void set(Actor actor, Long organisationId, OrganisationKind organisationKind, Set<Role> roles,
                    Channel channel) {
        if (actor == null || channel == null) {
            throw new IllegalArgumentException("a call context has an actor and a channel");
        }
        this.actor = actor;
        this.organisationId = organisationId;
        this.organisationKind = organisationKind;
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.channel = channel;
    }

    /** Names the application itself as the actor (a timer, a gateway callback, the schedule). */
    public void runAs(Actor actor) {
        set(actor, null, null, null, channel);
    }

    public void requestId(String requestId) {
        this.requestId = requestId;
    }

    public Actor actor() {
        return actor;
    }

    /** The name written as "who asked". */
    public String actorName() {
        return actor.name();
    }

    public Long organisationId() {
        return organisationId;
    }

    public OrganisationKind organisationKind() {
        return organisationKind;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Channel channel() {
        return channel;
    }

    /** The request id, or the logging thread's one when no filter set it (e.g. a job step). */
    public String requestId() {
        return requestId != null ? requestId : RequestIds.current();
    }

    public boolean isOperator() {
        return organisationKind == OrganisationKind.OPERATOR;
    }

    /** Refuses (403 FORBIDDEN) unless the caller acts for the operator itself. */
    public void requireOperator(String why) {
        requireOrganisationKind(OrganisationKind.OPERATOR, why);
    }

    /** Refuses (403 FORBIDDEN) unless the caller's organisation is of the kind. */
    public void requireOrganisationKind(OrganisationKind kind, String why) {
        if (organisationKind != kind) {
            throw new BizbillException(ErrorCode.FORBIDDEN, why);
        }
    }

    /** Refuses (403 FORBIDDEN) unless the caller has one of the roles. */
    public void requireRole(Role... anyOf) {
        if (Arrays.stream(anyOf).noneMatch(roles::contains)) {
            throw new BizbillException(ErrorCode.FORBIDDEN, "requires one of the roles " + Arrays.toString(anyOf));
        }
    }

    /** Refuses (403 FORBIDDEN) unless the caller acts for that organisation or for the operator. */
    public void requireOrganisation(long id) {
        if (!isOperator() && (organisationId == null || organisationId != id)) {
            throw new BizbillException(ErrorCode.FORBIDDEN, "not the caller's organisation");
        }
    }

    @Override
    public String toString() {
        return actor.kind() + " " + actor.name() + " org=" + organisationId + " " + organisationKind + " " + channel
                + " req=" + requestId();
    }
}
