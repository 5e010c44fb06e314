package com.bizbill.addressbook;

import java.util.ArrayList;
import java.util.List;

/**
 * CB-ADR-1, CB-ADR-2 in plain Java: folder and group names, and a contact's fields: name (required, at most 10),
 * mobile (required, a Korean mobile number; hyphens and spaces dropped), anniversary ({@code YYYY/MM/DD}, solar or
 * lunar, the leap-month mark for lunar only), company and department (at most 20), title (at most 10).
 */
public final class AddressBookRules {

    public static final int NAME_MAX = 10;
    public static final int COMPANY_MAX = 20;
    public static final int DEPARTMENT_MAX = 20;
    public static final int TITLE_MAX = 10;

    /** A field's problem as a bundle key. */
    public record Problem(String field, String messageKey) {
    }

    /** A contact as typed (or read from a file), before it is checked. */
    public record ContactData(String name, String mobile, String anniversary, CalendarKind calendar, boolean leapMonth,
                              String company, String department, String title) {

        /** Trimmed; the mobile number as digits. */
        public ContactData normalised() {
            return new ContactData(strip(name), strip(mobile) == null ? null : mobile.replaceAll("[\\s-]", ""),
                    strip(anniversary), calendar == null ? CalendarKind.SOLAR : calendar, leapMonth, strip(company),
                    strip(department), strip(title));
        }

        private static String strip(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    private AddressBookRules() {
    }

    /** A folder's or a group's name: 1 to {@code max} characters. */
    public static String name(String name, int max) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.codePointCount(0, n.length()) > max) {
            throw new IllegalArgumentException("a name of 1 to " + max + " characters");
        }
        return n;
    }

    /** Every problem of a (normalised) contact; none when it can be saved. */
    public static List<Problem> check(ContactData c) {
        List<Problem> out = new ArrayList<>();
        if (c.name() == null) {
            out.add(new Problem("name", "contact.name.required"));
        } else if (c.name().codePointCount(0, c.name().length()) > NAME_MAX) {
            out.add(new Problem("name", "contact.name.length"));
        }
        if (c.mobile() == null) {
            out.add(new Problem("mobile", "contact.mobile.required"));
        } else if (!c.mobile().matches("01[016789]\\d{7,8}")) {
            out.add(new Problem("mobile", "contact.mobile.format"));
        }
        if (c.anniversary() != null) {
            try {
                Anniversary.parse(c.anniversary(), c.calendar(), c.leapMonth());
            } catch (IllegalArgumentException e) {
                out.add(new Problem("anniversary", "contact.anniversary.format"));
            }
        } else if (c.leapMonth()) {
            out.add(new Problem("anniversary", "contact.anniversary.format"));
        }
        length(out, "company", c.company(), COMPANY_MAX, "contact.company.length");
        length(out, "department", c.department(), DEPARTMENT_MAX, "contact.department.length");
        length(out, "title", c.title(), TITLE_MAX, "contact.title.length");
        return out;
    }

    private static void length(List<Problem> out, String field, String value, int max, String key) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            out.add(new Problem(field, key));
        }
    }
}
