package com.bizbill.billing;

import com.bizbill.billing.gateway.SandboxPaymentGateway;
import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * BP-CARD-1/2, NB-CARD-1: the card for recurring payment. All four terms first, then the gateway's
 * own card window; on return the auth key is exchanged for a billing key (CardCallbackPage).
 */
@Named
@ViewScoped
public class CardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CardService cards;

    @Inject
    CurrentMember member;

    /** The sandbox gateway opens its window for this registration only (issue 14 §2). */
    @Inject
    SandboxPaymentGateway pg;

    private boolean electronicFinance;
    private boolean collection;
    private boolean provision;
    private boolean recurring;

    public boolean isMayRegister() {
        var m = member.get();
        return cards.mayRegister(m.organisationId(), m.id());
    }

    public PaymentCard getCard() {
        return cards.activeCard(member.get().organisationId()).orElse(null);
    }

    public void agreeToAll() {
        boolean all = !(electronicFinance && collection && provision && recurring);
        electronicFinance = all;
        collection = all;
        provision = all;
        recurring = all;
    }

    public boolean isAllAgreed() {
        return electronicFinance && collection && provision && recurring;
    }

    public void openGateway() throws IOException {
        if (!isMayRegister()) {
            Messages.error("card.notCardPayer");
            return;
        }
        if (!isAllAgreed()) {
            Messages.error("card.termsRequired");
            return;
        }
        // BP-CARD-1 (issue 14): only now, the terms agreed, the one-time state of this member's registration;
        // it travels in the success URL, which the gateway returns to with the auth key and the customer key
        CardService.Registration r;
        var m = member.get();
        r = cards.beginRegistration(m.organisationId(), m.id(), isAllAgreed());
        String window = pg.openCardWindow(r.customerKey());
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/sandbox-pg/card.xhtml?token=" + enc(window)
                + "&successUrl=" + enc("/portal/card-callback.xhtml?state=" + enc(r.state()))
                + "&failUrl=" + enc("/portal/card.xhtml"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public boolean isElectronicFinance() {
        return electronicFinance;
    }

    public void setElectronicFinance(boolean v) {
        this.electronicFinance = v;
    }

    public boolean isCollection() {
        return collection;
    }

    public void setCollection(boolean v) {
        this.collection = v;
    }

    public boolean isProvision() {
        return provision;
    }

    public void setProvision(boolean v) {
        this.provision = v;
    }

    public boolean isRecurring() {
        return recurring;
    }

    public void setRecurring(boolean v) {
        this.recurring = v;
    }
}
