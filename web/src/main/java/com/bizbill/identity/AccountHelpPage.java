package com.bizbill.identity;

import com.bizbill.billing.BillingAccountService;
import com.bizbill.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * BP-ON-3 login-page extras: resend the sign-up invitation, look up the ID, request a password
 * reset. Every answer is the same whether or not the address is on file.
 */
@Named
@RequestScoped
public class AccountHelpPage {

    @Inject
    BillingAccountService accounts;

    @Inject
    AccountRecovery recovery;

    private String invitationEmail;
    private String idEmail;
    private String resetLoginId;
    private String resetEmail;

    public void resendInvitation() {
        accounts.resendInvitation(invitationEmail == null ? null : invitationEmail.trim());
        Messages.info("help.sentIfKnown");
        invitationEmail = null;
    }

    public void findId() {
        recovery.mailLoginIds(idEmail == null ? null : idEmail.trim());
        Messages.info("help.sentIfKnown");
        idEmail = null;
    }

    public void requestReset() {
        recovery.requestPasswordReset(resetLoginId, resetEmail == null ? null : resetEmail.trim());
        Messages.info("help.sentIfKnown");
        resetLoginId = null;
        resetEmail = null;
    }

    public String getInvitationEmail() {
        return invitationEmail;
    }

    public void setInvitationEmail(String invitationEmail) {
        this.invitationEmail = invitationEmail;
    }

    public String getIdEmail() {
        return idEmail;
    }

    public void setIdEmail(String idEmail) {
        this.idEmail = idEmail;
    }

    public String getResetLoginId() {
        return resetLoginId;
    }

    public void setResetLoginId(String resetLoginId) {
        this.resetLoginId = resetLoginId;
    }

    public String getResetEmail() {
        return resetEmail;
    }

    public void setResetEmail(String resetEmail) {
        this.resetEmail = resetEmail;
    }
}
