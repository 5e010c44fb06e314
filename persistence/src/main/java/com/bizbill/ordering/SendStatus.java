package com.bizbill.ordering;

/**
 * CB-DSP-3: a recipient's send status. Not started yet is no status (null); {@code IN_PROGRESS} while its coupons are
 * issued and its message is on the way; then {@code SUCCESS} (delivered), {@code FAILURE} (the message could not be
 * delivered, the fallback included) or {@code ERROR} (a coupon could not be issued, so nothing was sent).
 */
public enum SendStatus {
    IN_PROGRESS, SUCCESS, FAILURE, ERROR;

    public boolean isFinal() {
        return this != IN_PROGRESS;
    }
}
