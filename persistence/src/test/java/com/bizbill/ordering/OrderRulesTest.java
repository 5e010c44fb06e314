package com.bizbill.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 20 §1 and §2: the order's number, name, title, reservation window and message limits as plain rules. */
class OrderRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 14, 30, 15);

    @Test
    void theOrderNumberIsCbTheDayCAndAtLeastFourDigitsOfTheGlobalSequence() {
        assertThat(OrderNumber.of(LocalDate.of(2026, 12, 7), 7)).isEqualTo("CB20261207C0007");
        assertThat(OrderNumber.of(LocalDate.of(2026, 12, 7), 123_456)).isEqualTo("CB20261207C123456");
        assertThat(OrderNumber.looksLike("CB20261207C0007")).isTrue();
        assertThat(OrderNumber.looksLike("CB20261207C007")).isFalse();
        assertThat(OrderNumber.looksLike("cb20261207C0007' or 1=1")).isFalse();
        assertThatThrownBy(() -> OrderNumber.of(LocalDate.of(2026, 12, 7), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cbOrd1TheNameDefaultsToTheMinuteAndTakesFiftyCharacters() {
        assertThat(OrderTexts.defaultName(NOW)).isEqualTo("202612071430 주문건");
        assertThat(OrderTexts.nameProblem("가".repeat(50))).isEmpty();
        assertThat(OrderTexts.nameProblem("가".repeat(51))).contains("order.name.length");
        assertThat(OrderTexts.nameProblem(null)).isEmpty();
        assertThat(OrderTexts.nameProblem("a\u0000b")).contains("order.name.control");
    }

    /** CB-ORD-6: at most 16 characters, letters and digits of any script and spaces only. */
    @Test
    void cbOrd6TheSendTitleIsSixteenLettersDigitsOrSpaces() {
        assertThat(OrderTexts.titleProblem("연말 감사 선물 2026")).isEmpty();
        assertThat(OrderTexts.titleProblem("Thank you 2026")).isEmpty();
        assertThat(OrderTexts.titleProblem("가".repeat(16))).isEmpty();
        assertThat(OrderTexts.titleProblem("가".repeat(17))).contains("order.title.length");
        assertThat(OrderTexts.titleProblem("감사합니다!")).contains("order.title.characters");
        assertThat(OrderTexts.titleProblem("<script>")).contains("order.title.characters");
        assertThat(OrderTexts.titleProblem("  ")).contains("order.title.required");
    }

    @Test
    void cbOrd7AReservationRunsFromNowToTheLastMinuteOfTheThirtiethDay() {
        assertThat(ReservationWindow.check(NOW, NOW.withSecond(0), false)).isEmpty(); // this very minute
        assertThat(ReservationWindow.check(NOW, NOW.minusMinutes(1), false)).get()
                .extracting(ReservationWindow.Refusal::messageKey).isEqualTo("order.reserve.past");
        LocalDateTime last = LocalDateTime.of(2027, 1, 6, 23, 59);
        assertThat(ReservationWindow.latest(NOW)).isEqualTo(last);
        assertThat(ReservationWindow.check(NOW, last, false)).isEmpty();
        assertThat(ReservationWindow.check(NOW, last.plusMinutes(1), false)).get()
                .extracting(ReservationWindow.Refusal::messageKey).isEqualTo("order.reserve.tooLate");
    }

    @Test
    void cbOrd7CashableAndGiftCardOrdersGoOnlyFromSixToTwentyThreeFiftyNine() {
        LocalDateTime tomorrow = NOW.toLocalDate().plusDays(1).atStartOfDay();
        assertThat(ReservationWindow.check(NOW, tomorrow.withHour(5).withMinute(59), true)).get()
                .extracting(ReservationWindow.Refusal::messageKey).isEqualTo("order.reserve.hours");
        assertThat(ReservationWindow.check(NOW, tomorrow.withHour(6), true)).isEmpty();
        assertThat(ReservationWindow.check(NOW, tomorrow.withHour(23).withMinute(59), true)).isEmpty();
        assertThat(ReservationWindow.check(NOW, tomorrow.withHour(3), false)).isEmpty(); // other products any time
    }

    @Test
    void cbOrd8EveryRowIsCheckedAndDuplicatesAreRefusedUnlessAllowed() {
        List<RecipientRow> rows = List.of(new RecipientRow("01012345678", "김하나", "비즈상사", "대리"),
                new RecipientRow("010-1234-5678", null, null, null).normalised(),
                new RecipientRow("0101234", "가".repeat(11), "나".repeat(21), "다".repeat(11)),
                new RecipientRow("", null, null, null), new RecipientRow("02-123-4567", null, null, null).normalised());
        List<RecipientRules.Problem> p = RecipientRules.check(rows, false);
        assertThat(p).containsExactly(new RecipientRules.Problem(2, "mobile", "recipient.mobile.duplicate"),
                new RecipientRules.Problem(3, "mobile", "recipient.mobile.format"),
                new RecipientRules.Problem(3, "name", "recipient.name.length"),
                new RecipientRules.Problem(3, "company", "recipient.company.length"),
                new RecipientRules.Problem(3, "title", "recipient.title.length"),
                new RecipientRules.Problem(4, "mobile", "recipient.mobile.required"),
                new RecipientRules.Problem(5, "mobile", "recipient.mobile.format"));
        assertThat(RecipientRules.check(rows.subList(0, 2), true)).isEmpty();
        assertThat(RecipientRules.validMobile("01612345678")).isTrue();
        assertThat(RecipientRules.validMobile("010123456789")).isFalse();
    }

    @Test
    void cbOrd8TenThousandRowsAreCheckedInOnePass() {
        List<RecipientRow> rows = new ArrayList<>();
        for (int i = 0; i < RecipientRules.MAX_RECIPIENTS; i++) {
            rows.add(new RecipientRow(String.format("010%08d", i), "이름" + i % 100, null, null));
        }
        assertThat(RecipientRules.check(rows, false)).isEmpty();
    }

    /** CB-ORD-10 with the providers' limits; CB-ORD-9's fallback must carry the same text and the link. */
    @Test
    void cbOrd10TheMessageFitsAlimtalkAndItsMmsFallbackWithTheLink() {
        assertThat(MessageRules.problem("안녕하세요 김하나님")).isEmpty();
        assertThat(MessageRules.problem("a".repeat(1_000))).isEmpty();
        assertThat(MessageRules.problem("a".repeat(1_001))).contains("order.message.length");
        // 940 Korean characters are 1,880 bytes: with the link they pass the MMS's 2,000 bytes
        assertThat(MessageRules.problem("가".repeat(940))).contains("order.message.mmsBytes");
        assertThat(MessageRules.problem("가".repeat(900))).isEmpty();
        assertThat(MessageRules.problem(" ")).contains("order.message.required");
    }

    @Test
    void cbDsp2OnlyAReservedOrderIsCancelledAndOnlyOnce() {
        CouponOrder o = new CouponOrder(new CouponOrder.Placed(1, 2, "n", com.bizbill.catalog.QuotePricing.Kind.GENERAL,
                "t", null, 1, 5_000, 4_950, com.bizbill.identity.PaymentType.PREPAID, "2026-12", 4_950, 0, 3, "operator",
                true, null, null, "1588-0000", false, "k", java.time.Instant.EPOCH, "me"));
        assertThat(o.getStatus()).isEqualTo(OrderStatus.RESERVED);
        assertThat(o.getDueAt()).isEqualTo(java.time.Instant.EPOCH); // immediate: due when placed
        assertThat(o.getDiscount()).isEqualTo(50);
        o.cancel("me", java.time.Instant.EPOCH);
        assertThat(o.getStatus()).isEqualTo(OrderStatus.RESERVATION_CANCELLED);
        assertThatThrownBy(() -> o.cancel("me", java.time.Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    }
}
