package com.bizbill.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Double-entry rules of the ledger core (design.md "Money and time"). */
class JournalEntryRulesTest {

    private final LedgerAccount cash = new LedgerAccount("OP:CASH", "Cash", AccountType.ASSET, null, Instant.EPOCH);
    private final LedgerAccount deposit = new LedgerAccount("ORG:1:WALLET", "Wallet", AccountType.LIABILITY, 1L, Instant.EPOCH);
    private final LedgerAccount fees = new LedgerAccount("OP:FEES", "Fees", AccountType.REVENUE, null, Instant.EPOCH);

    @Test
    void balancedEntryKeepsItsPostings() {
        JournalEntry e = new JournalEntry("TEST", "ref-1", "charge", Instant.EPOCH, "tester", List.of(
                new JournalEntry.Leg(cash, 11_000),
                new JournalEntry.Leg(deposit, -10_000),
                new JournalEntry.Leg(fees, -1_000)));
        assertThat(e.getPostings()).extracting(Posting::getAmount).containsExactly(11_000L, -10_000L, -1_000L);
        assertThat(e.getPostings()).allSatisfy(p -> assertThat(p.getEntry()).isSameAs(e));
        assertThat(e.getPostings().stream().mapToLong(Posting::getAmount).sum()).isZero();
    }

    @Test
    void entryThatDoesNotSumToZeroIsRefused() {
        assertThatThrownBy(() -> new JournalEntry("TEST", null, null, Instant.EPOCH, "t", List.of(
                new JournalEntry.Leg(cash, 10_000), new JournalEntry.Leg(deposit, -9_999))))
                .isInstanceOf(UnbalancedEntryException.class).hasMessageContaining("sum to 1");
    }

    @Test
    void singlePostingIsRefused() {
        assertThatThrownBy(() -> new JournalEntry("TEST", null, null, Instant.EPOCH, "t",
                List.of(new JournalEntry.Leg(cash, 0))))
                .isInstanceOf(UnbalancedEntryException.class).hasMessageContaining("at least two");
    }

    @Test
    void zeroPostingIsRefused() {
        assertThatThrownBy(() -> new JournalEntry("TEST", null, null, Instant.EPOCH, "t", List.of(
                new JournalEntry.Leg(cash, 0), new JournalEntry.Leg(deposit, 0))))
                .isInstanceOf(UnbalancedEntryException.class).hasMessageContaining("zero");
    }

    @Test
    void overflowingSumIsRefusedNotWrapped() {
        assertThatThrownBy(() -> JournalEntry.checkBalanced(List.of(
                new JournalEntry.Leg(cash, Long.MAX_VALUE), new JournalEntry.Leg(fees, 1),
                new JournalEntry.Leg(deposit, Long.MIN_VALUE))))
                // issue 13: a posting beyond the fixed ceiling is refused before anything is added up
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ceiling");
        assertThatThrownBy(() -> JournalEntry.checkBalanced(List.of(
                new JournalEntry.Leg(cash, com.bizbill.shared.WholeNumbers.MONEY_CEILING + 1),
                new JournalEntry.Leg(deposit, -com.bizbill.shared.WholeNumbers.MONEY_CEILING - 1))))
                .isInstanceOf(IllegalArgumentException.class);
        JournalEntry.checkBalanced(List.of(new JournalEntry.Leg(cash, com.bizbill.shared.WholeNumbers.MONEY_CEILING),
                new JournalEntry.Leg(deposit, -com.bizbill.shared.WholeNumbers.MONEY_CEILING)));
    }

    @Test
    void naturalBalanceReadsPositiveForCreditNormalAccounts() {
        // a customer's prepaid balance is a liability of the operator: credit postings, positive balance
        assertThat(AccountType.LIABILITY.naturalBalance(-10_000)).isEqualTo(10_000);
        assertThat(AccountType.REVENUE.naturalBalance(-1_000)).isEqualTo(1_000);
        assertThat(AccountType.ASSET.naturalBalance(11_000)).isEqualTo(11_000);
    }

    @Test
    void appendOnlyGuardRefusesChangeAndRemoval() {
        AppendOnlyGuard guard = new AppendOnlyGuard();
        assertThatThrownBy(() -> guard.refuseUpdate(deposit)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> guard.refuseRemove(deposit)).isInstanceOf(IllegalStateException.class);
    }
}
