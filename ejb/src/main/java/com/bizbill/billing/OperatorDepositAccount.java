package com.bizbill.billing;

import org.eclipse.microprofile.config.Config;

/**
 * Issue 18 §2: the operator's own deposit account, where a customer without a virtual account pays by bank
 * transfer (a tax invoice after the billing month, BP-PAY-2): {@code bizbill.operator.deposit.bank} (a Korean bank
 * code, labelled from the one label source), {@code .number} and {@code .holder}.
 */
public record OperatorDepositAccount(String bankCode, String number, String holder) {

    public static final String BANK_KEY = "bizbill.operator.deposit.bank";
    public static final String NUMBER_KEY = "bizbill.operator.deposit.number";
    public static final String HOLDER_KEY = "bizbill.operator.deposit.holder";

    public static OperatorDepositAccount fromConfig(Config config) {
        return new OperatorDepositAccount(config.getOptionalValue(BANK_KEY, String.class).orElse("88"),
                config.getOptionalValue(NUMBER_KEY, String.class).orElse("140-013-456789"),
                config.getOptionalValue(HOLDER_KEY, String.class).orElse("비즈빌 주식회사"));
    }
}
