package com.bizbill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.addressbook.AddressBook;
import com.bizbill.addressbook.AddressBookRules.ContactData;
import com.bizbill.addressbook.CalendarKind;
import com.bizbill.addressbook.ContactFiles;
import com.bizbill.identity.MonthlyPurchaseLimit;
import com.bizbill.identity.PaymentType;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 23 §1, §2 (CB-ADR-1, CB-ADR-2): a member's own address book, its invariants and a 10,000-row upload. */
@ExtendWith(ArquillianExtension.class)
class AddressBookIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(AddressBookIT.class, Deployments.class, Fixtures.class, Acting.class);
    }

    @Inject
    AddressBook book;

    @Inject
    Fixtures fixtures;

    private static BizbillException refused(ErrorCode code, Supplier<?> call) {
        BizbillException e = assertThrows(BizbillException.class, call::get);
        assertEquals(code, e.getCode(), e.getMessage());
        return e;
    }

    private static ContactData contact(String name, String mobile) {
        return new ContactData(name, mobile, null, null, false, "비즈상사", null, "대리");
    }

    /** CB-ADR-1: defaults from the start; the last folder and a folder's last group stay; others' ids are not found. */
    @Test
    void cbAdr1FoldersGroupsAndContactsKeepTheirInvariantsAndStayPrivate() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "주소록");
        long master = c[1];
        long sub = fixtures.subMember(master, MonthlyPurchaseLimit.of(10_000));
        var tree = book.tree(master);
        assertEquals(1, tree.size());
        assertEquals(AddressBook.DEFAULT_FOLDER, tree.get(0).name());
        assertEquals(1, tree.get(0).groups().size(), "a default group in the default folder");
        long firstFolder = tree.get(0).id();
        long firstGroup = tree.get(0).groups().get(0).id();
        refused(ErrorCode.ADDRESS_BOOK_LAST_ONE, () -> {
            book.deleteFolder(master, firstFolder);
            return null;
        });
        refused(ErrorCode.ADDRESS_BOOK_LAST_ONE, () -> {
            book.deleteGroup(master, firstGroup);
            return null;
        });

        long customers = book.createFolder(master, "거래처").getId();
        long vip = book.createGroup(master, customers, "VIP").getId();
        assertEquals(2, book.tree(master).get(1).groups().size(), "a new folder comes with its group");
        book.addContact(master, vip, contact("김하나", "010-1234-5678"));
        book.addContact(master, vip, contact("이두리", "01098765432"));
        var bad = refused(ErrorCode.VALIDATION_FAILED, () -> book.addContact(master, vip, contact("", "0212345678")));
        assertEquals(List.of("name", "mobile"), bad.getFieldErrors().stream().map(BizbillException.FieldError::field)
                .toList());
        assertEquals(1, book.contacts(master, null, "1234", 0, 10).total(), "found by part of the number");
        assertEquals(1, book.contacts(master, null, "이두", 0, 10).total(), "found by name");

        // a group moves to another folder; a sub-member's book is its own, and another's ids are not found
        book.moveGroup(master, vip, firstFolder);
        assertEquals(2, book.tree(master).get(0).groups().size());
        refused(ErrorCode.ADDRESS_BOOK_NOT_FOUND, () -> book.addContact(sub, vip, contact("남", "01011112222")));
        assertEquals(0, book.contacts(sub, null, null, 0, 10).total());
        assertEquals(1, book.tree(sub).size(), "the sub-member's own default folder");

        // deleting a folder takes its groups and contacts (the confirmation's counts first)
        long[] contents = book.folderContents(master, firstFolder);
        assertEquals(2, contents[0]); // the default group and VIP
        assertEquals(2, contents[1]);
        book.deleteFolder(master, firstFolder);
        assertEquals(0, book.contacts(master, null, null, 0, 10).total());
        assertEquals(1, book.tree(master).size());
    }

    /** CB-ADR-2, issue 23 §2: 10,000 rows with failing ones in an xlsx: the good ones added, the others listed. */
    @Test
    void cbAdr2TenThousandContactsFromExcelWithFailingRows() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "대량 연락처");
        long group = book.tree(c[1]).get(0).groups().get(0).id();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            var sheet = wb.createSheet("연락처");
            var header = sheet.createRow(0);
            List<String> headers = ContactFiles.HEADERS_KO;
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 1; r <= 10_000; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r % 1000 == 0 ? "" : "수신" + r % 1000); // 10 without a name
                row.createCell(1).setCellValue(String.format("010%08d", r));
                row.createCell(2).setCellValue(r % 500 == 1 ? "2023/02/30" : "1990/01/15"); // 20 impossible solar dates
                row.createCell(3).setCellValue("양력");
            }
            wb.write(out);
            wb.dispose();
        }
        long t0 = System.nanoTime();
        var reading = ContactFiles.read(out.toByteArray());
        int added = book.addAll(c[1], group, reading.rows());
        System.out.printf("issue 23: 10,000 contacts read and added in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertEquals(9_970, added);
        assertEquals(30, reading.failures().size());
        assertTrue(reading.failures().stream().allMatch(f -> f.messageKey().equals("contact.name.required")
                || f.messageKey().equals("contact.anniversary.format")));
        assertEquals(9_970, book.contacts(c[1], group, null, 0, 1).total());
        assertEquals(CalendarKind.SOLAR, book.contacts(c[1], group, null, 0, 1).items().get(0).getCalendar());
    }

    @Inject
    com.bizbill.ordering.OrderPlacement placement;

    @Inject
    java.time.Clock clock;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /**
     * Issue 23 §3: a group or ticked contacts become recipient rows (name, company, title), another member's contacts
     * never; asked for, each contact's anniversary (its next day, a lunar one on this year's solar calendar) fills its
     * own #{기념일} in the order that is placed with them.
     */
    @Test
    void contactsBecomeRecipientsAndTheirAnniversariesFillTheMessageWhenAsked() throws Exception {
        long[] c = fixtures.company(PaymentType.PREPAID, "주소록 수신자");
        long[] other = fixtures.company(PaymentType.PREPAID, "남의 주소록");
        long group = book.tree(c[1]).get(0).groups().get(0).id();
        java.time.LocalDate soon = java.time.LocalDate.now(clock).plusDays(3);
        String solar = String.format("%d/%02d/%02d", soon.getYear() - 40, soon.getMonthValue(), soon.getDayOfMonth());
        long a = book.addContact(c[1], group, new ContactData("가양력", Fixtures.mobile(), solar, CalendarKind.SOLAR, false,
                "비즈상사", null, "대리")).getId();
        book.addContact(c[1], group, new ContactData("나음력", Fixtures.mobile(), "1980/08/15", CalendarKind.LUNAR, false,
                "비즈상사", null, "과장"));
        book.addContact(c[1], group, contact("다없음", Fixtures.mobile()));

        var plain = book.asRecipients(c[1], group, null, false, 10_000);
        assertEquals(List.of("가양력", "나음력", "다없음"), plain.stream().map(r -> r.name()).toList());
        assertTrue(plain.stream().allMatch(r -> r.anniversary() == null && "비즈상사".equals(r.company())));
        var dated = book.asRecipients(c[1], group, null, true, 10_000);
        String chuseok = com.bizbill.anniversary.AnniversaryDates.spoken(com.bizbill.anniversary.AnniversaryDates.next(
                new com.bizbill.addressbook.Anniversary(1980, 8, 15, CalendarKind.LUNAR, false),
                java.time.LocalDate.now(clock)).orElseThrow());
        assertEquals(java.util.Arrays.asList(soon.getMonthValue() + "월 " + soon.getDayOfMonth() + "일", chuseok, null),
                dated.stream().map(r -> r.anniversary()).toList());
        assertEquals(List.of("가양력"), book.asRecipients(c[1], null, List.of(a), true, 10).stream().map(r -> r.name())
                .toList(), "ticked contacts only");
        assertTrue(book.asRecipients(other[1], null, List.of(a), true, 10).isEmpty(), "another member's contact: none");
        refused(ErrorCode.ADDRESS_BOOK_NOT_FOUND, () -> book.asRecipients(other[1], group, null, true, 10));

        // placed as an order, each recipient keeps its own #{기념일}; the one without reads the order's text
        fixtures.catalog();
        fixtures.wallet(c[0], 100_000);
        long product = em.createQuery("select p.id from Product p where p.supplierCode = 'SB-CF-001'", Long.class)
                .getSingleResult();
        long template = fixtures.template();
        var order = placement.place(c[1], new com.bizbill.ordering.PlaceOrder(null,
                com.bizbill.catalog.QuotePricing.Kind.GENERAL, List.of(new com.bizbill.ordering.PlaceOrder.Choice(product,
                30)), null, "축하 선물", null, dated, false, template, true, "기념일", null, true,
                java.util.UUID.randomUUID().toString()));
        var stored = em.createQuery("select r from OrderRecipient r where r.orderId = :o order by r.seq",
                com.bizbill.ordering.OrderRecipient.class).setParameter("o", order.getId()).getResultList();
        String message = em.find(com.bizbill.messaging.AlimtalkTemplate.class, template).getMessage();
        assertTrue(com.bizbill.ordering.OrderMessages.fill(message, stored.get(0).row(), true, order.getAnniversaryText())
                .contains(soon.getMonthValue() + "월 " + soon.getDayOfMonth() + "일"));
        assertTrue(com.bizbill.ordering.OrderMessages.fill(message, stored.get(1).row(), true, order.getAnniversaryText())
                .contains(chuseok));
        assertTrue(com.bizbill.ordering.OrderMessages.fill(message, stored.get(2).row(), true, order.getAnniversaryText())
                .endsWith("기념일"), "the order's text for the contact without an anniversary");
    }
}
