package com.bizbill.wallet;

import java.util.Locale;

/**
 * CB-WAL-4, issue 18 §5: whether a refund account's holder is the member. The member of a B2B wallet is the
 * company as much as the person: an account held by the company itself ("(주)데모쿠폰", "데모쿠폰 주식회사",
 * "㈜ 데모쿠폰" all name one company) or by the member in person needs no extra document; anyone else does.
 */
public final class RefundHolder {

    private RefundHolder() {
    }

    public static boolean isMember(String holder, String memberName, String companyName) {
        String h = normalise(holder);
        return !h.isEmpty() && (h.equals(normalise(memberName)) || h.equals(normalise(companyName)));
    }

    /** The name without the legal form and spaces, as banks print a company's holder name in many ways. */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return name.replace("주식회사", "").replace("(주)", "").replace("㈜", "").replace("（주）", "")
                .replace("유한회사", "").replace("(유)", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
