package com.bizbill.billing;

import java.time.LocalDate;

/** A deposit as the bank statement lists it: the bank's own reference, date, depositor, amount, virtual account. */
public record StatementLine(String bankReference, LocalDate date, String depositor, long amount,
                            String virtualAccount) {
}
