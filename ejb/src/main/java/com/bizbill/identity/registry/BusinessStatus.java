package com.bizbill.identity.registry;

/** What the business-status registry says of a registration number (CB-MEM-2). */
public enum BusinessStatus {
    /** Operating (계속사업자). */
    OPEN,
    /** Temporarily suspended (휴업자). */
    SUSPENDED,
    /** Closed (폐업자). */
    CLOSED,
    /** Not registered with the tax office. */
    UNKNOWN;

    public boolean mayRegister() {
        return this == OPEN;
    }
}
