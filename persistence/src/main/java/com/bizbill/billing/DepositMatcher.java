package com.bizbill.billing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which open invoice a bank deposit pays (BP-INV-3 reconciliation): the amount must equal the
 * invoice's balance, and the depositor must name the billing account (one contains the other, ignoring
 * spaces, case and "(주)"/"주식회사"). Only a single candidate is a match; none or several go to staff.
 */
public final class DepositMatcher {

    private DepositMatcher() {
    }

    /** An open invoice with its account's name. */
    public record Candidate(long invoiceId, String accountName, long balance) {
    }

    public static Optional<Candidate> match(StatementLine deposit, List<Candidate> open) {
        String who = normalise(deposit.depositor());
        if (who.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> hits = open.stream().filter(c -> c.balance() == deposit.amount())
                .filter(c -> {
                    String name = normalise(c.accountName());
                    return !name.isEmpty() && (name.contains(who) || who.contains(name));
                }).toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    static String normalise(String name) {
        return name == null ? "" : name.replace("주식회사", "").replace("(주)", "").replace("㈜", "")
                .replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
