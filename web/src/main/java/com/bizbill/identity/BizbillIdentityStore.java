package com.bizbill.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Checks a login id and password against the members (PBKDF2 hashes) and gives the member's role. */
@ApplicationScoped
public class BizbillIdentityStore implements IdentityStore {

    @Inject
    IdentityService identity;

    @Inject
    LoginOutcome outcome;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = identity.login(up.getCaller(), up.getPasswordAsString());
        outcome.set(result.outcome());
        return result.authenticated()
                .map(m -> new CredentialValidationResult(m.loginId(), Set.of(m.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
