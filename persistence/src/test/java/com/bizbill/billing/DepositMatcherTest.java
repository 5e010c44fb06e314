package com.bizbill.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BP-INV-3 bank reconciliation: amount and depositor name; one candidate or none. */
class DepositMatcherTest {

    static StatementLine deposit(String depositor, long amount) {
        return new StatementLine("R1", LocalDate.of(2026, 11, 25), depositor, amount, null);
    }

    @Test
    void theAmountAndTheNameMustBothFit() {
        var a = new DepositMatcher.Candidate(1, "데모 주식회사 본사", 110_000);
        var b = new DepositMatcher.Candidate(2, "다른회사", 110_000);
        assertThat(DepositMatcher.match(deposit("(주)데모", 110_000), List.of(a, b))).contains(a);
        assertThat(DepositMatcher.match(deposit("데모", 109_999), List.of(a, b))).isEmpty();
        assertThat(DepositMatcher.match(deposit("홍길동", 110_000), List.of(a, b))).isEmpty();
    }

    @Test
    void severalCandidatesGoToStaff() {
        var a = new DepositMatcher.Candidate(1, "데모 본사", 55_000);
        var b = new DepositMatcher.Candidate(2, "데모 지사", 55_000);
        assertThat(DepositMatcher.match(deposit("데모", 55_000), List.of(a, b))).isEmpty();
        assertThat(DepositMatcher.match(deposit("데모본사", 55_000), List.of(a, b))).contains(a);
        assertThat(DepositMatcher.match(deposit(" ", 55_000), List.of(a))).isEmpty();
    }
}
