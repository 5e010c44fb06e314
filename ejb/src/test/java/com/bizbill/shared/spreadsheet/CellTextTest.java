package com.bizbill.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 14: text cells that a spreadsheet would evaluate are neutralised in every export and report. */
class CellTextTest {

    @Test
    void formulaStartersArePrefixedWithAQuote() {
        for (String s : List.of("=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")")) {
            assertThat(CellText.neutralise(s)).isEqualTo("'" + s);
        }
        assertThat(CellText.neutralise("plain")).isEqualTo("plain");
        assertThat(CellText.neutralise("a=b")).isEqualTo("a=b");
        assertThat(CellText.neutralise("'=x")).as("already neutral").isEqualTo("'=x");
        assertThat(CellText.neutralise("")).isEmpty();
        assertThat(CellText.neutralise(null)).isNull();
    }

    @Test
    void csvFieldsAreNeutralisedThenQuoted() {
        // issue 17 §5: written by Commons CSV; the detail "account id, yyyy-MM month" stays one field
        String csv = CsvFiles.write(List.of(List.of("1", "=cmd|' /C calc'!A0", "a,b", "say \"hi\""),
                List.of("-1,5", "account id, yyyy-MM month")), true);
        assertThat(csv).isEqualTo("\uFEFF1,'=cmd|' /C calc'!A0,\"a,b\",\"say \"\"hi\"\"\"\r\n"
                + "\"'-1,5\",\"account id, yyyy-MM month\"\r\n");
        assertThat(TabularReader.csv(csv.substring(1))).containsExactly(
                List.of("1", "'=cmd|' /C calc'!A0", "a,b", "say \"hi\""), List.of("'-1,5", "account id, yyyy-MM month"));
    }

    @Test
    void theExcelWriterNeutralisesTextButKeepsNegativeAmountsAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter w = new SpreadsheetWriter("s", List.of("name", "amount"), ZoneOffset.UTC)) {
            w.row("=1+1", -5000L);
            w.writeTo(out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=1+1");
            assertThat(s.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-5000.0);
        }
    }
}
