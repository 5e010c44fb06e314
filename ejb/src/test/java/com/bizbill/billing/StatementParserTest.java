package com.bizbill.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bizbill.shared.error.BizbillException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Bank statements in CSV or xlsx; a file with a bad row is refused whole, with the rows named. */
class StatementParserTest {

    @Test
    void readsAKoreanCsvWithQuotesAndABom() {
        String csv = "\uFEFF거래번호,거래일자,입금자,입금액\r\nB-1,2026-11-25,\"데모, 주식회사\",\"110,000\"\r\nB-2,2026.11.26,홍길동,5000\n";
        var lines = StatementParser.parse(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(lines).containsExactly(
                new StatementLine("B-1", LocalDate.of(2026, 11, 25), "데모, 주식회사", 110_000, null),
                new StatementLine("B-2", LocalDate.of(2026, 11, 26), "홍길동", 5_000, null));
    }

    @Test
    void aBadRowRefusesTheWholeFileAndIsNamed() {
        String csv = "reference,date,depositor,amount\nB-1,2026-11-25,A,100\nB-2,yesterday,B,200\nB-3,2026-11-25,,300\n";
        assertThatThrownBy(() -> StatementParser.parse(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BizbillException.class)
                .satisfies(e -> assertThat(((BizbillException) e).getFieldErrors())
                        .extracting(BizbillException.FieldError::field).containsExactly("row 3", "row 4"));
        assertThatThrownBy(() -> StatementParser.parse("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BizbillException.class);
    }

    @Test
    void readsXlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("입금");
            var h = sheet.createRow(0);
            String[] heads = {"거래번호", "거래일자", "입금자", "입금액"};
            for (int i = 0; i < heads.length; i++) {
                h.createCell(i).setCellValue(heads[i]);
            }
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("X-9");
            r.createCell(1).setCellValue("2026-11-30");
            r.createCell(2).setCellValue("데모");
            r.createCell(3).setCellValue(33000);
            // a bank's export: the date cell carries the time of the deposit
            var timed = sheet.createRow(2);
            timed.createCell(0).setCellValue("X-10");
            var at = timed.createCell(1);
            at.setCellValue(java.time.LocalDateTime.of(2026, 11, 30, 14, 5));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            at.setCellStyle(style);
            timed.createCell(2).setCellValue("데모");
            timed.createCell(3).setCellValue(11000);
            wb.write(out);
        }
        assertThat(StatementParser.parse(out.toByteArray())).containsExactly(
                new StatementLine("X-9", LocalDate.of(2026, 11, 30), "데모", 33_000, null),
                new StatementLine("X-10", LocalDate.of(2026, 11, 30), "데모", 11_000, null));
    }
}
