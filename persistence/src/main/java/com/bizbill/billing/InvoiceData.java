package com.bizbill.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * An invoice as the billing system sends it, checked before anything is stored (BP-INV-2): the
 * supply is the sum of the lines, VAT follows the one VAT rule, total = supply + VAT.
 */
public record InvoiceData(YearMonth billingMonth, LocalDate issueDate, LocalDate dueDate, long supply, long vat,
                          long total, List<InvoiceLine> lines) {

    public InvoiceData {
        lines = List.copyOf(lines);
    }

    /** What is wrong with it, field by field; empty when it may be imported. */
    public List<String> problems() {
        return problems(com.bizbill.shared.WholeNumbers.MONEY_CEILING);
    }

    /**
     * What is wrong with it, field by field, with {@code maxAmount} the business maximum of one invoice
     * (bizbill.limits.invoice): no amount may exceed it, so the sums below cannot overflow (issue 13).
     */
    public List<String> problems(long maxAmount) {
        long max = Math.min(maxAmount, com.bizbill.shared.WholeNumbers.MONEY_CEILING);
        List<String> p = new ArrayList<>();
        if (billingMonth == null) {
            p.add("billingMonth");
        }
        if (issueDate == null) {
            p.add("issueDate");
        }
        if (dueDate == null || issueDate != null && dueDate.isBefore(issueDate)) {
            p.add("dueDate");
        }
        boolean linesInRange = lines.size() <= MAX_LINES && lines.stream()
                .allMatch(l -> l.getSupplyAmount() >= 0 && l.getSupplyAmount() <= max);
        if (lines.isEmpty() || !linesInRange || lines.stream().anyMatch(l -> l.getService() == null
                || l.getService().isBlank() || l.getService().length() > 200
                || l.getUsagePeriod() != null && l.getUsagePeriod().length() > 60)) {
            p.add("lines");
        }
        boolean amountsInRange = supply >= 0 && supply <= max && vat >= 0 && vat <= max && total > 0 && total <= max;
        if (!amountsInRange) {
            p.add(supply < 0 || supply > max ? "supply" : vat < 0 || vat > max ? "vat" : "total");
            return p; // out of range: the sums and the VAT rule are not worked out on it
        }
        if (!linesInRange || supply != lines.stream().mapToLong(InvoiceLine::getSupplyAmount).sum()) {
            p.add("supply");
        }
        if (vat != com.bizbill.shared.Vat.fromSupply(com.bizbill.shared.Money.won(supply)).vat().won()) {
            p.add("vat");
        }
        if (total != supply + vat) {
            p.add("total");
        }
        return p;
    }

    /** At most this many lines on one invoice (with each line within the maximum, their sum fits a long). */
    public static final int MAX_LINES = 1_000;
}
