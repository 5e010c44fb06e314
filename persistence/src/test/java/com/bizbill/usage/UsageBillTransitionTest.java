package com.bizbill.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 15 §3, rule NB-CYC-1: the usage bill's states as a table of allowed and refused moves. */
class UsageBillTransitionTest {

    /** from -> the targets it may reach; every other pair is refused. */
    private static final String[][] ALLOWED = {
            {"OPEN", "CHARGING"}, {"OPEN", "NO_CARD"}, {"OPEN", "PAID_MANUALLY"},
            {"CHARGING", "PAID"}, {"CHARGING", "CHARGE_FAILED"},
            {"CHARGE_FAILED", "CHARGING"}, {"CHARGE_FAILED", "PAID_MANUALLY"},
            {"NO_CARD", "CHARGING"}, {"NO_CARD", "PAID_MANUALLY"},
    };

    static Stream<Arguments> everyPair() {
        return Arrays.stream(UsageBillStatus.values()).flatMap(from -> Arrays.stream(UsageBillStatus.values())
                .map(to -> Arguments.of(from, to, Arrays.stream(ALLOWED)
                        .anyMatch(r -> r[0].equals(from.name()) && r[1].equals(to.name())))));
    }

    @ParameterizedTest(name = "NB-CYC-1: {0} -> {1} allowed={2}")
    @MethodSource("everyPair")
    void theTableAllowsExactlyTheListedMovesAndTheBillRefusesTheRest(UsageBillStatus from, UsageBillStatus to,
                                                                     boolean allowed) throws Exception {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
        if (to == UsageBillStatus.OPEN) {
            return; // no transition leads back to OPEN: only collection creates an open bill
        }
        UsageBill bill = billIn(from);
        if (allowed) {
            move(to).accept(bill);
            assertThat(bill.getStatus()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> move(to).accept(bill)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("NB-CYC-1").hasMessageContaining(from.name());
            assertThat(bill.getStatus()).isEqualTo(from);
        }
    }

    @Test
    void aPaidBillIsFinal() {
        for (UsageBillStatus paid : Set.of(UsageBillStatus.PAID, UsageBillStatus.PAID_MANUALLY)) {
            assertThat(Arrays.stream(UsageBillStatus.values()).noneMatch(paid::canBecome)).isTrue();
        }
    }

    @Test
    void aRefusedCardAnswerLeavesTheManualPaymentUntouched() throws Exception {
        UsageBill bill = billIn(UsageBillStatus.PAID_MANUALLY);
        assertThatThrownBy(() -> bill.paidByCard("attempt-9", Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
        assertThat(bill.getPaymentReference()).isNull();
    }

    private static Consumer<UsageBill> move(UsageBillStatus to) {
        return switch (to) {
            case CHARGING -> UsageBill::charging;
            case PAID -> b -> b.paidByCard("attempt-1", Instant.EPOCH);
            case CHARGE_FAILED -> b -> b.chargeFailed("declined");
            case NO_CARD -> UsageBill::noCard;
            case PAID_MANUALLY -> b -> b.paidManually("bank 123", "staff", Instant.EPOCH);
            case OPEN -> throw new IllegalArgumentException("no move to OPEN");
        };
    }

    private static UsageBill billIn(UsageBillStatus status) throws Exception {
        Constructor<UsageBill> c = UsageBill.class.getDeclaredConstructor();
        c.setAccessible(true);
        UsageBill bill = c.newInstance();
        Field f = UsageBill.class.getDeclaredField("status");
        f.setAccessible(true);
        f.set(bill, status);
        return bill;
    }
}
