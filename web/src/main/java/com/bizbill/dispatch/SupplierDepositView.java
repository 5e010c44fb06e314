package com.bizbill.dispatch;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Issue 21 §2: the dashboard's panel of the operator's deposit at the coupon supplier (read once per request). */
@Named
@RequestScoped
public class SupplierDepositView {

    @Inject
    SupplierDeposit deposit;

    private SupplierDeposit.Status status;

    public SupplierDeposit.Status getStatus() {
        if (status == null) {
            status = deposit.status();
        }
        return status;
    }
}
