package com.bizbill.bench;

/**
 * Entry point of the bench module: {@code -Dbench.which=wallet} (default) runs {@link WalletChargeBenchmark},
 * {@code -Dbench.which=invoice} runs {@link InvoiceBenchmark}, {@code -Dbench.which=usage} runs {@link UsageBenchmark}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String which = System.getProperty("bench.which", "").trim();
        switch (which.isEmpty() ? "wallet" : which) {
            case "wallet" -> WalletChargeBenchmark.main(args);
            case "invoice" -> InvoiceBenchmark.main(args);
            case "usage" -> UsageBenchmark.main(args);
            default -> {
                System.out.println("bench.which must be wallet, invoice or usage, not " + which);
                System.exit(2);
            }
        }
    }
}
