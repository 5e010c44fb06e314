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
    void aDepositToAVirtualAccountIsThatAccountsWhateverTheSendersName() {
        var a = new DepositMatcher.Candidate(1, "데모 본사", 33_000, "56290123456789");
        var b = new DepositMatcher.Candidate(2, "다른회사", 33_000, null);
        var toA = new StatementLine("R2", LocalDate.of(2026, 11, 25), "홍길동", 33_000, "562-9012-3456789");
        assertThat(DepositMatcher.match(toA, List.of(a, b))).contains(a);
        // the right account but another amount, or an account nobody has: staff decide
        var wrongAmount = new StatementLine("R3", LocalDate.of(2026, 11, 25), "데모 본사", 30_000, "56290123456789");
        assertThat(DepositMatcher.match(wrongAmount, List.of(a, b))).isEmpty();
        var unknown = new StatementLine("R4", LocalDate.of(2026, 11, 25), "다른회사", 33_000, "99999999999");
        assertThat(DepositMatcher.match(unknown, List.of(a, b))).isEmpty();
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
