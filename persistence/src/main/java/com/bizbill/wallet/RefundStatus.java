package com.bizbill.wallet;

/**
 * CB-WAL-5: REQUESTED (balance debited at once) → REVIEWING → COMPLETED | REJECTED (credited back);
 * CANCELLED by the customer only while REQUESTED (credited back).
 */
public enum RefundStatus {
    REQUESTED, REVIEWING, COMPLETED, REJECTED, CANCELLED;

    public boolean isOpen() {
        return this == REQUESTED || this == REVIEWING;
    }
}
