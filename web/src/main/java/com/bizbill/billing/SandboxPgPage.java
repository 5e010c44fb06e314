package com.bizbill.billing;

import com.bizbill.billing.gateway.SandboxPaymentGateway;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The sandbox payment gateway's own card window (/sandbox-pg/card.xhtml), standing in for a real
 * PG's page: the card is typed here, never on Bizbill's pages; the PG returns an auth key to the
 * caller's success URL. Request-scoped, so the card number lives only for the request.
 * Issue 14 §2: the window works only with the token our application got when it opened it (for one
 * registration: the customer key comes from the token, not from the URL); its SMS step is throttled.
 */
@Named
@RequestScoped
public class SandboxPgPage {

    @Inject
    SandboxPaymentGateway pg;

    @Inject
    com.bizbill.identity.ClientAddresses addresses;

    private String token;
    private String successUrl;
    private String failUrl;
    private String cardNumber;
    private Integer expiryMonth;
    private Integer expiryYear;
    private boolean corporate;
    private String owner;
    private String mobile;
    private String phoneCode;

    /** Only paths of this application: the window never redirects elsewhere (no open redirect). */
    static boolean isLocalPath(String url) {
        return url != null && url.startsWith("/") && !url.startsWith("//") && !url.contains("\\");
    }

    public boolean isValidRequest() {
        return pg.window(token).filter(SandboxPaymentGateway.WindowSession::isCard).isPresent()
                && isLocalPath(successUrl) && isLocalPath(failUrl);
    }

    /** The merchant's URL with the window's answer appended (the state in its query string stays). */
    static String withParams(String url, String params) {
        return url + (url.contains("?") ? "&" : "?") + params;
    }

    public void pay() throws IOException {
        if (!isValidRequest()) {
            Messages.error("pg.badRequest");
            return;
        }
        // BP-CARD-1 step 3: the holder's phone, verified by the gateway before the card is accepted
        if (!pg.phoneVerified(mobile, phoneCode)) {
            Messages.add(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "pgForm:phoneCode", "pg.phoneCode");
            cardNumber = null;
            return;
        }
        SandboxPaymentGateway.WindowResult result;
        try {
            result = pg.enterCardInWindow(token, cardNumber, expiryMonth == null ? 0 : expiryMonth,
                    expiryYear == null ? 0 : expiryYear, corporate, owner);
        } catch (BizbillException e) {
            cardNumber = null;
            if (e.getFieldErrors().isEmpty()) {
                Messages.error(e.getCode().messageKey());
            }
            e.getFieldErrors().forEach(f -> Messages.error(f.message()));
            return;
        }
        pg.spendPhoneCode(mobile);
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + withParams(successUrl, "authKey=" + enc(result.key())
                + "&customerKey=" + enc(result.customerKey())));
    }

    public void sendCode() {
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest) FacesContext
                .getCurrentInstance().getExternalContext().getRequest();
        // throttled per number and per client address, the address read like the login's (issue 14)
        pg.sendPhoneCode(token, mobile, addresses.of(request));
        Messages.info("pg.codeSent");
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getPhoneCode() {
        return null; // never written back into the page
    }

    public void setPhoneCode(String phoneCode) {
        this.phoneCode = phoneCode;
    }

    public void cancel() throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + (isLocalPath(failUrl) ? failUrl : "/"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getSuccessUrl() {
        return successUrl;
    }

    public void setSuccessUrl(String successUrl) {
        this.successUrl = successUrl;
    }

    public String getFailUrl() {
        return failUrl;
    }

    public void setFailUrl(String failUrl) {
        this.failUrl = failUrl;
    }

    public String getCardNumber() {
        return null; // never written back into a page
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public Integer getExpiryMonth() {
        return expiryMonth;
    }

    public void setExpiryMonth(Integer expiryMonth) {
        this.expiryMonth = expiryMonth;
    }

    public Integer getExpiryYear() {
        return expiryYear;
    }

    public void setExpiryYear(Integer expiryYear) {
        this.expiryYear = expiryYear;
    }

    public boolean isCorporate() {
        return corporate;
    }

    public void setCorporate(boolean corporate) {
        this.corporate = corporate;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
