package com.bizbill.identity;

import jakarta.security.enterprise.credential.Credential;

/** A one-minute login ticket, issued after the password (and, for coupon members, the SMS code step). */
public final class LoginTicketCredential implements Credential {

    private final String ticket;

    public LoginTicketCredential(String ticket) {
        this.ticket = ticket;
    }

    public String ticket() {
        return ticket;
    }
}
