package com.bizbill.identity;

import com.bizbill.shared.error.BizbillException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Authenticates the container session with a one-time login ticket. The ticket is issued by the
 * password step (IdentityService.passwordStep, throttled and counted) or, for coupon members, by
 * the SMS code step (TwoStepLogin, CB-MEM-3); passwords never reach this store.
 */
@ApplicationScoped
public class BizbillIdentityStore implements IdentityStore {

    @Inject
    TwoStepLogin tickets;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof LoginTicketCredential ticket)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            AuthenticatedMember m = tickets.redeem(ticket.ticket());
            return new CredentialValidationResult(m.loginId(), Set.of(m.role().name()));
        } catch (BizbillException e) {
            // issue 15 §2: kept on purpose: an IdentityStore's contract is a result, not an exception, so a
            // refused login (locked, unknown, wrong password) is an invalid credential for the container
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}
