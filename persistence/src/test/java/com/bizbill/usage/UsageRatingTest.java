package com.bizbill.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bizbill.messaging.MessageType;
import com.bizbill.usage.PriceBook.Price;
import com.bizbill.usage.UsageRating.DailyCount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NB-PRICE-1 rating: the price in effect on the day each message was sent, contract prices, the single VAT rule. */
class UsageRatingTest {

    static final LocalDate LIST_FROM = LocalDate.of(2020, 1, 1);
    static final PriceBook LIST = new PriceBook(List.of(
            new Price(MessageType.ALIMTALK, null, LIST_FROM, 8),
            new Price(MessageType.SMS, null, LIST_FROM, 10),
            new Price(MessageType.LMS, null, LIST_FROM, 25)));

    @Test
    void listPricesAreEightTenAndTwentyFiveWonPlusVat() {
        var rated = UsageRating.rate(7, List.of(
                new DailyCount(MessageType.ALIMTALK, LocalDate.of(2026, 10, 1), 1_000),
                new DailyCount(MessageType.ALIMTALK, LocalDate.of(2026, 10, 2), 234),
                new DailyCount(MessageType.SMS, LocalDate.of(2026, 10, 2), 50),
                new DailyCount(MessageType.LMS, LocalDate.of(2026, 10, 31), 3)), LIST);
        assertThat(rated.line(MessageType.ALIMTALK)).isEqualTo(new UsageRating.Line(1_234, 9_872));
        assertThat(rated.line(MessageType.SMS)).isEqualTo(new UsageRating.Line(50, 500));
        assertThat(rated.line(MessageType.LMS)).isEqualTo(new UsageRating.Line(3, 75));
        assertThat(rated.supply()).isEqualTo(10_447);
        assertThat(rated.vat()).isEqualTo(1_044); // floor(10,447 / 10): the single VAT rule
        assertThat(rated.total()).isEqualTo(11_491);
        assertThat(rated.count()).isEqualTo(1_287);
    }

    /** NB-CYC-1: messages carried in from an earlier month are rated at their own day's price and counted apart. */
    @Test
    void carriedMessagesAreRatedAtTheirDaysPriceAndCountedApart() {
        PriceBook book = new PriceBook(List.of(
                new Price(MessageType.SMS, null, LIST_FROM, 10),
                new Price(MessageType.SMS, null, LocalDate.of(2026, 11, 1), 12)));
        var rated = UsageRating.rate(7, List.of(
                new DailyCount(MessageType.SMS, LocalDate.of(2026, 11, 3), 100),
                new DailyCount(MessageType.SMS, LocalDate.of(2026, 10, 31), 2, true)), book); // late, October price
        assertThat(rated.line(MessageType.SMS)).isEqualTo(new UsageRating.Line(102, 1_200 + 20));
        assertThat(rated.carried()).isEqualTo(2);
        assertThat(rated.count()).isEqualTo(102);
    }

    @Test
    void aPriceChangeInTheMiddleOfTheMonthRatesEachDayWithItsOwnPrice() {
        PriceBook book = new PriceBook(List.of(
                new Price(MessageType.ALIMTALK, null, LIST_FROM, 8),
                new Price(MessageType.ALIMTALK, null, LocalDate.of(2026, 10, 16), 9)));
        var rated = UsageRating.rate(7, List.of(
                new DailyCount(MessageType.ALIMTALK, LocalDate.of(2026, 10, 15), 100), // old price, last day
                new DailyCount(MessageType.ALIMTALK, LocalDate.of(2026, 10, 16), 100), // new price, first day
                new DailyCount(MessageType.ALIMTALK, LocalDate.of(2026, 10, 31), 10)), book);
        assertThat(rated.line(MessageType.ALIMTALK).amount()).isEqualTo(800 + 900 + 90);
        assertThat(rated.total()).isEqualTo(1_790 + 179);
    }

    @Test
    void aStoresContractPriceWinsWhileInEffectAndOnlyForThatStore() {
        PriceBook book = new PriceBook(List.of(
                new Price(MessageType.SMS, null, LIST_FROM, 10),
                new Price(MessageType.SMS, 7L, LocalDate.of(2026, 10, 10), 7)));
        assertThat(book.unitPrice(MessageType.SMS, 7, LocalDate.of(2026, 10, 9))).isEqualTo(10);
        assertThat(book.unitPrice(MessageType.SMS, 7, LocalDate.of(2026, 10, 10))).isEqualTo(7);
        assertThat(book.unitPrice(MessageType.SMS, 8, LocalDate.of(2026, 10, 10))).isEqualTo(10);
        assertThatThrownBy(() -> book.unitPrice(MessageType.LMS, 7, LocalDate.of(2026, 10, 10)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no LMS price");
    }

    @Test
    void aMonthWithoutDeliveredMessagesRatesToZero() {
        var rated = UsageRating.rate(7, List.of(), LIST);
        assertThat(rated.total()).isZero();
        assertThat(rated.line(MessageType.SMS)).isEqualTo(new UsageRating.Line(0, 0));
    }
}
