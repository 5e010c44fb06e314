package com.bizbill.ledger;

import java.time.Instant;

/** One posting as a statement line: when, what, which account, how much (natural sign of the account). */
public record EntryLine(long entryId, Instant postedAt, String entryType, String reference, String description,
                        String accountCode, long amount) {
}
