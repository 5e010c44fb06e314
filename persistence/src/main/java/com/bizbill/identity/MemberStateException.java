package com.bizbill.identity;

/**
 * A member transition its current state does not allow (issue 15 §3, CB-MEM-5). An
 * {@link IllegalStateException}, like the other entities' refusals; services answer it as a conflict.
 */
public class MemberStateException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final MemberStatus status;
    private final MemberTransition transition;

    public MemberStateException(Long memberId, MemberStatus status, MemberTransition transition) {
        super("CB-MEM-5: member " + memberId + " is " + status + ", cannot " + transition);
        this.status = status;
        this.transition = transition;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public MemberTransition getTransition() {
        return transition;
    }
}
