package com.bizbill.addressbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** CB-ADR-2: one contact of a member's group; saved only as {@link AddressBookRules#check} allows. */
@Entity
@Table(name = "CONTACT")
public class Contact {

    @Id
    @SequenceGenerator(name = "CONTACT_SEQ", sequenceName = "CONTACT_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CONTACT_SEQ")
    private Long id;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "GROUP_ID", nullable = false)
    private long groupId;

    @Column(nullable = false, length = 10)
    private String name;

    @Column(nullable = false, length = 11)
    private String mobile;

    /** {@code YYYY/MM/DD} as written (a lunar date may not be a solar one). */
    @Column(length = 10)
    private String anniversary;

    @Enumerated(EnumType.STRING)
    @Column(name = "CALENDAR", length = 10)
    private CalendarKind calendar;

    @Column(name = "LEAP_MONTH", nullable = false)
    private boolean leapMonth;

    @Column(length = 20)
    private String company;

    @Column(length = 20)
    private String department;

    @Column(length = 10)
    private String title;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Contact() {
    }

    public Contact(long memberId, long groupId, AddressBookRules.ContactData data, Instant at) {
        this.memberId = memberId;
        this.groupId = groupId;
        this.createdAt = at;
        edit(data);
    }

    /** Takes the (checked) data; a contact that breaks CB-ADR-2 is never kept. */
    public final void edit(AddressBookRules.ContactData data) {
        AddressBookRules.ContactData c = data.normalised();
        if (!AddressBookRules.check(c).isEmpty()) {
            throw new IllegalArgumentException("contact breaks CB-ADR-2: " + AddressBookRules.check(c));
        }
        this.name = c.name();
        this.mobile = c.mobile();
        var a = Anniversary.parse(c.anniversary(), c.calendar(), c.leapMonth());
        this.anniversary = a.map(Anniversary::written).orElse(null);
        this.calendar = a.map(Anniversary::kind).orElse(null);
        this.leapMonth = a.map(Anniversary::leapMonth).orElse(false);
        this.company = c.company();
        this.department = c.department();
        this.title = c.title();
    }

    public void moveTo(long otherGroupId) {
        this.groupId = otherGroupId;
    }

    public AddressBookRules.ContactData data() {
        return new AddressBookRules.ContactData(name, mobile, anniversary, calendar, leapMonth, company, department,
                title);
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getGroupId() {
        return groupId;
    }

    public String getName() {
        return name;
    }

    public String getMobile() {
        return mobile;
    }

    public String getAnniversary() {
        return anniversary;
    }

    public CalendarKind getCalendar() {
        return calendar;
    }

    public boolean isLeapMonth() {
        return leapMonth;
    }

    public String getCompany() {
        return company;
    }

    public String getDepartment() {
        return department;
    }

    public String getTitle() {
        return title;
    }
}
