package com.bizbill.ordering;

/**
 * One recipient as typed or read from a file (CB-ORD-8): the mobile number and the optional name, company and title;
 * {@code anniversary} (issue 23 §3, optional) is what {@code #{기념일}} reads for this recipient instead of the order's
 * text, when the orderer took the contacts' anniversaries from the address book.
 */
public record RecipientRow(String mobile, String name, String company, String title, String anniversary)
        implements java.io.Serializable {

    public RecipientRow(String mobile, String name, String company, String title) {
        this(mobile, name, company, title, null);
    }

    /** The same row with surrounding blanks gone and the number's hyphens and spaces dropped. */
    public RecipientRow normalised() {
        return new RecipientRow(mobile == null ? "" : mobile.replaceAll("[\\s-]", ""), blankless(name),
                blankless(company), blankless(title), blankless(anniversary));
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
