package com.bizbill.identity;

/**
 * Member states (CB-MEM-5 for sub-members; masters use AWAITING_APPROVAL → ACTIVE | REJECTED, CB-MEM-2).
 * The allowed moves are kept in {@link MemberTransition} only; {@link Member}'s named transitions refuse the rest.
 */
public enum MemberStatus {
    PENDING, AWAITING_APPROVAL, ACTIVE, SUSPENDED, DORMANT, WITHDRAWAL_PENDING, WITHDRAWN, REJECTED;

    /** Whether a member in this state may log in. */
    public boolean mayLogIn() {
        return this == ACTIVE || this == DORMANT;
    }

    /** Whether some named transition leads from this state to {@code target} (table in {@link MemberTransition}). */
    public boolean canBecome(MemberStatus target) {
        for (MemberTransition t : MemberTransition.values()) {
            if (t.targets().contains(target) && t.allowedFrom(this)) {
                return true;
            }
        }
        return false;
    }
}
