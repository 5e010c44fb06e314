package com.bizbill.billing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which open invoice a bank deposit pays (BP-INV-3 reconciliation): the amount must equal the
 * invoice's balance, and either the deposit went to the billing account's own virtual account, or the
 * depositor names the billing account (one contains the other, ignoring spaces, case and
 * "(주)"/"주식회사"). A deposit to a virtual account is matched by it alone: the name on a transfer is
 * whatever the sender typed. Only a single candidate is a match; none or several go to staff.
 */
public final class DepositMatcher {

    private DepositMatcher() {
    }

    /** An open invoice with its account's name and virtual account (null when it has none). */
    public record Candidate(long invoiceId, String accountName, long balance, String virtualAccount) {

        public Candidate(long invoiceId, String accountName, long balance) {
            this(invoiceId, accountName, balance, null);
        }
    }

    public static Optional<Candidate> match(StatementLine deposit, List<Candidate> open) {
        String account = digits(deposit.virtualAccount());
        if (!account.isEmpty()) {
            List<Candidate> hits = open.stream().filter(c -> c.balance() == deposit.amount())
                    .filter(c -> account.equals(digits(c.virtualAccount()))).toList();
            return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
        }
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

    /** A bank account number as digits only (statements write it with or without dashes). */
    public static String digits(String accountNumber) {
        return accountNumber == null ? "" : accountNumber.replaceAll("\\D", "");
    }

    static String normalise(String name) {
        return name == null ? "" : name.replace("주식회사", "").replace("(주)", "").replace("㈜", "")
                .replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
