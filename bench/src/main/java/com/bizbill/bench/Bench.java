package com.bizbill.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Entry point of the bench module: {@code -Dbench.which=wallet} (default) runs {@link WalletChargeBenchmark},
 * {@code -Dbench.which=invoice} runs {@link InvoiceBenchmark}, {@code -Dbench.which=usage} runs {@link UsageBenchmark},
 * {@code -Dbench.which=order} runs {@link OrderBenchmark}, {@code -Dbench.which=dispatch} runs {@link DispatchBenchmark}.
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
            case "order" -> OrderBenchmark.main(args);
            case "dispatch" -> DispatchBenchmark.main(args);
            default -> {
                System.out.println("bench.which must be wallet, invoice, usage, order or dispatch, not " + which);
                System.exit(2);
            }
        }
    }

    /** A {@code -D} option, or {@code fallback} when absent or blank. */
    static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    static int number(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)));
    }

    /** Deletes a benchmark's temp directory (best effort: a leftover stays in the temp directory). */
    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover in the temp directory
                }
            });
        } catch (IOException ignored) {
            // nothing to delete
        }
    }
}
