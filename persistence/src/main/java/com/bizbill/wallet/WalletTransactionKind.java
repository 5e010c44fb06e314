package com.bizbill.wallet;

/** The kinds of wallet history line (CB-WAL-2); the sign says which way the balance moved. */
public enum WalletTransactionKind {
    CHARGE(1), CHARGE_CANCEL(-1), USE(-1), USE_CANCEL(1), DIFFERENCE_REFUND(1), REFUND(-1), REFUND_RETURN(1);

    private final int sign;

    WalletTransactionKind(int sign) {
        this.sign = sign;
    }

    /** +1 when this kind raises the balance, -1 when it lowers it. */
    public int sign() {
        return sign;
    }
}
