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
        if (lines.isEmpty() || lines.stream().anyMatch(l -> l.getService() == null || l.getService().isBlank()
                || l.getSupplyAmount() < 0)) {
            p.add("lines");
        }
        if (supply < 0 || supply != lines.stream().mapToLong(InvoiceLine::getSupplyAmount).sum()) {
            p.add("supply");
        }
        if (vat != com.bizbill.shared.Vat.fromSupply(com.bizbill.shared.Money.won(Math.max(0, supply))).vat().won()) {
            p.add("vat");
        }
        if (total != supply + vat || total <= 0) {
            p.add("total");
        }
        return p;
    }
}
