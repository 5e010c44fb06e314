package com.bizbill.identity;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** CB-MEM-3 second step: the SMS code, "allow this IP", resend; the session id changes again on success. */
@Named
@RequestScoped
public class LoginCodePage {

    @Inject
    PendingLogin pending;

    @Inject
    TwoStepLogin twoStep;

    @Inject
    SecurityContext security;

    @Inject
    LoginThrottle throttle;

    @Inject
    FacesContext faces;

    @Inject
    ClientAddresses addresses;

    @Inject
    IdentityService identity;

    private String code;
    private boolean trustIp;

    /** f:viewAction: without a pending login there is nothing to do here. */
    public String check() {
        return pending.memberId() == null ? "/login.xhtml?faces-redirect=true" : null;
    }

    public String getMaskedMobile() {
        return pending.maskedMobile();
    }

    public void verify() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        Long memberId = pending.memberId();
        if (memberId == null) {
            ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
            return;
        }
        String ip = addresses.of(request); // issue 14: the same address rule as the password step
        if (throttle.isBlocked(ip)) {
            Messages.add(FacesMessage.SEVERITY_ERROR, null, "login.ipBlocked");
            return;
        }
        TwoStepLogin.CodeCheck check = twoStep.verifyCode(memberId, code, ip, trustIp);
        if (!check.ok()) {
            throttle.failed(ip);
            code = null;
            Messages.add(FacesMessage.SEVERITY_ERROR, "codeForm:code", check.failure());
            return;
        }
        String ticket = check.ticket();
        long epoch = identity.sessionEpoch(memberId); // read before the ticket is redeemed
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().credential(new LoginTicketCredential(ticket)).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            pending.clear();
            request.changeSessionId();
            SessionEpochFilter.capture(request, epoch);
            if (status == AuthenticationStatus.SUCCESS) {
                ext.redirect(ext.getRequestContextPath() + HomeRouter.target(request));
            } else {
                faces.responseComplete();
            }
            return;
        }
        Messages.add(FacesMessage.SEVERITY_ERROR, null, "twostep.wrong");
    }

    public void resend() {
        Long memberId = pending.memberId();
        if (memberId != null) {
            twoStep.sendCode(memberId);
            Messages.info("twostep.resent");
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isTrustIp() {
        return trustIp;
    }

    public void setTrustIp(boolean trustIp) {
        this.trustIp = trustIp;
    }
}
