package com.bizbill.identity;

import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Admin: sub-member withdrawal requests with their evidence files (CB-MEM-5). */
@Named
@ViewScoped
public class WithdrawalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubMemberService members;

    @Inject
    CurrentMember member;

    private transient Map<Long, List<WithdrawalEvidence>> evidence;

    public List<Member> getPending() {
        return members.pendingWithdrawals();
    }

    /** The evidence rows of the member's pending request (issue 15 §3: rows, no longer comma-joined keys). */
    public List<WithdrawalEvidence> evidence(Member m) {
        if (evidence == null) {
            evidence = new HashMap<>();
        }
        return evidence.computeIfAbsent(m.getId(), members::evidenceFiles); // the table renders it more than once
    }

    public void decide(long subId, boolean approve) {
        members.decideWithdrawal(subId, approve);
        Messages.info(approve ? "withdrawal.approved" : "withdrawal.rejected");
    }
}
