package com.bizbill.identity;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Admin: coupon-service sign-ups waiting for approval (CB-MEM-2), with the licence file, approve or reject. */
@Named
@ViewScoped
public class ApprovalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MasterSignupService signups;

    @Inject
    CurrentMember member;

    private Long rejectId;
    private String reason;

    public List<Organisation> getPending() {
        return signups.awaitingApproval();
    }

    public String masterEmail(long organisationId) {
        return signups.masterOf(organisationId).getEmail();
    }

    public void approve(long organisationId) {
        signups.approve(organisationId);
        Messages.info("approvals.approved");
    }

    public void startReject(long organisationId) {
        rejectId = organisationId;
        reason = null;
    }

    public void reject() {
        signups.reject(rejectId, reason);
        Messages.info("approvals.rejected");
        org.primefaces.PrimeFaces.current().executeScript("PF('rejectDialog').hide()");
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
