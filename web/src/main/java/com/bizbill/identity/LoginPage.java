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
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
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
    LoginOutcome outcome;

    @Inject
    LoginThrottle throttle;

    @NotBlank
    @Size(max = 100)
    private String loginId;

    @NotBlank
    @Size(max = 200)
    private String password;

    /** BP-ON-3 "remember my ID": kept in an HttpOnly cookie for 30 days, never the password. */
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
        props.put("path", ext.getRequestContextPath().isEmpty() ? "/" : ext.getRequestContextPath());
        props.put("maxAge", rememberId ? 30 * 24 * 3600 : 0);
        ext.addResponseCookie(REMEMBER_COOKIE, rememberId ? loginId.trim() : "", props);
    }

    public void login() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        String ip = request.getRemoteAddr();
        if (throttle.isBlocked(ip)) {
            password = null;
            Messages.add(FacesMessage.SEVERITY_ERROR, null, "login.ipBlocked");
            return;
        }
        // a new session id at login: a session id seen before login is worthless afterwards
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(loginId.trim(), password))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // back to the page that asked for login
            case SEND_FAILURE -> {
                password = null;
                throttle.failed(ip);
                Messages.add(FacesMessage.SEVERITY_ERROR, null, failureMessage());
            }
            case SUCCESS -> {
                throttle.succeeded(ip);
                remember(ext);
                request.changeSessionId();
                ext.redirect(ext.getRequestContextPath() + HomeRouter.target(request));
            }
            default -> Messages.add(FacesMessage.SEVERITY_ERROR, null, "login.failed");
        }
    }

    private String failureMessage() {
        LoginResult.Outcome o = outcome.get();
        if (o == null) {
            return "login.failed";
        }
        return switch (o) {
            case LOCKED -> "login.locked";
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
