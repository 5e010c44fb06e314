package com.bizbill.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.messaging.MessageType;
import com.bizbill.usage.PriceBook.Applied;
import com.bizbill.usage.PriceBook.Price;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NB-PRICE-1, issue 16 §3: the unit prices a month's bill prints are those the price book applied that month. */
class PriceBookAppliedTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final PriceBook BOOK = new PriceBook(List.of(
            new Price(MessageType.ALIMTALK, null, LocalDate.of(2020, 1, 1), 8),
            new Price(MessageType.SMS, null, LocalDate.of(2020, 1, 1), 10),
            new Price(MessageType.SMS, null, NOV.atDay(15), 12),
            new Price(MessageType.ALIMTALK, 7L, NOV.atDay(1), 6)));

    @Test
    void nbPrice1OnePriceForTheWholeMonth() {
        assertThat(BOOK.appliedIn(MessageType.ALIMTALK, 99, NOV)).containsExactly(new Applied(NOV.atDay(1), 8));
    }

    @Test
    void nbPrice1APriceChangeWithinTheMonthGivesBothWithTheirFirstDay() {
        assertThat(BOOK.appliedIn(MessageType.SMS, 99, NOV))
                .containsExactly(new Applied(NOV.atDay(1), 10), new Applied(NOV.atDay(15), 12));
        assertThat(BOOK.appliedIn(MessageType.SMS, 99, NOV.plusMonths(1))).containsExactly(new Applied(
                NOV.plusMonths(1).atDay(1), 12));
    }

    @Test
    void nbPrice1AStoresContractPriceIsWhatAppliedToIt() {
        assertThat(BOOK.appliedIn(MessageType.ALIMTALK, 7, NOV)).containsExactly(new Applied(NOV.atDay(1), 6));
        assertThat(BOOK.appliedIn(MessageType.LMS, 7, NOV)).as("no price at all").isEmpty();
    }
}
