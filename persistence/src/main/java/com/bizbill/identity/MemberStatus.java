package com.bizbill.identity;

/** Member states (CB-MEM-5 for sub-members; masters use ACTIVE and AWAITING_APPROVAL). */
public enum MemberStatus {
    PENDING, AWAITING_APPROVAL, ACTIVE, SUSPENDED, DORMANT, WITHDRAWAL_PENDING, WITHDRAWN, REJECTED;

    /** Whether a member in this state may log in. */
    public boolean mayLogIn() {
        return this == ACTIVE || this == DORMANT;
    }
}
