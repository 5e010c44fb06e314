package com.bizbill.addressbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bizbill.addressbook.AddressBookRules.ContactData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CB-ADR-2: a contact's fields, and CB-ADR-1's names. */
class AddressBookRulesTest {

    private static List<String> problems(ContactData c) {
        return AddressBookRules.check(c.normalised()).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    private static ContactData contact(String name, String mobile, String anniversary, CalendarKind kind, boolean leap) {
        return new ContactData(name, mobile, anniversary, kind, leap, "비즈상사", "영업팀", "대리");
    }

    @Test
    void cbAdr2_aGoodContactHasNoProblems() {
        assertThat(problems(contact("김하나", "010-1234-5678", "1990/03/15", CalendarKind.SOLAR, false))).isEmpty();
        assertThat(problems(contact("김하나", "01012345678", null, null, false))).as("anniversary optional").isEmpty();
    }

    @Test
    void cbAdr2_nameAndMobileAreRequiredAndBounded() {
        assertThat(problems(contact(" ", "", null, null, false)))
                .containsExactly("name:contact.name.required", "mobile:contact.mobile.required");
        assertThat(problems(contact("가".repeat(11), "0101234567x", null, null, false)))
                .containsExactly("name:contact.name.length", "mobile:contact.mobile.format");
        assertThat(problems(contact("가".repeat(10), "02-123-4567", null, null, false)))
                .as("a landline is no mobile").containsExactly("mobile:contact.mobile.format");
    }

    @Test
    void cbAdr2_companyDepartmentAndTitleLimits() {
        ContactData c = new ContactData("김하나", "01012345678", null, null, false, "가".repeat(21), "나".repeat(21),
                "다".repeat(11));
        assertThat(problems(c)).containsExactly("company:contact.company.length",
                "department:contact.department.length", "title:contact.title.length");
    }

    @Test
    void cbAdr2_anniversariesSolarLunarAndTheLeapMonthMark() {
        assertThat(problems(contact("김", "01012345678", "2023/02/29", CalendarKind.SOLAR, false)))
                .as("no 29 February in 2023").containsExactly("anniversary:contact.anniversary.format");
        assertThat(problems(contact("김", "01012345678", "2023/02/30", CalendarKind.LUNAR, false)))
                .as("a lunar month has up to 30 days").isEmpty();
        assertThat(problems(contact("김", "01012345678", "2023/02/31", CalendarKind.LUNAR, false)))
                .containsExactly("anniversary:contact.anniversary.format");
        assertThat(problems(contact("김", "01012345678", "2023/02/10", CalendarKind.SOLAR, true)))
                .as("a leap month is lunar only").containsExactly("anniversary:contact.anniversary.format");
        assertThat(problems(contact("김", "01012345678", "15-03-1990", CalendarKind.SOLAR, false)))
                .containsExactly("anniversary:contact.anniversary.format");
        assertThat(Anniversary.parse("2023.2.5", CalendarKind.LUNAR, true).orElseThrow().written()).isEqualTo("2023/02/05");
    }

    @Test
    void cbAdr1_folderAndGroupNamesAreOneToThirtyCharacters() {
        assertThat(AddressBookRules.name("  거래처 ", 30)).isEqualTo("거래처");
        assertThatThrownBy(() -> AddressBookRules.name(" ", 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressBookRules.name("가".repeat(31), 30)).isInstanceOf(IllegalArgumentException.class);
    }
}
