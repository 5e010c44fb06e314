package com.bizbill.identity;

import com.bizbill.shared.MobileNumber;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/** CB-MEM-4: the invitee accepts, proving the invited mobile number with an SMS code. */
@Named
@ViewScoped
public class InvitationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubMemberService members;

    private String token;
    private boolean valid;
    private String email;
    private String company;
    private String maskedMobile;
    private String code;
    private String password;
    private String passwordAgain;
    private boolean agreed;

    public void load() {
        members.invitation(token).ifPresent(m -> {
            valid = true;
            email = m.getEmail();
            company = m.getOrganisation().getName();
            maskedMobile = MobileNumber.mask(m.getMobile());
        });
    }

    public void sendCode() {
        members.sendMobileCode(token);
        Messages.info("invite.codeSent", Messages.particles(maskedMobile, "toward"));
    }

    public void accept() throws IOException {
        if (Messages.passwordsDiffer(password, passwordAgain, "acceptForm:passwordAgain")) {
            return;
        }
        Optional<String> problem = members.accept(token, code, password, agreed);
        if (problem.isPresent()) {
            Messages.add(FacesMessage.SEVERITY_ERROR, null, problem.get());
            return;
        }
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.getFlash().put("notice", Messages.get("invite.accepted", Messages.particles(email, "toward")));
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

    public String getEmail() {
        return email;
    }

    public String getCompany() {
        return company;
    }

    public String getMaskedMobile() {
        return maskedMobile;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public boolean isAgreed() {
        return agreed;
    }

    public void setAgreed(boolean agreed) {
        this.agreed = agreed;
    }
}
