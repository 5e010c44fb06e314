package com.bizbill.addressbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 23 §2, CB-ADR-2: contacts from the sample's xlsx, an old xls, or CSV; failing rows with their reason. */
class ContactFilesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void issue23_2_theSampleFileReadsBackAsItsTwoContacts() throws Exception {
        var r = ContactFiles.read(ContactFiles.sample(false, SEOUL));
        assertThat(r.failures()).isEmpty();
        assertThat(r.rows()).hasSize(2);
        assertThat(r.rows().get(1).calendar()).isEqualTo(CalendarKind.LUNAR);
        assertThat(r.rows().get(0).department()).isEqualTo("영업팀");
    }

    @Test
    void issue23_2_anXlsFileIsReadAndEachBadRowComesBackWithItsReason() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            var s = wb.createSheet("연락처");
            String[][] rows = {{"이름", "휴대폰번호", "기념일", "양력/음력", "윤달", "회사명", "부서", "직함"},
                    {"김하나", "010-1234-5678", "1990/03/15", "양력", "", "비즈상사", "영업팀", "대리"},
                    {"", "01012345678", "", "", "", "", "", ""},
                    {"이두리", "0212345678", "", "", "", "", "", ""},
                    {"박셋", "01055556666", "2020/04/30", "음력", "Y", "", "", ""},
                    {"최넷", "01077778888", "2023/02/29", "양력", "", "", "", ""}};
            for (int i = 0; i < rows.length; i++) {
                var row = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(out);
        }
        var r = ContactFiles.read(out.toByteArray());
        assertThat(r.rows()).extracting(AddressBookRules.ContactData::name).containsExactly("김하나", "박셋");
        assertThat(r.rows().get(0).mobile()).isEqualTo("01012345678");
        assertThat(r.rows().get(1).leapMonth()).as("a lunar leap-month date").isTrue();
        assertThat(r.failures()).extracting(f -> f.row() + ":" + f.messageKey()).containsExactly(
                "3:contact.name.required", "4:contact.mobile.format", "6:contact.anniversary.format");
        byte[] file = ContactFiles.failures(r.failures(), false, f -> f.messageKey(), SEOUL);
        assertThat(ContactFiles.read(file).failures()).as("the failure file reads back as the same rows").hasSize(3);
    }

    @Test
    void csvWithEnglishHeadersToo() throws Exception {
        var r = ContactFiles.read("Name,Mobile,Company\nKim,01012345678,Bizbill\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.rows()).extracting(AddressBookRules.ContactData::company).containsExactly("Bizbill");
        assertThat(List.of(r.tooMany())).containsExactly(false);
    }
}
