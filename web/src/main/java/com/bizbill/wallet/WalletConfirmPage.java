package com.bizbill.wallet;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The gateway window's return address for a real-time-transfer charge: confirms the payment for the
 * amount of our own charge (the redirect's amount is not trusted) and shows the result. A reload
 * confirms nothing twice: a decided attempt is only read.
 */
@Named
@RequestScoped
public class WalletConfirmPage {

    @Inject
    WalletCharging charging;

    @Inject
    CurrentMember member;

    private String orderId;
    private String paymentKey;
    private WalletCharge charge;

    public void confirm() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        charge = charging.confirm(member.get().organisationId(), orderId, paymentKey);
        switch (charge.getStatus()) {
            case COMPLETED -> Messages.info("wallet.charged", charge.getAmount());
            case FAILED -> Messages.error("wallet.chargeFailed", charge.getFailureMessage());
            default -> Messages.info("wallet.chargePending");
        }
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getPaymentKey() {
        return paymentKey;
    }

    public void setPaymentKey(String paymentKey) {
        this.paymentKey = paymentKey;
    }

    public WalletCharge getCharge() {
        return charge;
    }
}
