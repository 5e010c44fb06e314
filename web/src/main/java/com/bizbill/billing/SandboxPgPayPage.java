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
 */
@Named
@RequestScoped
public class SandboxPgPayPage {

    @Inject
    SandboxPaymentGateway pg;

    private String orderId;
    private long amount;
    private String method;
    private String successUrl;
    private String failUrl;
    private String bank;

    public boolean isValidRequest() {
        return orderId != null && !orderId.isBlank() && amount > 0 && SandboxPgPage.isLocalPath(successUrl)
                && SandboxPgPage.isLocalPath(failUrl);
    }

    public void approve() throws IOException {
        if (!isValidRequest()) {
            Messages.error("pg.badRequest");
            return;
        }
        String paymentKey;
        try {
            paymentKey = pg.approveInWindow(orderId, method == null ? "TRANSFER" : method, amount);
        } catch (BizbillException e) {
            Messages.error("pg.badRequest");
            return;
        }
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + successUrl + "?orderId=" + SandboxPgPage.enc(orderId) + "&paymentKey="
                + SandboxPgPage.enc(paymentKey) + "&amount=" + amount);
    }

    public void cancel() throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + (SandboxPgPage.isLocalPath(failUrl) ? failUrl : "/"));
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public long getAmount() {
        return amount;
    }

    public void setAmount(long amount) {
        this.amount = amount;
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
