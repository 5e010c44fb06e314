package com.bizbill.identity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** The one login page for staff and customers; also logout. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    IdentityService identity;

    @Inject
    LoginThrottle throttle;

    @Inject
    PendingLogin pending;

    @Inject
    ClientAddresses addresses;

    @Inject
    TwoStepLogin twoStep;

    @NotBlank
    @Size(max = 100)
    private String loginId;

    @NotBlank
    @Size(max = 200)
    private String password;

    /**
     * BP-ON-3 "remember my ID": kept in an HttpOnly, SameSite=Lax cookie for 30 days, never the password;
     * Secure when the session cookie is (issue 14: https public URL or bizbill.http.secure-cookies).
     */
    private boolean rememberId;

    static final String REMEMBER_COOKIE = "BIZBILL_REMEMBER_ID";

    @jakarta.annotation.PostConstruct
    void prefill() {
        Object cookie = faces.getExternalContext().getRequestCookieMap().get(REMEMBER_COOKIE);
        if (cookie instanceof jakarta.servlet.http.Cookie c && LoginIds.isValid(c.getValue())) {
            loginId = c.getValue();
            rememberId = true;
        }
    }

    private void remember(ExternalContext ext) {
        java.util.Map<String, Object> props = new java.util.HashMap<>();
        props.put("httpOnly", true);
        props.put("secure", com.bizbill.shared.web.SecurityHeaders.secureCookies());
        props.put("SameSite", com.bizbill.shared.web.SecurityHeaders.REMEMBER_SAME_SITE);
        props.put("path", ext.getRequestContextPath().isEmpty() ? "/" : ext.getRequestContextPath());
        props.put("maxAge", rememberId ? 30 * 24 * 3600 : 0);
        ext.addResponseCookie(REMEMBER_COOKIE, rememberId ? loginId.trim() : "", props);
    }

    public void login() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        String ip = addresses.of(request); // issue 14: X-Forwarded-For only from a trusted proxy
        if (throttle.isBlocked(ip)) {
            password = null;
            Messages.add(FacesMessage.SEVERITY_ERROR, null, "login.ipBlocked");
            return;
        }
        // a new session id at login: a session id seen before login is worthless afterwards
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        LoginResult result = identity.passwordStep(loginId.trim(), password, ip);
        password = null;
        switch (result.outcome()) {
            case OK -> {
                long epoch = identity.sessionEpoch(result.member().id()); // read before the ticket is redeemed
                AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters
                        .withParams().credential(new LoginTicketCredential(result.ticket())).newAuthentication(true));
                if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
                    // issue 14: no throttle.succeeded(ip): a success never clears the address's failures
                    remember(ext);
                    request.changeSessionId();
                    SessionEpochFilter.capture(request, epoch);
                    if (status == AuthenticationStatus.SUCCESS) {
                        ext.redirect(ext.getRequestContextPath() + HomeRouter.target(request));
                    } else {
                        faces.responseComplete(); // back to the page that asked for login
                    }
                } else {
                    Messages.add(FacesMessage.SEVERITY_ERROR, null, "login.failed");
                }
            }
            case SECOND_STEP_REQUIRED -> secondStep(ext, result.member());
            default -> {
                throttle.failed(ip);
                Messages.add(FacesMessage.SEVERITY_ERROR, null, failureMessage(result.outcome()));
            }
        }
    }

    /** CB-MEM-3: the password was right; send the SMS code and continue on the code page. */
    private void secondStep(ExternalContext ext, AuthenticatedMember m) throws IOException {
        pending.start(m.id(), twoStep.sendCode(m.id()));
        remember(ext);
        ext.redirect(ext.getRequestContextPath() + "/login-code.xhtml");
    }

    private static String failureMessage(LoginResult.Outcome o) {
        return switch (o) {
            // issue 14: locked, unknown and wrong-password ids get one answer
            case LOCKED, INVALID -> "login.failed";
            case AWAITING_APPROVAL -> "login.awaitingApproval";
            case NOT_ACTIVE -> "login.notActive";
            default -> "login.failed";
        };
    }

    public void logout() throws IOException, jakarta.servlet.ServletException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        request.logout();
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    public String getLoginId() {
        return loginId;
    }

    public void setLoginId(String loginId) {
        this.loginId = loginId;
    }

    public boolean isRememberId() {
        return rememberId;
    }

    public void setRememberId(boolean rememberId) {
        this.rememberId = rememberId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
