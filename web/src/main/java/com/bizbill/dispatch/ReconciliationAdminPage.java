package com.bizbill.dispatch;

import com.bizbill.ordering.CouponMismatch;
import com.bizbill.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Issue 21 §5: staff see the coupons on which our books and the supplier's disagree, and settle each. */
@Named
@RequestScoped
public class ReconciliationAdminPage {

    @Inject
    CouponReconciliation reconciliation;

    private List<CouponMismatch> open;

    public List<CouponMismatch> getOpen() {
        if (open == null) {
            open = reconciliation.open(200);
        }
        return open;
    }

    public void resolve(long id) {
        CouponMismatch m = reconciliation.resolve(id);
        Messages.info("reconciliation.resolved", m.getTransactionId(), Messages.labels().code("Resolution",
                m.getResolution()));
        open = null;
    }
}
