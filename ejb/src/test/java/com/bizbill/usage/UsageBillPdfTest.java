package com.bizbill.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.messaging.MessageType;
import com.bizbill.shared.pdf.DocumentWords;
import com.bizbill.shared.pdf.OperatorDetails;
import com.bizbill.usage.PriceBook.Price;
import com.bizbill.usage.UsageRating.DailyCount;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * NB-PAY-1, issue 16 §3: the usage bill PDF is built in this module, its words from the documents bundle (Korean or
 * English) and its unit prices from the prices that applied to the bill, not from constants.
 */
class UsageBillPdfTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final OperatorDetails OPERATOR = new OperatorDetails(
            "비즈빌 주식회사", "123-45-67890", "홍길동", "서울특별시 강남구 테헤란로 1", "1588-0000");
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final long STORE = 7;
    /** Not the 8/10/25 won of the old text: a contract Alimtalk price, and an SMS price that changes on the 15th. */
    private static final PriceBook BOOK = new PriceBook(List.of(
            new Price(MessageType.ALIMTALK, null, LocalDate.of(2020, 1, 1), 8),
            new Price(MessageType.ALIMTALK, STORE, LocalDate.of(2026, 1, 1), 7),
            new Price(MessageType.SMS, null, LocalDate.of(2020, 1, 1), 10),
            new Price(MessageType.SMS, null, NOV.atDay(15), 13),
            new Price(MessageType.LMS, null, LocalDate.of(2020, 1, 1), 30)));

    private static UsageBill bill() {
        UsageRating.Rated rated = UsageRating.rate(STORE, List.of(
                new DailyCount(MessageType.ALIMTALK, NOV.atDay(2), 1_000),
                new DailyCount(MessageType.SMS, NOV.atDay(3), 10),
                new DailyCount(MessageType.SMS, NOV.atDay(20), 10),
                new DailyCount(MessageType.LMS, NOV.atDay(30), 2),
                new DailyCount(MessageType.LMS, NOV.minusMonths(1).atDay(31), 1, true)), BOOK);
        return new UsageBill(STORE, NOV.toString(), rated, Instant.parse("2026-12-02T00:10:00Z"));
    }

    private static String text(UsageBill b, Locale locale) throws IOException {
        Map<MessageType, List<PriceBook.Applied>> applied = new EnumMap<>(MessageType.class);
        for (MessageType t : MessageType.values()) {
            applied.put(t, BOOK.appliedIn(t, STORE, NOV));
        }
        byte[] pdf = UsageBillPdf.render(b, "데모 분식 강남점", applied, OPERATOR, SEOUL, DocumentWords.of(locale));
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    @Test
    void nbPay1TheKoreanBillPrintsTheUnitPricesThatApplied() throws IOException {
        String text = text(bill(), Locale.KOREAN);
        // 1,000 × 7 = 7,000; SMS 10 × 10 + 10 × 13 = 230; LMS 3 × 30 = 90; supply 7,320, VAT 732, total 8,052
        // issue 17 §3: the month as people read it; issue 18 §3: a bill is numbered as a bill, not a receipt
        assertThat(text).contains("알림톡 이용요금 청구서", "데모 분식 강남점", "이용월", "2026년 11월", "2026-12-02 09:10")
                .contains("청구서 번호").doesNotContain("영수증 번호")
                .contains("1,000건 × 7원 = 7,000원")
                .contains("20건 × 10원 (1일부터), 13원 (15일부터) = 230원")
                .contains("3건 × 30원 = 90원")
                .contains("이전 달 지연 확인분", "1건 (위 건수에 포함, 발송일 단가)")
                .contains("공급가액", "7,320원", "부가세", "732원", "8,052원")
                .contains("결제 상태", "결제 예정")
                .contains("발행자", "사업자등록번호", "123-45-67890")
                .doesNotContain("8원", "25원");
    }

    @Test
    void nbPay1TheEnglishBillHasEnglishWordsAndThePaymentState() throws IOException {
        UsageBill b = bill();
        b.charging();
        b.paidByCard("attempt-1", Instant.parse("2026-12-05T01:00:00Z"));
        String text = text(b, Locale.ENGLISH);
        assertThat(text).contains("Notification usage bill", "Usage month", "November 2026", "Alimtalk", "Bill number")
                .contains("1,000 messages × 7원 = 7,000원")
                .contains("10원 (from day 1), 13원 (from day 15)")
                .contains("Supply amount", "VAT", "Payment status", "Paid by card")
                .contains("1 message (included above")
                .contains("Issued by", "Business registration") // the label wraps in its cell
                .doesNotContain("알림톡", "결제 상태", "발행자", "??");
    }

    @Test
    void nbPrice1ATypeWithoutAnyPriceSaysSo() {
        assertThat(UsageBillPdf.unitPrices(List.of(), DocumentWords.KOREAN)).isEqualTo("단가 없음");
        assertThat(UsageBillPdf.unitPrices(List.of(new PriceBook.Applied(NOV.atDay(1), 25)), DocumentWords.of(Locale.ENGLISH)))
                .isEqualTo("25원");
    }
}
