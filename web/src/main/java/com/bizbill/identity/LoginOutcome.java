package com.bizbill.identity;

import jakarta.enterprise.context.RequestScoped;

/** The detailed result of this request's password check, for the login page's message. */
@RequestScoped
public class LoginOutcome {

    private LoginResult.Outcome outcome;

    public LoginResult.Outcome get() {
        return outcome;
    }

    void set(LoginResult.Outcome outcome) {
        this.outcome = outcome;
    }
}
