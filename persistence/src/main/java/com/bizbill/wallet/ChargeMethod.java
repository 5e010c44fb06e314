package com.bizbill.wallet;

/** How a wallet is charged (CB-WAL-1). Only card and real-time transfer charges can be cancelled (CB-WAL-3). */
public enum ChargeMethod {
    CARD, TRANSFER, VIRTUAL_ACCOUNT;

    public boolean isCancellable() {
        return this != VIRTUAL_ACCOUNT;
    }
}
