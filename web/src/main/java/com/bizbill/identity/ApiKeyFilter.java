package com.bizbill.identity;

import com.bizbill.shared.api.Problems;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.context.Channel;
import com.bizbill.shared.error.ErrorCode;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * API-key authentication of the partner API: {@code Authorization: Bearer <key>} or {@code X-API-Key}.
 * A missing, unknown or revoked key, or the key of an organisation that is no longer active (issue 14),
 * gets 401 problem+json before any resource runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-API-Key";

    @Inject
    IdentityService identity;

    @Inject
    ApiCallerHolder holder;

    @Inject
    CallContext context;

    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = presentedKey(request);
        var caller = identity.resolveApiKey(key);
        if (caller.isEmpty()) {
            request.abortWith(Problems.of(ErrorCode.UNAUTHENTICATED,
                    key == null ? "an API key is required" : "the API key is not valid", null, uri,
                    com.bizbill.shared.api.ApiLanguage.of(request.getAcceptableLanguages())));
            return;
        }
        holder.set(caller.get());
        // issue 15 §1: the partner system is the actor of the whole request
        context.set(caller.get().actor(), caller.get().organisationId(), caller.get().organisationKind(), null,
                Channel.API);
    }

    private static String presentedKey(ContainerRequestContext request) {
        String auth = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).trim();
        }
        String header = request.getHeaderString(HEADER);
        return header == null || header.isBlank() ? null : header.trim();
    }
}
