package com.bizbill.identity;

import java.util.Optional;

/** The outcome of a password check, detailed enough for the login page to say what to do. */
public record LoginResult(Outcome outcome, AuthenticatedMember member, String ticket) {

    public LoginResult(Outcome outcome, AuthenticatedMember member) {
        this(outcome, member, null);
    }

    LoginResult withTicket(String t) {
        return new LoginResult(outcome, member, t);
    }

    public enum Outcome {
        OK, INVALID, LOCKED, AWAITING_APPROVAL, NOT_ACTIVE, SECOND_STEP_REQUIRED
    }

    static LoginResult ok(AuthenticatedMember m) {
        return new LoginResult(Outcome.OK, m);
    }

    static LoginResult of(Outcome outcome) {
        return new LoginResult(outcome, null);
    }

    /** The member, only when the login is complete. */
    public Optional<AuthenticatedMember> authenticated() {
        return outcome == Outcome.OK ? Optional.ofNullable(member) : Optional.empty();
    }
}
