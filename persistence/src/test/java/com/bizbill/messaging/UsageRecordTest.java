package com.bizbill.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** NB-USE-1: a usage record takes its delivery report once; only DELIVERED is billable. */
class UsageRecordTest {

    private static final Instant SENT = Instant.parse("2026-11-02T01:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void aReportIsAppliedOnceAndALaterOneChangesNothing() {
        UsageRecord r = new UsageRecord(1L, MessageType.ALIMTALK, "01012345678", SENT, DAY, "G-1", "API",
                "fallback text", null);
        assertThat(r.getStatus()).isEqualTo(UsageStatus.ACCEPTED);
        assertThat(r.report(true, "1000", SENT.plusSeconds(1))).isTrue();
        assertThat(r.getStatus()).isEqualTo(UsageStatus.DELIVERED);
        assertThat(r.getFallbackText()).as("a delivered Alimtalk needs no fallback").isNull();
        assertThat(r.report(false, "3015", SENT.plusSeconds(9))).isFalse();
        assertThat(r.getStatus()).isEqualTo(UsageStatus.DELIVERED);
        assertThat(r.getResultCode()).isEqualTo("1000");
    }

    @Test
    void aMessageOfUnknownOutcomeIsKeptUnderOurReferenceUntilItsReportNamesIt() {
        UsageRecord r = UsageRecord.unknown(1L, MessageType.SMS, "01012344040", SENT, DAY, "BZM-abc", null, null);
        assertThat(r.getStatus()).as("not billable until a report says delivered").isEqualTo(UsageStatus.UNKNOWN);
        assertThat(r.getProviderMessageId()).isEqualTo("BZM-abc");

        r.identified("G-2#1");
        assertThat(r.getProviderMessageId()).isEqualTo("G-2#1");
        assertThat(r.report(true, "1000", SENT.plusSeconds(1))).isTrue();
        assertThat(r.getStatus()).isEqualTo(UsageStatus.DELIVERED);
        assertThatThrownBy(() -> r.identified("G-3#1")).as("a known message keeps the gateway's id")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMessageOfUnknownOutcomeMayAlsoBeReportedFailed() {
        UsageRecord r = UsageRecord.unknown(1L, MessageType.ALIMTALK, "01012344040", SENT, DAY, "BZM-def", "text", null);
        assertThat(r.report(false, "3018", SENT.plusSeconds(1))).isTrue();
        assertThat(r.getStatus()).isEqualTo(UsageStatus.FAILED);
        assertThat(r.getFallbackText()).as("kept for the fallback SMS").isEqualTo("text");
    }

    @Test
    void onlyADeliveredMessageIsCarriedAndOnlyToALaterMonth() {
        UsageRecord r = new UsageRecord(1L, MessageType.SMS, "01012345678", SENT, DAY, "G-9", "API", null, null);
        assertThatThrownBy(() -> r.carryTo(java.time.YearMonth.of(2026, 12))).as("not delivered yet")
                .isInstanceOf(IllegalStateException.class);
        r.report(true, "1000", SENT.plusSeconds(1));
        assertThatThrownBy(() -> r.carryTo(java.time.YearMonth.of(2026, 11))).as("its own month")
                .isInstanceOf(IllegalStateException.class);
        assertThat(r.getCarryMonth()).isNull();
        r.carryTo(java.time.YearMonth.of(2026, 12));
        assertThat(r.getCarryMonth()).isEqualTo("2026-12");
    }
}
