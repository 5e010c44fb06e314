package com.bizbill.wallet;

/** Where a refund is paid (CB-WAL-4). */
public record BankAccount(String bank, String accountNumber, String holder) {
}
