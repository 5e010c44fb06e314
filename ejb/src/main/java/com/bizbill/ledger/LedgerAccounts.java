package com.bizbill.ledger;

/** The account codes of the chart of accounts, in one place. */
public final class LedgerAccounts {

    /** The operator's bank/PG settlement money. */
    public static final String OPERATOR_CASH = "OP:CASH";
    public static final String OPERATOR_FEE_REVENUE = "OP:FEE-REVENUE";

    private LedgerAccounts() {
    }

    /** An organisation's prepaid balance: money the operator holds for it (a liability). */
    public static String prepaidBalance(long organisationId) {
        return "ORG:" + organisationId + ":PREPAID";
    }
}
