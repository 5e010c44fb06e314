package com.bizbill.wallet;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Staff review of refund requests (CB-WAL-5): start review, complete, reject with a reason. */
@Named
@ViewScoped
public class RefundsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RefundService refunds;

    @Inject
    CurrentMember member;

    private RefundStatus status;
    private final Pager pager = new Pager(20);
    private Long rejectId;
    private String rejectionReason;

    public Page<RefundRequest> getRequests() {
        return refunds.list(null, status, pager.page(), pager.size());
    }

    public void startReview(long id) {
        act(() -> refunds.startReview(id), "refunds.reviewing");
    }

    public void complete(long id) {
        act(() -> refunds.complete(id), "refunds.completed");
    }

    public void prepareReject(long id) {
        rejectId = id;
        rejectionReason = null;
    }

    public void reject() {
        act(() -> refunds.reject(rejectId, rejectionReason), "refunds.rejected");
    }

    private void act(Runnable r, String okKey) {
        r.run();
        Messages.info(okKey);
    }

    public void search() {
        pager.first();
    }

    public void next() {
        pager.next(getRequests().total());
    }

    public void previous() {
        pager.previous();
    }

    public RefundStatus[] getStatuses() {
        return RefundStatus.values();
    }

    public RefundStatus getStatus() {
        return status;
    }

    public void setStatus(RefundStatus status) {
        this.status = status;
    }

    public Pager getPager() {
        return pager;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }
}
