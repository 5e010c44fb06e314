package com.bizbill.ordering;

/**
 * CB-DSP-2: an order is {@code RESERVED} until its dispatch starts (an immediate order too, for the moments before
 * the dispatch job takes it), {@code SENDING} while recipients are being served, {@code COMPLETED} when every
 * recipient ended as success, failure or error; {@code RESERVATION_CANCELLED} when cancelled while reserved.
 */
public enum OrderStatus {
    RESERVED, SENDING, COMPLETED, RESERVATION_CANCELLED;

    /** Orders that block a sub-member's withdrawal (CB-MEM-5): not started or still sending. */
    public boolean isOpen() {
        return this == RESERVED || this == SENDING;
    }
}
