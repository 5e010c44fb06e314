package com.bizbill.identity;

import com.bizbill.billing.BillingAccount;
import com.bizbill.billing.BillingAccountService;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** BP-ON-1/2: the customer opens the invitation link, agrees to the notices and creates the account's login. */
@Named
@ViewScoped
public class SignupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BillingAccountService accounts;

    private String token;
    private String companyName;
    private String accountName;
    private boolean valid;
    private boolean agreedPrivacy;
    private boolean agreedTerms;
    private String loginId;
    private String password;
    private String passwordAgain;

    /** f:viewAction: look the link up once. */
    public void load() {
        accounts.invitationFor(token).ifPresent(this::show);
    }

    private void show(BillingAccount a) {
        valid = true;
        companyName = a.getOrganisation().getName();
        accountName = a.getName();
    }

    public void submit() throws IOException {
        if (Messages.passwordsDiffer(password, passwordAgain, "signupForm:passwordAgain")) {
            return;
        }
        accounts.completeSignup(token, loginId == null ? null : loginId.trim(), password, agreedPrivacy,
                agreedTerms);
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.getFlash().put("notice", Messages.get("signup.done", Messages.particles(loginId.trim(), "toward")));
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

    public String getCompanyName() {
        return companyName;
    }

    public String getAccountName() {
        return accountName;
    }

    public boolean isAgreedPrivacy() {
        return agreedPrivacy;
    }

    public void setAgreedPrivacy(boolean agreedPrivacy) {
        this.agreedPrivacy = agreedPrivacy;
    }

    public boolean isAgreedTerms() {
        return agreedTerms;
    }

    public void setAgreedTerms(boolean agreedTerms) {
        this.agreedTerms = agreedTerms;
    }

    public String getLoginId() {
        return loginId;
    }

    public void setLoginId(String loginId) {
        this.loginId = loginId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
