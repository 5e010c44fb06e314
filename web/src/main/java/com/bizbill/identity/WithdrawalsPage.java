package com.bizbill.identity;

import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Admin: sub-member withdrawal requests with their evidence files (CB-MEM-5). */
@Named
@ViewScoped
public class WithdrawalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubMemberService members;

    @Inject
    CurrentMember member;

    public List<Member> getPending() {
        return members.pendingWithdrawals();
    }

    public int evidenceCount(Member m) {
        return m.getWithdrawalEvidence() == null ? 0 : m.getWithdrawalEvidence().split(",").length;
    }

    public void decide(long subId, boolean approve) {
        members.decideWithdrawal(subId, approve);
        Messages.info(approve ? "withdrawal.approved" : "withdrawal.rejected");
    }
}
