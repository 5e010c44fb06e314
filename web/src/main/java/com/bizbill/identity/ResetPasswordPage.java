package com.bizbill.identity;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** BP-ON-3: a new password through the e-mailed one-time link. */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountRecovery recovery;

    private String token;
    private boolean valid;
    private String newPassword;
    private String newPasswordAgain;

    public void load() {
        valid = recovery.isResetLinkValid(token);
    }

    public void submit() throws IOException {
        if (Messages.passwordsDiffer(newPassword, newPasswordAgain, "resetForm:newPasswordAgain")) {
            return;
        }
        recovery.resetPassword(token, newPassword);
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.getFlash().put("notice", Messages.get("reset.done"));
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isValid() {
        return valid;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
