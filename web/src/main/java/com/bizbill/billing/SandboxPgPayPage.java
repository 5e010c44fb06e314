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

/**
 * The sandbox gateway's payment window for one-time payments (real-time transfer): the customer
 * picks a bank and approves; the gateway returns to the merchant with a payment key, and the
 * merchant confirms (Toss style). Nothing is paid until that confirm.
 * Issue 14 §2: the window approves only the order id and amount of the token our application got when it
 * opened it, so nobody can pre-claim one of our order ids here; order id and amount in the URL are ignored.
 */
@Named
@RequestScoped
public class SandboxPgPayPage {

    @Inject
    SandboxPaymentGateway pg;

    private String token;
    private String method;
    private String successUrl;
    private String failUrl;
    private String bank;

    private SandboxPaymentGateway.WindowSession session() {
        return pg.window(token).filter(SandboxPaymentGateway.WindowSession::isPayment).orElse(null);
    }

    public boolean isValidRequest() {
        return session() != null && SandboxPgPage.isLocalPath(successUrl) && SandboxPgPage.isLocalPath(failUrl);
    }

    public void approve() throws IOException {
        if (!isValidRequest()) {
            Messages.error("pg.badRequest");
            return;
        }
        SandboxPaymentGateway.WindowResult r;
        try {
            r = pg.approveWindow(token, method == null ? "TRANSFER" : method);
        } catch (BizbillException e) {
            Messages.error("pg.badRequest");
            return;
        }
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + SandboxPgPage.withParams(successUrl, "orderId="
                + SandboxPgPage.enc(r.orderId()) + "&paymentKey=" + SandboxPgPage.enc(r.key()) + "&amount="
                + r.amount()));
    }

    public void cancel() throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + (SandboxPgPage.isLocalPath(failUrl) ? failUrl : "/"));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** The order the window was opened for (shown in the window). */
    public String getOrderId() {
        var w = session();
        return w == null ? null : w.orderId();
    }

    public long getAmount() {
        var w = session();
        return w == null ? 0 : w.amount();
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
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

    public String getBank() {
        return bank;
    }

    public void setBank(String bank) {
        this.bank = bank;
    }
}
