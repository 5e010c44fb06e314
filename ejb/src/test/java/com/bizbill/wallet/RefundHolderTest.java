package com.bizbill.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CB-WAL-4, issue 18 §5: a refund to the company's own account needs no extra document. */
class RefundHolderTest {

    @Test
    void cbWal4TheCompanyItselfAndTheMemberInPersonAreTheMember() {
        assertThat(RefundHolder.isMember("데모 쿠폰 주식회사", "쿠폰 마스터", "데모 쿠폰 주식회사")).isTrue();
        assertThat(RefundHolder.isMember("(주)데모쿠폰", "쿠폰 마스터", "데모 쿠폰 주식회사")).isTrue();
        assertThat(RefundHolder.isMember("㈜ 데모쿠폰", "쿠폰 마스터", "주식회사 데모쿠폰")).isTrue();
        assertThat(RefundHolder.isMember("쿠폰 마스터", "쿠폰 마스터", "데모 쿠폰 주식회사")).isTrue();
    }

    @Test
    void cbWal4AnyoneElseIsNot() {
        assertThat(RefundHolder.isMember("김철수", "쿠폰 마스터", "데모 쿠폰 주식회사")).isFalse();
        assertThat(RefundHolder.isMember("(주)다른회사", "쿠폰 마스터", "데모 쿠폰 주식회사")).isFalse();
        assertThat(RefundHolder.isMember("주식회사", "쿠폰 마스터", "데모 쿠폰 주식회사")).as("only the legal form").isFalse();
        assertThat(RefundHolder.isMember("", "", "")).isFalse();
        assertThat(RefundHolder.isMember(null, "쿠폰 마스터", null)).isFalse();
    }
}
