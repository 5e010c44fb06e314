package com.bizbill.bench;

import com.bizbill.bench.WalletApi.ChargeAnswer;
import com.bizbill.bench.WalletApi.WalletState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Drives many concurrent card charges of the demo coupon company's wallet through the partner API
 * (sandbox PG) at a running Bizbill on embedded Derby, checks the ledger afterwards, and writes the
 * same rows with plain JDBC into a fresh Derby database as the yardstick.
 *
 * <p>System properties (all optional): {@code bench.url} (a running app; otherwise Payara Micro is
 * started with a fresh database and stopped again), {@code bench.threads} (32), {@code bench.charges}
 * (5000), {@code bench.warmup} (300), {@code bench.amount} (1000), {@code bench.retries} (20),
 * {@code bench.apiKey}, {@code bench.jdbcOnly}, {@code bench.skipJdbc}, {@code bench.minRate} (fail below
 * this many charges/s; 0 = report only), {@code bench.startTimeout} (180 s), {@code bench.serverJvm}
 * (JVM options of the started server, space separated), {@code bench.keep} (keep the temp directory),
 * {@code bench.root} (the project directory), {@code bench.debug} (JDBC progress and first error's stack).
 *
 * <p>Exit code 0 when every check passed, 1 when a check failed, 2 when the API could not be driven.
 */
public final class WalletChargeBenchmark {

    private static final String DEMO_COUPON_KEY = "bzb_demo_coupon_key_000000000000000000000000";

    private final String url = Bench.text("bench.url", "");
    private final int threads = Bench.number("bench.threads", 32);
    private final int charges = Bench.number("bench.charges", 5000);
    private final int warmup = Bench.number("bench.warmup", 300);
    private final long amount = Bench.number("bench.amount", 1000);
    private final int retries = Bench.number("bench.retries", 20);
    private final String apiKey = Bench.text("bench.apiKey", DEMO_COUPON_KEY);
    private final boolean jdbcOnly = Boolean.parseBoolean(Bench.text("bench.jdbcOnly", "false"));
    private final boolean skipJdbc = Boolean.parseBoolean(Bench.text("bench.skipJdbc", "false"));
    private final double minRate = Double.parseDouble(Bench.text("bench.minRate", "0"));
    private final int startTimeout = Bench.number("bench.startTimeout", 180);
    private final String serverJvm = Bench.text("bench.serverJvm", "-Xmx1g");
    private final boolean keep = Boolean.parseBoolean(Bench.text("bench.keep", "false"));
    private final Path root = Path.of(Bench.text("bench.root", Path.of("").toAbsolutePath().getParent().toString()));

    private final List<String> checks = new ArrayList<>();
    private boolean checksFailed;

    public static void main(String[] args) throws Exception {
        System.exit(new WalletChargeBenchmark().run());
    }

    private int run() throws Exception {
        System.out.printf("Bizbill wallet-charge benchmark: %d threads, %d charges of %,d won after %d warm-up, %d CPU cores%n",
                threads, charges, amount, warmup, Runtime.getRuntime().availableProcessors());
        Path work = Files.createTempDirectory("bizbill-bench-");
        double apiRate = -1;
        boolean apiUnavailable = false;
        try {
            if (!jdbcOnly) {
                try {
                    apiRate = runApi(work.resolve("app"));
                } catch (ApiUnavailable e) {
                    System.out.println();
                    System.out.println("API NOT AVAILABLE: " + e.getMessage());
                    apiUnavailable = true;
                }
            }
            double jdbcRate = -1;
            if (!skipJdbc) {
                jdbcRate = runJdbc(work.resolve("jdbc"));
            }

            System.out.println();
            System.out.println("== Summary");
            if (apiRate >= 0) {
                System.out.printf("Bizbill API      %,.0f charges/s%n", apiRate);
            }
            if (jdbcRate >= 0) {
                System.out.printf("plain JDBC       %,.0f charges/s%n", jdbcRate);
            }
            if (apiRate >= 0 && jdbcRate > 0) {
                System.out.printf("Bizbill reaches %.1f %% of plain JDBC%n", 100 * apiRate / jdbcRate);
            }
            if (apiRate >= 0) {
                System.out.printf("target 1,000 money movements/s: %s%n", apiRate >= 1000 ? "reached" : "NOT reached");
                if (minRate > 0 && apiRate < minRate) {
                    fail(String.format("%,.0f charges/s is below bench.minRate %,.0f", apiRate, minRate));
                }
            }
            if (!checks.isEmpty()) {
                System.out.println("checks:");
                checks.forEach(line -> System.out.println("  " + line));
            }
        } finally {
            if (keep) {
                System.out.println("kept " + work);
            } else {
                Bench.deleteTree(work);
            }
        }
        if (checksFailed) {
            System.out.println("RESULT: FAILED");
            return 1;
        }
        if (apiUnavailable) {
            System.out.println("RESULT: API NOT DRIVEN");
            return 2;
        }
        System.out.println("RESULT: OK");
        return 0;
    }

    // ------------------------------------------------------------------------------------------ API

    private static final class ApiUnavailable extends Exception {
        ApiUnavailable(String message) {
            super(message);
        }
    }

    /** @return completed charges per second of the measured phase */
    private double runApi(Path dataDir) throws Exception {
        PayaraMicroProcess server = null;
        try {
            String base = url;
            if (base.isBlank()) {
                server = startServer(dataDir);
                base = server.baseUrl();
            } else {
                System.out.println("Using the running application at " + base);
            }
            try (WalletApi api = new WalletApi(base, apiKey)) {
                return driveApi(api, server);
            }
        } finally {
            if (server != null) {
                System.out.println("Stopping Payara Micro");
                server.close();
            }
        }
    }

    private PayaraMicroProcess startServer(Path dataDir) throws Exception {
        try {
            return PayaraMicroProcess.launch(root, dataDir, serverJvm, List.of(), Duration.ofSeconds(startTimeout),
                    "wallet charges");
        } catch (IllegalStateException e) {
            throw new ApiUnavailable(e.getMessage());
        }
    }

    /** One phase's requests: key i gets answers[i]. */
    private record Phase(String[] keys, ChargeAnswer[] answers, long[] latencies, double seconds) {
    }

    private double driveApi(WalletApi api, PayaraMicroProcess server) throws Exception {
        int walletStatus = api.status("/api/v1/wallet");
        if (walletStatus != 200) {
            if (server != null) {
                server.printLogTail(20);
            }
            throw new ApiUnavailable("GET /api/v1/wallet answered " + walletStatus
                    + (walletStatus == 404 ? " (the wallet API is not deployed)" : walletStatus == 401
                    ? " (API key " + apiKey.substring(0, 12) + "... not accepted: demo data loaded?)" : ""));
        }
        WalletState before = api.wallet();
        long historyBefore = api.historyTotal();
        System.out.printf("wallet before: balance %,d, ledger %,d, history rows %,d%n",
                before.balance(), before.ledgerBalance(), historyBefore);

        String run = Long.toString(System.currentTimeMillis(), 36);
        System.out.printf("warm-up: %d charges ...%n", warmup);
        Phase warm = phase(api, "bench-" + run + "-w-", warmup);
        Map<String, Integer> warmOutcomes = new TreeMap<>();
        for (ChargeAnswer a : warm.answers) {
            warmOutcomes.merge(a.outcome(), 1, Integer::sum);
        }
        System.out.printf("warm-up answers: %s in %.1f s%n", warmOutcomes, warm.seconds);
        System.out.printf("measured: %d charges on %d threads ...%n", charges, threads);
        long serverCpu0 = server == null ? -1 : server.cpuNanos();
        long clientCpu0 = clientCpuNanos();
        Phase measured = phase(api, "bench-" + run + "-m-", charges);
        long serverCpu = server == null || serverCpu0 < 0 ? -1 : server.cpuNanos() - serverCpu0;
        long clientCpu = clientCpu0 < 0 ? -1 : clientCpuNanos() - clientCpu0;

        // final answer per key (a retry below may replace an unknown outcome)
        Map<String, ChargeAnswer> finalAnswers = new LinkedHashMap<>();
        for (Phase p : List.of(warm, measured)) {
            for (int i = 0; i < p.keys.length; i++) {
                finalAnswers.put(p.keys[i], p.answers[i]);
            }
        }

        boolean idempotencyOk = idempotencyChecks(api, run, measured, finalAnswers);
        int unsettled = settle(api, finalAnswers);

        WalletState after = api.wallet();
        long historyAfter = api.historyTotal();

        // ---- report
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, String> samples = new HashMap<>();
        int completedInPhase = 0;
        for (ChargeAnswer a : measured.answers) {
            outcomes.merge(a.outcome(), 1, Integer::sum);
            if (a.error() != null) {
                samples.putIfAbsent(a.outcome(), a.error());
            }
            if (a.completed()) {
                completedInPhase++;
            }
        }
        double rate = completedInPhase / measured.seconds;
        Latencies latencies = new Latencies(measured.latencies, measured.latencies.length);
        System.out.println();
        System.out.println("== Bizbill partner API, POST /api/v1/wallet/charges (card, sandbox PG)");
        System.out.printf("charges sent     %,d in %.2f s (%d threads)%n", charges, measured.seconds, threads);
        System.out.printf("completed        %,d%n", completedInPhase);
        outcomes.forEach((outcome, count) -> System.out.printf("  %-22s %,d%s%n", outcome, count,
                samples.containsKey(outcome) ? "   e.g. " + samples.get(outcome) : ""));
        System.out.printf("charges/s        %,.0f%n", rate);
        System.out.printf("latency          %s%n", latencies.summary());
        int cores = Runtime.getRuntime().availableProcessors();
        if (serverCpu >= 0 && completedInPhase > 0) {
            double serverMs = serverCpu / 1e6 / completedInPhase;
            double clientMs = clientCpu / 1e6 / completedInPhase;
            System.out.printf("CPU per charge   server %.2f ms, this client %.2f ms; %d cores busy %.0f %% of the time;"
                            + " CPU ceiling with this client on the same machine ~%,.0f charges/s%n",
                    serverMs, clientMs, cores, 100 * (serverCpu + clientCpu) / 1e9 / measured.seconds / cores,
                    cores * 1000 / (serverMs + clientMs));
        } else if (clientCpu >= 0 && completedInPhase > 0) {
            System.out.printf("CPU per charge   this client %.2f ms (the server's is not visible from here)%n",
                    clientCpu / 1e6 / completedInPhase);
        }

        Set<Long> chargeIds = new HashSet<>();
        long completedSum = 0;
        int completedKeys = 0;
        boolean distinct = true;
        for (ChargeAnswer a : finalAnswers.values()) {
            if (a.completed()) {
                completedKeys++;
                completedSum += a.amount() > 0 ? a.amount() : amount;
                distinct &= chargeIds.add(a.chargeId());
            }
        }
        long expected = before.balance() + completedSum;
        System.out.println();
        System.out.println("== Ledger check");
        System.out.printf("wallet before    %,d (ledger %,d)%n", before.balance(), before.ledgerBalance());
        System.out.printf("wallet after     %,d (ledger %,d)%n", after.balance(), after.ledgerBalance());
        System.out.printf("expected         %,d = before + %,d completed charges (%,d won)%n", expected, completedKeys, completedSum);
        verdict("API balance after = before + completed charges", after.balance() == expected);
        verdict("API balance = ledger balance (before and after)",
                before.balance() == before.ledgerBalance() && after.balance() == after.ledgerBalance());
        verdict("API history grew by the completed charges (" + (historyAfter - historyBefore) + " = " + completedKeys + ")",
                historyAfter - historyBefore == completedKeys);
        verdict("API every completed charge has its own chargeId", distinct);
        verdict("API idempotent retries returned the same chargeId", idempotencyOk);
        verdict("API every request settled (" + unsettled + " without a final answer)", unsettled == 0);
        return rate;
    }

    private Phase phase(WalletApi api, String prefix, int count) throws InterruptedException {
        String[] keys = new String[count];
        for (int i = 0; i < count; i++) {
            keys[i] = prefix + i;
        }
        ChargeAnswer[] answers = new ChargeAnswer[count];
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        long begin = System.nanoTime();
                        answers[i] = api.charge(keys[i], amount);
                        latencies[i] = System.nanoTime() - begin;
                    }
                } finally {
                    done.countDown();
                }
            }, "charge-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        done.await();
        return new Phase(keys, answers, latencies, (System.nanoTime() - start) / 1e9);
    }

    /**
     * A client that did not hear back sends again with the same key: each sequential retry of a completed
     * charge must answer the same chargeId; two simultaneous requests with one key must not charge twice.
     */
    private boolean idempotencyChecks(WalletApi api, String run, Phase measured, Map<String, ChargeAnswer> finalAnswers)
            throws InterruptedException {
        List<Integer> completed = new ArrayList<>();
        for (int i = 0; i < measured.answers.length; i++) {
            if (measured.answers[i].completed()) {
                completed.add(i);
            }
        }
        int sequential = Math.min(retries, completed.size());
        int sameId = 0;
        for (int r = 0; r < sequential; r++) {
            int i = completed.get((int) ((long) r * completed.size() / sequential));
            ChargeAnswer again = api.charge(measured.keys[i], amount);
            if (again.httpStatus() / 100 == 2 && measured.answers[i].chargeId().equals(again.chargeId())) {
                sameId++;
            } else {
                System.out.printf("retry of %s: first chargeId %d, again %s%n", measured.keys[i],
                        measured.answers[i].chargeId(), again);
            }
        }

        // simultaneous duplicates (a double click): every 2xx answer for a key carries one chargeId
        int pairs = Math.max(1, retries / 2);
        int pairsOk = 0;
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int p = 0; p < pairs; p++) {
                String key = "bench-" + run + "-dup-" + p;
                CountDownLatch go = new CountDownLatch(1);
                var first = two.submit(() -> {
                    go.await();
                    return api.charge(key, amount);
                });
                var second = two.submit(() -> {
                    go.await();
                    return api.charge(key, amount);
                });
                go.countDown();
                ChargeAnswer a = first.get();
                ChargeAnswer b = second.get();
                // whatever the two said (one may be "in progress"), a later retry must agree with every 2xx
                ChargeAnswer settled = api.charge(key, amount);
                Set<Long> ids = new HashSet<>();
                for (ChargeAnswer x : List.of(a, b, settled)) {
                    if (x.httpStatus() / 100 == 2 && x.chargeId() != null) {
                        ids.add(x.chargeId());
                    }
                }
                if (ids.size() <= 1) {
                    pairsOk++;
                } else {
                    System.out.printf("simultaneous duplicate %s: answers %s / %s / %s%n", key, a, b, settled);
                }
                finalAnswers.put(key, settled.httpStatus() / 100 == 2 ? settled
                        : a.httpStatus() / 100 == 2 ? a : b.httpStatus() / 100 == 2 ? b : settled);
            }
        } catch (Exception e) {
            System.out.println("simultaneous duplicates: " + e);
            return false;
        } finally {
            two.shutdownNow();
        }
        System.out.printf("idempotent retries: %d/%d sequential retries and %d/%d simultaneous pairs gave one chargeId%n",
                sameId, sequential, pairsOk, pairs);
        return sameId == sequential && pairsOk == pairs;
    }

    /**
     * Sends again, with the same key, every request whose outcome is unknown (no answer, 5xx, 409),
     * as a real client would, so that the ledger check knows what was charged.
     * @return how many still have no final answer
     */
    private int settle(WalletApi api, Map<String, ChargeAnswer> finalAnswers) throws InterruptedException {
        List<String> open = new ArrayList<>();
        finalAnswers.forEach((key, answer) -> {
            if (unknown(answer)) {
                open.add(key);
            }
        });
        if (open.isEmpty()) {
            return 0;
        }
        System.out.printf("settling %d requests without a final answer (sent again with the same key) ...%n", open.size());
        int left = 0;
        int shown = 0;
        for (String key : open) {
            ChargeAnswer answer = finalAnswers.get(key);
            if (shown++ < 5) {
                System.out.printf("  %s: %s %s%n", key, answer.outcome(), answer.error() == null ? "" : answer.error());
            }
            for (int attempt = 0; attempt < 3 && unknown(answer); attempt++) {
                if (attempt > 0) {
                    Thread.sleep(500);
                }
                answer = api.charge(key, amount);
            }
            finalAnswers.put(key, answer);
            if (unknown(answer)) {
                left++;
            }
        }
        return left;
    }

    private static boolean unknown(ChargeAnswer answer) {
        int s = answer.httpStatus();
        return s == 0 || s >= 500 || s == 409 || (s / 100 == 2 && answer.chargeId() == null);
    }

    // ----------------------------------------------------------------------------------------- JDBC

    private double runJdbc(Path dir) throws Exception {
        Files.createDirectories(dir);
        System.out.println();
        System.out.printf("plain JDBC baseline: %d warm-up + %d charges on %d connections (fresh embedded Derby) ...%n",
                warmup, charges, threads);
        JdbcBaseline baseline = new JdbcBaseline(dir);
        JdbcBaseline.Result result;
        try {
            baseline.createSchema();
            result = baseline.run(threads, warmup, charges, amount);
        } finally {
            JdbcBaseline.shutdownDerby();
        }
        System.out.println("== Plain JDBC, same rows per charge, one transaction each");
        System.out.printf("charges          %,d ok, %,d failed in %.2f s (%d transactions retried after a lock"
                        + " conflict, %d in the warm-up)%n",
                result.ok(), result.failed(), result.seconds(), result.retriedDeadlocks(), result.warmupRetries());
        if (result.firstError() != null) {
            System.out.println("  first error: " + result.firstError());
        }
        System.out.printf("charges/s        %,.0f%n", result.rate());
        System.out.printf("latency          %s%n", result.latencies().summary());
        if (result.cpuNanos() >= 0 && result.ok() > 0) {
            System.out.printf("CPU per charge   %.2f ms; %d cores busy %.0f %% of the time%n",
                    result.cpuNanos() / 1e6 / result.ok(), Runtime.getRuntime().availableProcessors(),
                    100 * result.cpuNanos() / 1e9 / result.seconds() / Runtime.getRuntime().availableProcessors());
        }
        result.checkLines().forEach(line -> System.out.println("  " + line));
        verdict("JDBC baseline ledger check", result.checksPassed());
        return result.rate();
    }

    // ---------------------------------------------------------------------------------------- helpers

    private void verdict(String what, boolean ok) {
        String line = (ok ? "OK      " : "FAILED  ") + what;
        System.out.println(line);
        checks.add(line);
        checksFailed |= !ok;
    }

    private void fail(String what) {
        verdict(what, false);
    }

    static long clientCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
