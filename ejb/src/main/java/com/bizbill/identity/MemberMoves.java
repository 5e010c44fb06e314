package com.bizbill.identity;

import com.bizbill.shared.error.ErrorCode;

/**
 * Issue 15 §3: runs one of {@link Member}'s named transitions for a service; a move the member's state
 * refuses (CB-MEM-5, table in {@link MemberTransition}) is answered as a conflict, as before.
 */
final class MemberMoves {

    private MemberMoves() {
    }

    static void apply(Runnable move) {
        try {
            move.run();
        } catch (MemberStateException e) {
            throw new IdentityException(ErrorCode.MEMBER_TRANSITION_REFUSED, e.getMessage());
        }
    }
}
