package com.bizbill.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bizbill.shared.spreadsheet.TabularReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NB-USE-1: a usage file of messages sent elsewhere, read row by row with Korean or English headers. */
class UsageFileTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static List<UsageFile.Row> parse(String csv) throws Exception {
        return UsageFile.parse(TabularReader.read(csv.getBytes(StandardCharsets.UTF_8)), SEOUL);
    }

    @Test
    void koreanHeadersKoreanTimeAndKoreanValuesAreRead() throws Exception {
        List<UsageFile.Row> rows = parse("""
                가맹점 ID,메시지 ID,유형,발송일시,성공 여부
                12,EXT-1,알림톡,2026-10-15 10:30,Y
                12,EXT-2,sms,2026-10-15 10:30:05,실패

                12,EXT-3,LMS,2026-10-16T01:00:00Z,성공
                """);
        assertThat(rows).hasSize(3); // the blank row is skipped
        assertThat(rows.get(0).problems()).isEmpty();
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).record()).isEqualTo(new UsageImport.Imported(12L, "EXT-1", MessageType.ALIMTALK,
                Instant.parse("2026-10-15T01:30:00Z"), true));
        assertThat(rows.get(1).record().type()).isEqualTo(MessageType.SMS);
        assertThat(rows.get(1).record().delivered()).isFalse();
        assertThat(rows.get(2).line()).isEqualTo(5);
        assertThat(rows.get(2).record().sentAt()).as("an offset is taken as given")
                .isEqualTo(Instant.parse("2026-10-16T01:00:00Z"));
    }

    @Test
    void englishHeadersInAnyOrderAndAnXlsxTimeOfDay() throws Exception {
        List<UsageFile.Row> rows = parse("""
                delivered,sentAt,type,messageId,storeId
                true,2026-10-15T23:59:59.5,ALIMTALK,EXT-9,7
                """);
        assertThat(rows.get(0).problems()).isEmpty();
        assertThat(rows.get(0).record().sentAt()).isEqualTo(Instant.parse("2026-10-15T14:59:59.5Z"));
        assertThat(rows.get(0).record().storeId()).isEqualTo(7L);
    }

    @Test
    void eachRowSaysWhichFieldsAreWrong() throws Exception {
        List<UsageFile.Row> rows = parse("""
                storeId,messageId,type,sentAt,delivered
                x,EXT-1,FAX,15/10/2026,maybe
                3,,SMS,2026-10-15,N
                """);
        assertThat(rows.get(0).problems()).containsExactly("storeId", "type", "sentAt", "delivered");
        assertThat(rows.get(1).problems()).isEmpty();
        assertThat(rows.get(1).record().messageId()).as("judged missing by the import").isNull();
        assertThat(rows.get(1).record().sentAt()).as("a bare date is the day's start in Korea")
                .isEqualTo(Instant.parse("2026-10-14T15:00:00Z"));
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsRefusedNamingThem() {
        assertThatThrownBy(() -> parse("storeId,id,type\n1,2,SMS\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sentAt (발송일시)").hasMessageContaining("delivered (성공 여부)")
                .hasMessageNotContaining("storeId (");
        assertThatThrownBy(() -> parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
