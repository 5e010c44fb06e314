package com.bizbill.billing;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Where the gateway's window returns: exchange the auth key for a billing key, then back to the card page.
 * BP-CARD-1 (issue 14): only with the one-time state this member's session was given after agreeing to the
 * four terms; without it nothing is registered, the refusal is audited and the card page says why.
 */
@Named
@RequestScoped
public class CardCallbackPage {

    @Inject
    CardService cards;

    @Inject
    CurrentMember member;

    @Inject
    com.bizbill.shared.web.LocaleBean locale;

    private String authKey;
    private String customerKey;
    private String state;

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public void complete() throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        var m = member.get();
        try {
            PaymentCard card = cards.registerWithState(m.organisationId(), m.id(), state, authKey, customerKey);
            ext.getFlash().put("cardNotice", Messages.get(locale.getLocale(), "card.registered", card.masked()));
        } catch (BizbillException e) {
            ext.getFlash().put("cardError", Messages.get(locale.getLocale(), e.getCode().messageKey()));
        }
        ext.redirect(ext.getRequestContextPath() + "/portal/card.xhtml");
    }

    public String getAuthKey() {
        return authKey;
    }

    public void setAuthKey(String authKey) {
        this.authKey = authKey;
    }

    public String getCustomerKey() {
        return customerKey;
    }

    public void setCustomerKey(String customerKey) {
        this.customerKey = customerKey;
    }
}
