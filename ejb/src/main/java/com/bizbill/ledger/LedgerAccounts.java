package com.bizbill.ledger;

/** The account codes of the chart of accounts, in one place. */
public final class LedgerAccounts {

    /** The operator's bank/PG settlement money. */
    public static final String OPERATOR_CASH = "OP:CASH";
    public static final String OPERATOR_FEE_REVENUE = "OP:FEE-REVENUE";
    /** What organisations spent on coupons (wallet use, postpaid use). */
    public static final String OPERATOR_COUPON_SALES = "OP:COUPON-SALES";
    /**
     * design.md "Coupon ordering and dispatch": money in flight, what orders paid and the supplier has not issued yet
     * (a liability: the operator owes those coupons or the money). Issuing moves a coupon's price to coupon sales; a
     * cancel or a coupon that cannot be issued moves it back. Its balance equals the paid, unissued value (ledger check).
     */
    public static final String OPERATOR_ORDERS_IN_FLIGHT = "OP:ORDERS-IN-FLIGHT";
    /** Refunds accepted but not yet paid out to the customer's bank account (CB-WAL-5). */
    public static final String OPERATOR_REFUND_PAYABLE = "OP:REFUND-PAYABLE";

    /**
     * Issue 13: confirmed payments that could not be applied (suspense, a liability), held until refunded
     * through the gateway; its balance equals the overpayments not yet refunded (ledger check).
     */
    public static final String OPERATOR_OVERPAYMENTS = "OP:OVERPAYMENTS";

    /** What partner stores pay for the messages they sent (NB-PRICE-1). */
    public static final String OPERATOR_MESSAGE_REVENUE = "OP:MESSAGE-REVENUE";
    /** What billing-portal customers are invoiced for, VAT excluded (BP-INV-2). */
    public static final String OPERATOR_BILLING_REVENUE = "OP:BILLING-REVENUE";
    /** VAT charged to customers, owed to the tax office. */
    public static final String OPERATOR_VAT_PAYABLE = "OP:VAT-PAYABLE";

    private LedgerAccounts() {
    }

    /** An organisation's prepaid balance: money the operator holds for it (a liability). */
    public static String prepaidBalance(long organisationId) {
        return "ORG:" + organisationId + ":PREPAID";
    }

    /** What a postpaid organisation owes the operator for this and earlier months (an asset). */
    public static String postpaidReceivable(long organisationId) {
        return "ORG:" + organisationId + ":RECEIVABLE";
    }

    /** What a billing-portal account owes on its imported invoices (BP-INV-2; an asset). */
    public static String invoiceReceivable(long billingAccountId) {
        return "BA:" + billingAccountId + ":RECEIVABLE";
    }

    /** What a partner store owes for its monthly usage bills (NB-CYC-1; an asset). */
    public static String usageReceivable(long storeId) {
        return "NB:" + storeId + ":RECEIVABLE";
    }
}
