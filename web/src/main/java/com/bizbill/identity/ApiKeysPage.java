package com.bizbill.identity;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Admin: partner API keys per organisation; a new key is shown once, only its hash is kept. */
@Named
@ViewScoped
public class ApiKeysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdentityService identity;

    @Inject
    CurrentMember member;

    private Long organisationId;
    private String label;
    private String issuedKey;

    public List<Organisation> getOrganisations() {
        return identity.organisations();
    }

    public List<ApiKey> getKeys() {
        return organisationId == null ? List.of() : identity.apiKeysOf(organisationId);
    }

    public void issue() {
        issuedKey = identity.issueApiKey(organisationId, label);
        label = null;
        org.primefaces.PrimeFaces.current().executeScript("PF('issuedDialog').show()");
    }

    public void revoke(long keyId) {
        identity.revokeApiKey(keyId);
        Messages.info("keys.revoked");
    }

    /** The new key, once: reading it clears it. */
    public String getIssuedKey() {
        return issuedKey;
    }

    public void forgetIssuedKey() {
        issuedKey = null;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
