package com.bizbill.ledger;

/** An account with its balance derived from postings (natural sign: positive is the normal side). */
public record AccountBalance(long accountId, String code, String name, AccountType type, Long organisationId,
                             long balance) {
}
