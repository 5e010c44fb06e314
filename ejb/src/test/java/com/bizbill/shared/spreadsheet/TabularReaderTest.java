package com.bizbill.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 14: xlsx is read streaming under POI's zip-bomb guard; the cells read as before. */
class TabularReaderTest {

    @Test
    void streamingReadKeepsTextsNumbersDatesAndGaps() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("first");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("invoice");
            h.createCell(1).setCellValue("amount");
            h.createCell(3).setCellValue("day");
            h.createCell(4).setCellValue("at");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("INV-1");
            r.createCell(1).setCellValue(120000);
            r.createCell(3).setCellValue(LocalDate.of(2026, 10, 1));
            r.getCell(3).setCellStyle(date);
            r.createCell(4).setCellValue(LocalDateTime.of(2026, 10, 15, 10, 30));
            r.getCell(4).setCellStyle(dateTime);
            wb.createSheet("second").createRow(0).createCell(0).setCellValue("not read");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        List<List<String>> rows = TabularReader.read(xlsx);
        assertThat(rows).containsExactly(List.of("invoice", "amount", "", "day", "at"),
                List.of("INV-1", "120000", "", "2026-10-01", "2026-10-15T10:30"));
    }

    /** A sheet of a few MB of one repeated character compresses far beyond POI's 1 % inflate ratio. */
    static byte[] zipBomb() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("bomb");
            String a = "a".repeat(32_000);
            for (int i = 0; i < 200; i++) {
                s.createRow(i).createCell(0).setCellValue(a + i); // distinct: each is its own shared string
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] bomb = zipBomb();
        BizbillException e = assertThrows(BizbillException.class, () -> TabularReader.read(bomb));
        assertThat(e.getCode()).isEqualTo(ErrorCode.SPREADSHEET_REFUSED);
        assertThat(e.getFieldErrors().get(0).message()).isEqualTo("file.spreadsheetRefused");
    }

    @Test
    void theGuardIsSetOnceAtStartUp() {
        TabularReader.column(List.of(), "x"); // loads the class
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio())
                .isEqualTo(TabularReader.MIN_INFLATE_RATIO);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize())
                .isEqualTo(TabularReader.MAX_ENTRY_BYTES);
    }
}
