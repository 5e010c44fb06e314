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

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return identity.authenticate(up.getCaller(), up.getPasswordAsString())
                .map(m -> new CredentialValidationResult(m.loginId(), Set.of(m.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
