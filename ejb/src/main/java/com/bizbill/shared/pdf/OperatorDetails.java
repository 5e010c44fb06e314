package com.bizbill.shared.pdf;

import org.eclipse.microprofile.config.Config;

/**
 * The operator (the company running Bizbill) as printed on receipts, invoices and statements.
 * Plain data; {@link #fromConfig(Config)} reads it from MicroProfile Config ({@code bizbill.operator.*}).
 */
public record OperatorDetails(String companyName, String businessNumber, String representative,
                              String address, String phone) {

    public static final String NAME_KEY = "bizbill.operator.name";
    public static final String BUSINESS_NUMBER_KEY = "bizbill.operator.business-number";
    public static final String REPRESENTATIVE_KEY = "bizbill.operator.representative";
    public static final String ADDRESS_KEY = "bizbill.operator.address";
    public static final String PHONE_KEY = "bizbill.operator.phone";

    public static OperatorDetails fromConfig(Config config) {
        return new OperatorDetails(
                value(config, NAME_KEY, "비즈빌 주식회사"),
                value(config, BUSINESS_NUMBER_KEY, "123-45-67890"),
                value(config, REPRESENTATIVE_KEY, "홍길동"),
                value(config, ADDRESS_KEY, "서울특별시 강남구 테헤란로 1"),
                value(config, PHONE_KEY, "1588-0000"));
    }

    private static String value(Config config, String key, String fallback) {
        return config.getOptionalValue(key, String.class).orElse(fallback);
    }
}
