package com.bizbill.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 15 §3, rule CB-MEM-5 (and CB-MEM-2 for a master's approval): the member state machine as a table. */
class MemberTransitionTest {

    /** Every allowed move: transition, from-state, resulting state. Anything else is refused. */
    private static final String[][] ALLOWED = {
            {"ACCEPT", "PENDING", "ACTIVE"},
            {"APPROVE", "AWAITING_APPROVAL", "ACTIVE"},
            {"REJECT", "AWAITING_APPROVAL", "REJECTED"},
            {"SUSPEND", "ACTIVE", "SUSPENDED"},
            {"REACTIVATE", "SUSPENDED", "ACTIVE"},
            {"MAKE_DORMANT", "ACTIVE", "DORMANT"},
            {"LIFT_DORMANCY", "DORMANT", "ACTIVE"},
            {"REQUEST_WITHDRAWAL", "ACTIVE", "WITHDRAWAL_PENDING"},
            {"REQUEST_WITHDRAWAL", "SUSPENDED", "WITHDRAWAL_PENDING"},
            {"REQUEST_WITHDRAWAL", "DORMANT", "WITHDRAWAL_PENDING"},
            {"WITHDRAW", "WITHDRAWAL_PENDING", "WITHDRAWN"},
            {"REJECT_WITHDRAWAL", "WITHDRAWAL_PENDING", "ACTIVE"},
    };

    private static boolean allowed(MemberTransition t, MemberStatus from) {
        return Arrays.stream(ALLOWED).anyMatch(r -> r[0].equals(t.name()) && r[1].equals(from.name()));
    }

    static Stream<Arguments> everyTransitionFromEveryState() {
        return Arrays.stream(MemberTransition.values())
                .flatMap(t -> Arrays.stream(MemberStatus.values()).map(s -> Arguments.of(t, s, allowed(t, s))));
    }

    @ParameterizedTest(name = "CB-MEM-5: {0} from {1} allowed={2}")
    @MethodSource("everyTransitionFromEveryState")
    void theTableAllowsExactlyTheListedMovesAndRefusesEveryOther(MemberTransition t, MemberStatus from,
                                                                 boolean allowed) {
        assertThat(t.allowedFrom(from)).isEqualTo(allowed);
        Member m = memberIn(from);
        if (allowed) {
            apply(t).accept(m);
            assertThat(m.getStatus()).isEqualTo(t.to());
        } else {
            assertThatThrownBy(() -> apply(t).accept(m))
                    .isInstanceOf(IllegalStateException.class)
                    .isInstanceOf(MemberStateException.class)
                    .hasMessageContaining("CB-MEM-5").hasMessageContaining(from.name());
            assertThat(m.getStatus()).as("a refused move changes nothing").isEqualTo(from);
        }
    }

    @ParameterizedTest(name = "CB-MEM-5: {0} -> {1} is {2}")
    @CsvSource({
            "PENDING, ACTIVE, allowed",
            "ACTIVE, SUSPENDED, allowed",
            "SUSPENDED, ACTIVE, allowed",
            "ACTIVE, DORMANT, allowed",
            "DORMANT, ACTIVE, allowed",
            "SUSPENDED, WITHDRAWAL_PENDING, allowed",
            "WITHDRAWAL_PENDING, WITHDRAWN, allowed",
            "AWAITING_APPROVAL, REJECTED, allowed",
            "PENDING, SUSPENDED, refused",
            "PENDING, WITHDRAWAL_PENDING, refused",
            "SUSPENDED, DORMANT, refused",
            "DORMANT, SUSPENDED, refused",
            "ACTIVE, WITHDRAWN, refused",
            "WITHDRAWAL_PENDING, SUSPENDED, allowed",
            "WITHDRAWAL_PENDING, DORMANT, allowed",
            "WITHDRAWAL_PENDING, WITHDRAWAL_PENDING, refused",
            "WITHDRAWN, ACTIVE, refused",
            "WITHDRAWN, WITHDRAWAL_PENDING, refused",
            "REJECTED, ACTIVE, refused",
            "ACTIVE, PENDING, refused",
            "ACTIVE, AWAITING_APPROVAL, refused",
    })
    void canBecomeReadsTheSameTable(MemberStatus from, MemberStatus to, String expected) {
        assertThat(from.canBecome(to)).isEqualTo(expected.equals("allowed"));
    }

    @ParameterizedTest(name = "CB-MEM-5: a withdrawal requested from {0} and rejected returns to {0}")
    @CsvSource({"ACTIVE", "SUSPENDED", "DORMANT"})
    void aRejectedWithdrawalReturnsToTheStateTheRequestStartedFrom(MemberStatus from) {
        Member m = memberIn(from);
        m.requestWithdrawal();
        assertThat(m.getStatus()).isEqualTo(MemberStatus.WITHDRAWAL_PENDING);
        long epoch = m.getSessionEpoch();
        m.rejectWithdrawal();
        assertThat(m.getStatus()).as("a rejection lets no suspended member in and lifts no dormancy").isEqualTo(from);
        assertThat(m.getSessionEpoch()).isEqualTo(epoch);
        m.requestWithdrawal(); // a second request starts afresh from where the first left it
        m.rejectWithdrawal();
        assertThat(m.getStatus()).isEqualTo(from);
    }

    @Test
    void withdrawnAndRejectedAreFinal() {
        for (MemberStatus to : MemberStatus.values()) {
            assertThat(MemberStatus.WITHDRAWN.canBecome(to)).isFalse();
            assertThat(MemberStatus.REJECTED.canBecome(to)).isFalse();
        }
    }

    @Test
    void anInvitationIsAPendingSubMemberOfItsMastersCompanyWithTheInvitedContact() throws Exception {
        // CB-MEM-4 / CB-MEM-5: one factory builds the invitation
        Member master = memberIn(MemberStatus.ACTIVE);
        Instant at = Instant.parse("2026-03-01T09:00:00Z");
        Member sub = Member.invite(master, "sub@example.com", "01012345678", "서브", "!unusable", at);
        assertThat(sub.getStatus()).isEqualTo(MemberStatus.PENDING);
        assertThat(sub.getRole()).isEqualTo(Role.SUB_MEMBER);
        assertThat(sub.getMaster()).isSameAs(master);
        assertThat(sub.getOrganisation()).isSameAs(master.getOrganisation());
        assertThat(sub.getLoginId()).isEqualTo("sub@example.com");
        assertThat(sub.getEmail()).isEqualTo("sub@example.com");
        assertThat(sub.getMobile()).isEqualTo("01012345678");
        assertThat(sub.getInvitedAt()).isEqualTo(at);
        assertThat(sub.getStatus().mayLogIn()).isFalse();

        sub.accept("new-hash");
        assertThat(sub.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(sub.getPasswordHash()).isEqualTo("new-hash");
        assertThat(sub.getInvitedAt()).as("no longer purged as an unaccepted invitation").isNull();
        assertThatThrownBy(() -> sub.accept("again")).isInstanceOf(MemberStateException.class);
        assertThat(sub.getPasswordHash()).as("a refused acceptance sets no password").isEqualTo("new-hash");
    }

    @Test
    void aSignedUpMasterAwaitsApproval() {
        Member master = Member.signedUpMaster("m@example.com", "hash", "대표", null, "01011112222", Instant.EPOCH);
        assertThat(master.getStatus()).isEqualTo(MemberStatus.AWAITING_APPROVAL);
        assertThat(master.getRole()).isEqualTo(Role.MASTER);
        assertThat(master.getMobile()).isEqualTo("01011112222");
        master.approve();
        assertThat(master.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThatThrownBy(master::reject).isInstanceOf(MemberStateException.class);
    }

    @Test
    void leavingTheLoginStatesEndsOpenSessionsAndStayingInThemDoesNot() {
        // issue 14: suspended, withdrawal-pending and withdrawn members keep no session
        Set<MemberTransition> ending = EnumSet.of(MemberTransition.SUSPEND, MemberTransition.REQUEST_WITHDRAWAL);
        for (MemberTransition t : MemberTransition.values()) {
            for (MemberStatus from : MemberStatus.values()) {
                if (!t.allowedFrom(from)) {
                    continue;
                }
                Member m = memberIn(from);
                long before = m.getSessionEpoch();
                apply(t).accept(m);
                boolean ended = m.getSessionEpoch() != before;
                assertThat(ended).as(t + " from " + from).isEqualTo(ending.contains(t) && from.mayLogIn());
            }
        }
    }

    private static Consumer<Member> apply(MemberTransition t) {
        return switch (t) {
            case ACCEPT -> m -> m.accept("hash");
            case APPROVE -> Member::approve;
            case REJECT -> Member::reject;
            case SUSPEND -> Member::suspend;
            case REACTIVATE -> Member::reactivate;
            case MAKE_DORMANT -> Member::makeDormant;
            case LIFT_DORMANCY -> Member::liftDormancy;
            case REQUEST_WITHDRAWAL -> Member::requestWithdrawal;
            case WITHDRAW -> Member::withdraw;
            case REJECT_WITHDRAWAL -> Member::rejectWithdrawal;
        };
    }

    /** A member put straight into {@code status}; the transitions are what is under test. */
    private static Member memberIn(MemberStatus status) {
        Member m = new Member("m@example.com", "hash", "회원", Role.SUB_MEMBER, null, Instant.EPOCH);
        try {
            Field f = Member.class.getDeclaredField("status");
            f.setAccessible(true);
            f.set(m, status);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return m;
    }
}
