package com.bizbill.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CB-ORD-10 with issue 23 §3: a recipient's own #{기념일} (a contact's anniversary) wins over the order's text. */
class OrderMessagesTest {

    private static final String TEMPLATE = "#{이름}님의 뜻깊은 #{기념일}을(를) 축하드립니다.";

    @Test
    void aRecipientsOwnAnniversaryFillsItsMessageAndOthersReadTheOrdersText() {
        RecipientRow own = new RecipientRow("01012345678", "김하나", null, null, "3월 5일");
        RecipientRow plain = new RecipientRow("01012345679", "이두리", null, null);
        assertThat(OrderMessages.fill(TEMPLATE, own, true, "생일")).isEqualTo("김하나님의 뜻깊은 3월 5일을(를) 축하드립니다.");
        assertThat(OrderMessages.fill(TEMPLATE, plain, true, "생일")).isEqualTo("이두리님의 뜻깊은 생일을(를) 축하드립니다.");
        // without auto-fill the name reads empty, the recipient's anniversary still counts
        assertThat(OrderMessages.fill(TEMPLATE, own, false, null)).isEqualTo("님의 뜻깊은 3월 5일을(를) 축하드립니다.");
    }

    @Test
    void theLongestMessageLooksAtEachRecipientsAnniversaryEvenWithoutAutoFill() {
        RecipientRow longOne = new RecipientRow("01012345678", null, null, null, "창립 이십주년 기념일 그리고 생일");
        RecipientRow plain = new RecipientRow("01012345679", null, null, null);
        assertThat(OrderMessages.longest(TEMPLATE, List.of(plain, longOne), false, "생일")).get().asString()
                .contains("창립 이십주년");
    }

    @Test
    void aRecipientsAnniversaryTextIsLimitedLikeTheOrders() {
        RecipientRow tooLong = new RecipientRow("01012345678", null, null, null, "가".repeat(31));
        assertThat(RecipientRules.checkRow(1, tooLong)).extracting(RecipientRules.Problem::messageKey)
                .containsExactly("recipient.anniversary.length");
        assertThat(new RecipientRow(" 010-1234-5678 ", null, null, null, "  ").normalised().anniversary()).isNull();
    }
}
