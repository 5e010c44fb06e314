package com.bizbill.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bizbill.shared.spreadsheet.SpreadsheetWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CB-ORD-8, issue 20 §1: recipients from a spreadsheet, the failing rows with their reasons, the sample file. */
class RecipientFilesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static byte[] sheet(Object[]... rows) throws IOException {
        try (SpreadsheetWriter w = new SpreadsheetWriter("수신자", RecipientFiles.HEADERS_KO, SEOUL)) {
            for (Object[] r : rows) {
                w.row(r);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            w.writeTo(out);
            return out.toByteArray();
        }
    }

    @Test
    void cbOrd8GoodRowsBecomeRecipientsAndEachFailingRowSaysWhy() throws IOException {
        byte[] file = sheet(new Object[] {"010-1234-5678", "김하나", "비즈상사", "대리"},
                new Object[] {1098765432L, "이둘", null, null}, // a number cell: the leading 0 was lost
                new Object[] {"01012345678", "중복", null, null},
                new Object[] {"0212345678", "유선", null, null},
                new Object[] {"01055556666", "이름이열한글자를넘는다", null, null},
                new Object[] {null, null, null, null},
                new Object[] {"01077778888", null, null, null});
        RecipientFiles.Reading r = RecipientFiles.read(file, Set.of("01077778888"), false);
        assertThat(r.rows()).extracting(RecipientRow::mobile).containsExactly("01012345678", "01098765432");
        assertThat(r.failures()).extracting(RecipientFiles.Failure::row, RecipientFiles.Failure::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "recipient.mobile.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(5, "recipient.mobile.format"),
                        org.assertj.core.groups.Tuple.tuple(6, "recipient.name.length"),
                        org.assertj.core.groups.Tuple.tuple(8, "recipient.mobile.duplicate"));
        assertThat(RecipientFiles.read(file, Set.of(), true).rows()).hasSize(4); // duplicates allowed
    }

    @Test
    void theFailureFileAndTheSampleReadBackAsTheyWereWritten() throws IOException {
        var f = new RecipientFiles.Failure(5, new RecipientRow("0212345678", "유선", null, null), "recipient.mobile.format");
        byte[] failures = RecipientFiles.failures(List.of(f), false, x -> "형식 오류", SEOUL);
        List<List<String>> table = com.bizbill.shared.spreadsheet.TabularReader.read(failures);
        assertThat(table.get(0)).containsExactly("행", "휴대폰번호", "이름", "회사명", "직함", "실패 사유");
        assertThat(table.get(1)).contains("0212345678", "유선", "형식 오류");
        assertThat(RecipientFiles.read(RecipientFiles.sample(false, SEOUL), Set.of(), false).rows()).hasSize(2);
        assertThat(RecipientFiles.read(RecipientFiles.sample(true, SEOUL), Set.of(), false).rows()).hasSize(2);
    }

    @Test
    void aFileWithoutTheMobileColumnIsRefused() {
        assertThatThrownBy(() -> RecipientFiles.read("이름,회사\n김,비즈".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Set.of(), false)).isInstanceOf(IOException.class);
    }

    @Test
    void aHugeFileOfBadRowsKeepsAThousandOfThemAndCountsTheRest() throws IOException {
        StringBuilder csv = new StringBuilder("휴대폰번호,이름\n");
        for (int i = 0; i < 30_000; i++) {
            csv.append("02").append(i).append(",x\n");
        }
        RecipientFiles.Reading r = RecipientFiles.read(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Set.of(), false);
        assertThat(r.rows()).isEmpty();
        assertThat(r.failures()).hasSize(RecipientFiles.MAX_LISTED_FAILURES);
        assertThat(r.failedRows()).isEqualTo(30_000);
        assertThat(r.tooMany()).isTrue();
    }
}
