package com.bizbill.wallet;

/**
 * A wallet charge: PENDING while the gateway has not confirmed it (window not finished, virtual
 * account waiting for the deposit, outcome unknown), COMPLETED once the wallet is credited, FAILED when
 * declined; CANCELLED / PARTIALLY_CANCELLED after a charge cancel (CB-WAL-3).
 */
public enum ChargeStatus {
    PENDING, COMPLETED, FAILED, PARTIALLY_CANCELLED, CANCELLED
}
