package com.bizbill.shared.web;

import com.bizbill.identity.AuthenticatedMember;
import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.context.Actor;
import com.bizbill.shared.context.ActorKind;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.context.Channel;
import com.bizbill.shared.context.RequestIds;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Issue 15 §1: builds the {@link CallContext} of every request once. The request id is the caller's
 * {@code X-Request-Id} when usable (printable, at most 64 characters), else a new UUID; it is echoed in the
 * response and carried by every log line of the request ({@link RequestIds}, cleared at the end). For a
 * page, the actor is the member Jakarta Security has authenticated (staff or a customer's member, with its
 * organisation and kind); nobody logged in is anonymous. An API request is filled in further by the
 * API-key filter.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CallContextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CallContext context;

    @Inject
    Instance<CurrentMember> currentMember;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestIds.acceptOrNew(request.getHeader(RequestIds.HEADER));
        RequestIds.set(requestId);
        try {
            context.requestId(requestId);
            response.setHeader(RequestIds.HEADER, requestId);
            Channel channel = Channel.ofPath(request.getRequestURI().substring(request.getContextPath().length()));
            // the session-scoped member only when logged in: an anonymous or API request gets no session
            AuthenticatedMember m = request.getUserPrincipal() == null ? null : currentMember.get().get();
            if (m == null) {
                context.set(Actor.ANONYMOUS, null, null, null, channel);
            } else {
                context.set(new Actor(m.role().isStaff() ? ActorKind.STAFF : ActorKind.MEMBER, m.loginId()),
                        m.organisationId(), m.organisationKind(), Set.of(m.role()), channel);
            }
            chain.doFilter(request, response);
        } finally {
            RequestIds.clear();
        }
    }
}
