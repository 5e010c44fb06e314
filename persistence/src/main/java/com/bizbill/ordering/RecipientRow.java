package com.bizbill.ordering;

/** One recipient as typed or read from a file (CB-ORD-8): the mobile number and the optional name, company and title. */
public record RecipientRow(String mobile, String name, String company, String title) implements java.io.Serializable {

    /** The same row with surrounding blanks gone and the number's hyphens and spaces dropped. */
    public RecipientRow normalised() {
        return new RecipientRow(mobile == null ? "" : mobile.replaceAll("[\\s-]", ""), blankless(name),
                blankless(company), blankless(title));
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
