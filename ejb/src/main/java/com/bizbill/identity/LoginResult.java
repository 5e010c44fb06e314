package com.bizbill.identity;

import java.util.Optional;

/** The outcome of a password check, detailed enough for the login page to say what to do. */
public record LoginResult(Outcome outcome, AuthenticatedMember member) {

    public enum Outcome {
        OK, INVALID, LOCKED, AWAITING_APPROVAL, NOT_ACTIVE
    }

    static LoginResult ok(AuthenticatedMember m) {
        return new LoginResult(Outcome.OK, m);
    }

    static LoginResult of(Outcome outcome) {
        return new LoginResult(outcome, null);
    }

    public Optional<AuthenticatedMember> authenticated() {
        return Optional.ofNullable(member);
    }
}
