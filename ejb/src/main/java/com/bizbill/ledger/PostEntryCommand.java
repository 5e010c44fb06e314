package com.bizbill.ledger;

import java.util.List;

/**
 * A money movement to post: its type, the business reference, and legs by account code
 * (debit positive, credit negative, summing to zero).
 */
public record PostEntryCommand(String entryType, String reference, String description, List<Line> lines) {

    public PostEntryCommand {
        lines = List.copyOf(lines);
    }

    public record Line(String accountCode, long amount) implements JournalEntry.SignedAmount {
    }
}
