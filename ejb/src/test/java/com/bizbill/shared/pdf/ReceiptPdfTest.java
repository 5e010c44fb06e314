package com.bizbill.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final OperatorDetails OPERATOR = new OperatorDetails(
            "비즈빌 주식회사", "123-45-67890", "홍길동", "서울특별시 강남구 테헤란로 1", "1588-0000");

    private static ReceiptPdf.Receipt receipt(String title, long amount) {
        return new ReceiptPdf.Receipt(title, "R-2025-000123",
                ZonedDateTime.of(2025, 3, 4, 9, 5, 30, 0, SEOUL),
                "데모 쿠폰 주식회사", "신용카드", amount,
                List.of(new ReceiptPdf.Line("충전 지갑", "기본 지갑"),
                        new ReceiptPdf.Line("승인 번호", "A1B2C3")),
                "본 영수증은 전자적으로 발행되었습니다.");
    }

    private static byte[] render(ReceiptPdf.Receipt r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReceiptPdf.write(r, OPERATOR, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    @Test
    void koreanReceiptTextIsExtractableFromThePdf() throws IOException {
        byte[] pdf = render(receipt("충전 영수증", 10_000L));

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text)
                .contains("충전 영수증")
                .contains("R-2025-000123")
                .contains("2025-03-04 09:05")
                .contains("데모 쿠폰 주식회사")
                .contains("신용카드")
                .contains("충전 지갑", "기본 지갑")
                .contains("10,000원")
                .contains("사업자등록번호", "123-45-67890")
                .contains("비즈빌 주식회사", "홍길동", "서울특별시 강남구 테헤란로 1", "1588-0000")
                .contains("본 영수증은 전자적으로 발행되었습니다.");
    }

    @Test
    void cancellationTitleAndIssueTimeInTheGivenZone() throws IOException {
        ReceiptPdf.Receipt r = receipt("충전 취소 영수증", 1_234_567L);
        ReceiptPdf.Receipt utc = new ReceiptPdf.Receipt(r.title(), r.number(),
                r.issuedAt().withZoneSameInstant(ZoneId.of("UTC")), r.customerName(), null, r.amount(),
                List.of(), null);

        String text = text(render(utc));

        assertThat(text).contains("충전 취소 영수증", "1,234,567원", "2025-03-04 00:05")
                .doesNotContain("결제 수단", "항목");
    }

    @Test
    void nanumGothicIsEmbeddedFromTheClasspath() throws IOException {
        URL font = PdfDocuments.class.getResource("/fonts/NanumGothic.ttf");
        assertThat(font).isNotNull();
        assertThat(font.toString()).doesNotContain("/usr/share");
        assertThat(PdfDocuments.class.getResource("/fonts/NanumGothicBold.ttf")).isNotNull();
        assertThat(PdfDocuments.class.getResource("/fonts/NanumGothic-OFL.txt")).isNotNull();

        String raw = new String(render(receipt("충전 영수증", 10_000L)), StandardCharsets.ISO_8859_1);

        // subset-embedded TrueType: /FontName /ABCDEF+NanumGothic with a /FontFile2 stream, Identity-H CID font
        assertThat(raw).containsPattern("/[A-Z]{6}\\+NanumGothic\\b")
                .containsPattern("/[A-Z]{6}\\+NanumGothicBold\\b")
                .contains("/FontFile2")
                .contains("/Identity-H")
                .contains("/ToUnicode");
    }

    @Test
    void wonIsFormattedWithThousandsSeparators() {
        assertThat(PdfDocuments.won(0)).isEqualTo("0원");
        assertThat(PdfDocuments.won(10_000)).isEqualTo("10,000원");
        assertThat(PdfDocuments.won(-1_500_000)).isEqualTo("-1,500,000원");
    }
}
