package com.bizbill.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The member state machine in one table (issue 15 §3): each named move, the states it may start from
 * and the state it leads to. CB-MEM-5 for sub-members, CB-MEM-2 for a master's approval. An invitation
 * creates a PENDING member ({@link Member#invite}); WITHDRAWN and REJECTED are final.
 */
public enum MemberTransition {
    /** CB-MEM-4: the invitee verified the invited mobile and set a password. */
    ACCEPT(MemberStatus.ACTIVE, MemberStatus.PENDING),
    /** CB-MEM-2: staff approve a master's sign-up. */
    APPROVE(MemberStatus.ACTIVE, MemberStatus.AWAITING_APPROVAL),
    /** CB-MEM-2: staff reject a master's sign-up. */
    REJECT(MemberStatus.REJECTED, MemberStatus.AWAITING_APPROVAL),
    /** CB-MEM-5: set by the master. */
    SUSPEND(MemberStatus.SUSPENDED, MemberStatus.ACTIVE),
    /** CB-MEM-5: the master lets a suspended sub-member back in. */
    REACTIVATE(MemberStatus.ACTIVE, MemberStatus.SUSPENDED),
    /** CB-MEM-5: long inactivity. */
    MAKE_DORMANT(MemberStatus.DORMANT, MemberStatus.ACTIVE),
    /** CB-MEM-5: the sub-member lifts dormancy personally (by logging in). */
    LIFT_DORMANCY(MemberStatus.ACTIVE, MemberStatus.DORMANT),
    /** CB-MEM-5: the master asks staff to withdraw a sub-member that has been accepted and is not withdrawn. */
    REQUEST_WITHDRAWAL(MemberStatus.WITHDRAWAL_PENDING, MemberStatus.ACTIVE, MemberStatus.SUSPENDED,
            MemberStatus.DORMANT),
    /** CB-MEM-5: staff approve the withdrawal; the sub-member is withdrawn at once. */
    WITHDRAW(MemberStatus.WITHDRAWN, MemberStatus.WITHDRAWAL_PENDING),
    /**
     * Staff turn a withdrawal request down; the sub-member goes back to the state the request started from
     * (ACTIVE, SUSPENDED or DORMANT): a rejection never lets a suspended member in, nor lifts dormancy.
     * {@link #to()} is ACTIVE, for requests made before the starting state was kept.
     */
    REJECT_WITHDRAWAL(MemberStatus.ACTIVE, MemberStatus.WITHDRAWAL_PENDING);

    private final MemberStatus to;
    private final Set<MemberStatus> from;

    MemberTransition(MemberStatus to, MemberStatus first, MemberStatus... more) {
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    public MemberStatus to() {
        return to;
    }

    /** The states this move may lead to: {@link #to()}, or for a rejected withdrawal every state a request starts from. */
    public Set<MemberStatus> targets() {
        return this == REJECT_WITHDRAWAL ? REQUEST_WITHDRAWAL.from : EnumSet.of(to);
    }

    public boolean allowedFrom(MemberStatus status) {
        return from.contains(status);
    }
}
