package com.bizbill.anniversary;

import com.bizbill.addressbook.Anniversary;
import com.bizbill.addressbook.CalendarKind;
import com.bizbill.ordering.RecipientRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * CB-ANV-1: a recipient of an anniversary order with the required anniversary date; edits apply to the orders not yet
 * made (each order copies the row when it is made).
 */
@Entity
@Table(name = "ANNIVERSARY_RECIPIENT")
public class AnniversaryRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PLAN_ID", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false, length = 11)
    private String mobile;

    @Column(length = 10)
    private String name;

    @Column(length = 20)
    private String company;

    @Column(length = 10)
    private String title;

    @Column(nullable = false, length = 10)
    private String anniversary;

    @Enumerated(EnumType.STRING)
    @Column(name = "CALENDAR", nullable = false, length = 10)
    private CalendarKind calendar;

    @Column(name = "LEAP_MONTH", nullable = false)
    private boolean leapMonth;

    @Version
    private long version;

    protected AnniversaryRecipient() {
    }

    public AnniversaryRecipient(long planId, RecipientRow row, Anniversary date) {
        this.planId = planId;
        edit(row, date);
    }

    /** The row must already be checked (CB-ORD-8) and the date is required (CB-ANV-1). */
    public final void edit(RecipientRow row, Anniversary date) {
        RecipientRow r = row.normalised();
        this.mobile = r.mobile();
        this.name = r.name();
        this.company = r.company();
        this.title = r.title();
        this.anniversary = date.written();
        this.calendar = date.kind();
        this.leapMonth = date.leapMonth();
    }

    public Anniversary date() {
        return Anniversary.parse(anniversary, calendar, leapMonth).orElseThrow();
    }

    public RecipientRow row() {
        return new RecipientRow(mobile, name, company, title);
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public String getMobile() {
        return mobile;
    }

    public String getName() {
        return name;
    }

    public String getCompany() {
        return company;
    }

    public String getTitle() {
        return title;
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
}
