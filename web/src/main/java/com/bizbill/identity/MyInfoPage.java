package com.bizbill.identity;

import com.bizbill.billing.BillingAccount;
import com.bizbill.billing.BillingAccountService;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** BP-ME-1 member info: change password; the contact e-mail is shown, changed by staff only (BP-INV-4). */
@Named
@ViewScoped
public class MyInfoPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentMember member;

    @Inject
    AccountRecovery recovery;

    @Inject
    BillingAccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String newPasswordAgain;

    public AuthenticatedMember getMe() {
        return member.get();
    }

    /** The billing account of a billing-portal login; null for other roles. */
    public BillingAccount getBillingAccount() {
        return accounts.ofMember(member.get().id()).orElse(null);
    }

    public void changePassword() {
        if (Messages.passwordsDiffer(newPassword, newPasswordAgain, "passwordForm:newPasswordAgain")) {
            return;
        }
        recovery.changePassword(member.get().id(), currentPassword, newPassword);
        currentPassword = null;
        newPassword = null;
        newPasswordAgain = null;
        Messages.info("me.passwordChanged");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
