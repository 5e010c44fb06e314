package com.bizbill.bench;

import com.bizbill.bench.InvoiceApi.Run;
import com.bizbill.bench.InvoiceApi.Start;
import com.bizbill.bench.MessagesApi.BatchAnswer;
import com.bizbill.bench.MessagesApi.SendAnswer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * NB-CYC-1 / NB-USE-1 at volume. Starts Payara Micro once on a fresh database (Liquibase creates the schema and
 * the demo data) and stops it; loads {@code bench.stores} partner stores and {@code bench.records} usage records
 * of the usage month with plain JDBC ({@link UsageLoad}: Derby bulk import, setup, not measured); starts the
 * server again on the same database and measures
 * <ol>
 *   <li>the 2nd-of-month collection ({@code usage-collection} for the month, started and followed through the
 *       operator's jobs API): seconds, records/s and bills/s; then the same month again (must bill nothing);</li>
 *   <li>the sending rate of the partner API with the demo store's key: single messages from
 *       {@code bench.sendThreads} client threads (accepted/s, p50/p95/p99), then the batch endpoint.</li>
 * </ol>
 * After the server has stopped it reads the database directly: one bill per store with delivered usage, counts
 * per type = the delivered records, amounts = counts × price, VAT = floor(supply / 10), total = supply + VAT,
 * one balanced ledger entry per bill, and every accepted message stored once (none lost or doubled). As
 * yardsticks it times the collection's counting query in plain JDBC on the stopped database, once as EclipseLink
 * sends it ({@code COUNT(ID)}, which makes Derby read every row of the month from the table besides the index)
 * and once with {@code COUNT(*)} (answered from IX_USAGE_RECORD_DAY alone).
 *
 * <p>System properties (all optional): {@code bench.records} (10000000), {@code bench.stores} (10000),
 * {@code bench.month} (the usage month, default last month in Asia/Seoul), {@code bench.sendThreads} (16),
 * {@code bench.sendWarmup} (500), {@code bench.sends} (5000), {@code bench.batchSends} (50),
 * {@code bench.batchSize} (1000), {@code bench.batchThreads} (4), {@code bench.retries} (20),
 * {@code bench.storeKey}, {@code bench.billingKey}, {@code bench.jobTimeout} (7200 s per job run),
 * {@code bench.startTimeout} (300 s), {@code bench.serverJvm} ({@code -Xmx1g}), {@code bench.skipDbCheck},
 * {@code bench.keep}, {@code bench.root}. It always starts its own server ({@code bench.url} is not used:
 * the data is written into the server's database while it is stopped).
 *
 * <p>Exit code 0 when every check passed, 1 when a check failed, 2 when the benchmark could not be run.
 */
public final class UsageBenchmark {

    static final String DEMO_STORE_KEY = "bzb_demo_store_key_0000000000000000000000000";
    static final String JOB = "usage-collection";
    static final long[] PRICES = {8, 10, 25}; // NB-PRICE-1 list prices of ALIMTALK, SMS, LMS (seeded)

    private final long records = Long.parseLong(Bench.text("bench.records", "10000000"));
    private final int stores = Bench.number("bench.stores", 10_000);
    private final String monthText = Bench.text("bench.month", "");
    private final int sendThreads = Bench.number("bench.sendThreads", 16);
    private final int sendWarmup = Bench.number("bench.sendWarmup", 500);
    private final int sends = Bench.number("bench.sends", 5000);
    private final int batchSends = Bench.number("bench.batchSends", 50);
    private final int batchSize = Bench.number("bench.batchSize", 1000);
    private final int batchThreads = Bench.number("bench.batchThreads", 4);
    private final int retries = Bench.number("bench.retries", 20);
    private final String storeKey = Bench.text("bench.storeKey", DEMO_STORE_KEY);
    private final String billingKey = Bench.text("bench.billingKey", InvoiceBenchmark.DEMO_BILLING_KEY);
    private final int jobTimeout = Bench.number("bench.jobTimeout", 7200);
    private final int startTimeout = Bench.number("bench.startTimeout", 300);
    private final String serverJvm = Bench.text("bench.serverJvm", "-Xmx1g");
    private final boolean skipDbCheck = Boolean.parseBoolean(Bench.text("bench.skipDbCheck", "false"));
    private final boolean keep = Boolean.parseBoolean(Bench.text("bench.keep", "false"));
    private final Path root = Path.of(Bench.text("bench.root", Path.of("").toAbsolutePath().getParent().toString()));

    private final Checks checks = new Checks();
    private final List<String> table = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        System.exit(new UsageBenchmark().run());
    }

    private static final class NotDriven extends Exception {
        NotDriven(String message) {
            super(message);
        }
    }

    /** What the measured steps leave for the database checks. */
    private static final class Outcome {
        boolean collected;
        final Set<String> acceptedIds = new HashSet<>();
        long acceptedAnswers;
        boolean sent;
    }

    // ------------------------------------------------------------------------------------------ run

    private int run() throws Exception {
        YearMonth month = monthText.isEmpty() ? YearMonth.now(UsageLoad.SEOUL).minusMonths(1) : YearMonth.parse(monthText);
        if (stores < 1 || stores > 99_999 || records < 0 || batchSize < 1 || batchSize > 1000) {
            System.out.println("bench.stores must be 1..99999, bench.records >= 0, bench.batchSize 1..1000");
            return 2;
        }
        if (!Bench.text("bench.url", "").isEmpty()) {
            System.out.println("(bench.url is ignored by the usage benchmark: it writes the data into the database of the"
                    + " server it starts)");
        }
        String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        System.out.printf("Bizbill usage benchmark: %,d usage records of %s for %,d partner stores, then %s (NB-CYC-1)"
                        + " and the sending rate of POST /api/v1/messages (NB-USE-1); %d CPU cores (shared machine:"
                        + " figures are noisy)%n", records, month, stores, JOB, Runtime.getRuntime().availableProcessors());
        Path work = Files.createTempDirectory("bizbill-usage-bench-");
        Path appDir = work.resolve("app");
        Path database = appDir.resolve("derby").resolve("bizbill");
        System.setProperty("derby.stream.error.file", work.resolve("derby-bench.log").toString());
        PayaraMicroProcess server = null;
        UsageLoad.Loaded loaded = null;
        Outcome outcome = new Outcome();
        String notDriven = null;
        try {
            // ---- setup: schema and demo data, then the bulk load into the stopped server's database
            System.out.println();
            System.out.println("== Setup: a fresh database (schema, demo data), then the data set with plain JDBC");
            server = startServer(appDir, "first start: Liquibase and the demo data");
            System.out.println("Stopping Payara Micro for the bulk load");
            server.close();
            server = null;
            loaded = load(database, work, month, tag);

            server = startServer(appDir, "second start, on the loaded database");
            InvoiceApi operator = new InvoiceApi(server.baseUrl(), billingKey);
            MessagesApi messages = new MessagesApi(server.baseUrl(), storeKey);
            try (operator; messages) {
                collect(operator, server, month, loaded, outcome);
                send(messages, server, tag, outcome);
            }
        } catch (NotDriven e) {
            notDriven = e.getMessage();
            if (server != null) {
                server.printLogTail(30);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            notDriven = e.toString();
            e.printStackTrace(System.out);
            if (server != null) {
                server.printLogTail(30);
            }
        } finally {
            if (server != null) {
                System.out.println("Stopping Payara Micro");
                server.close();
            }
        }
        if (notDriven != null) {
            System.out.println();
            System.out.println("BENCHMARK NOT RUN TO THE END: " + notDriven);
            cleanUp(work);
            return 2;
        }
        if (!skipDbCheck) {
            databaseChecks(database, month, loaded, outcome);
        } else {
            System.out.println("(database checks skipped: bench.skipDbCheck)");
        }
        printSummary(month);
        cleanUp(work);
        if (checks.anyFailed()) {
            System.out.println("RESULT: FAILED");
            return 1;
        }
        System.out.println("RESULT: OK");
        return 0;
    }

    private PayaraMicroProcess startServer(Path dataDir, String why) throws Exception {
        try {
            return PayaraMicroProcess.launch(root, dataDir, serverJvm, List.of(), Duration.ofSeconds(startTimeout), why);
        } catch (IllegalStateException e) {
            throw new NotDriven(e.getMessage());
        }
    }

    private UsageLoad.Loaded load(Path database, Path work, YearMonth month, String tag) throws Exception {
        System.out.printf("loading %,d stores and %,d usage records of %s into %s%n", stores, records, month, database);
        long t0 = System.nanoTime();
        UsageLoad.Loaded l = UsageLoad.load(database, work, month, stores, records, tag);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("stores           %,d inserted in %.1f s (ids %d..%d); demo store %d%n", stores, l.storesSeconds,
                l.storeIds.get(0), l.storeIds.get(l.storeIds.size() - 1), l.demoStoreId);
        System.out.printf("CSV              %,d generated + %,d rows already in the table (demo usage), %,d MB in %.1f s%n",
                l.generated, l.keptRows, l.csvBytes >> 20, l.csvSeconds);
        System.out.printf("bulk import      %.1f s: %,.0f rows/s (SYSCS_IMPORT_DATA, replace mode, indexes kept)%n",
                l.importSeconds, (l.generated + l.keptRows) / Math.max(l.importSeconds, 1e-9));
        System.out.printf("statistics       %.1f s (SYSCS_UPDATE_STATISTICS of USAGE_RECORD)%n", l.statsSeconds);
        System.out.printf("load in total    %.1f s: %,.0f records/s; USAGE_RECORD has %,d rows, %,d of them in %s%n",
                seconds, l.generated / Math.max(seconds, 1e-9), l.tableRows, l.monthRecords, month);
        l.indexes.forEach((name, columns) -> System.out.printf("  index %-28s %s%n", name, columns));
        verdict("load: USAGE_RECORD holds the generated and the kept rows (" + l.tableRows + " = " + l.generated + " + "
                + l.keptRows + ")", l.tableRows == l.generated + l.keptRows);
        verdict("load: IX_USAGE_RECORD_DAY as in the changelog " + l.indexes.get("IX_USAGE_RECORD_DAY"),
                List.of("SENT_DATE", "STATUS", "STORE_ID", "MESSAGE_TYPE", "CARRY_MONTH").equals(l.indexes.get("IX_USAGE_RECORD_DAY")));
        verdict("load: IX_USAGE_RECORD_STORE_DAY as in the changelog " + l.indexes.get("IX_USAGE_RECORD_STORE_DAY"),
                List.of("STORE_ID", "SENT_DATE", "MESSAGE_TYPE", "STATUS").equals(l.indexes.get("IX_USAGE_RECORD_STORE_DAY")));
        table.add(row("setup: bulk load (JDBC, server stopped)", l.generated, seconds, String.format(
                "CSV %.0f s, import %.0f s (%,.0f rows/s), statistics %.0f s; not the measured figure", l.csvSeconds,
                l.importSeconds, (l.generated + l.keptRows) / Math.max(l.importSeconds, 1e-9), l.statsSeconds)));
        return l;
    }

    // ----------------------------------------------------------------------------- step 1: collection

    private void collect(InvoiceApi api, PayaraMicroProcess server, YearMonth month, UsageLoad.Loaded l, Outcome outcome)
            throws Exception {
        long expectedBills = 0;
        long expectedTotal = 0;
        for (long[] d : l.delivered) {
            expectedBills += d[0] + d[1] + d[2] > 0 ? 1 : 0;
            expectedTotal += total(d);
        }
        for (long[] d : l.keptDelivered.values()) {
            expectedBills += d[0] + d[1] + d[2] > 0 ? 1 : 0;
            expectedTotal += total(d);
        }
        System.out.println();
        System.out.printf("== Step 1: %s for %s over %,d records of the month (%,d stores with delivered usage expected)%n",
                JOB, month, l.monthRecords, expectedBills);
        long cpu0 = server.cpuNanos();
        long t0 = System.nanoTime();
        Run run1 = startAndAwait(api, month);
        if (run1 == null) {
            return;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long serverCpu = cpu0 < 0 ? -1 : server.cpuNanos() - cpu0;
        Map<String, Long> s1 = run1.summary();
        long billed = s1.getOrDefault("billed", -1L);
        System.out.printf("run %d %s after %.1f s: %s%n", run1.runId(), run1.status(), seconds, run1.message());
        System.out.printf("records/s        %,.0f (records of the month / elapsed)%n", l.monthRecords / seconds);
        System.out.printf("bills/s          %,.1f%n", billed / seconds);
        if (serverCpu >= 0) {
            System.out.printf("server CPU       %.1f s (%.2f of %d cores)%n", serverCpu / 1e9, serverCpu / 1e9 / seconds,
                    Runtime.getRuntime().availableProcessors());
        }
        outcome.collected = true;
        verdict("step 1: the run COMPLETED", "COMPLETED".equals(run1.status()));
        verdict("step 1: one bill per store with delivered usage (billed=" + billed + ", stores="
                + s1.getOrDefault("stores", -1L) + ", expected " + expectedBills + ")",
                billed == expectedBills && s1.getOrDefault("stores", -1L) == expectedBills);
        verdict("step 1: billed total = delivered counts x list prices + VAT (" + s1.getOrDefault("total", -1L) + " = "
                + expectedTotal + ")", s1.getOrDefault("total", -1L) == expectedTotal);
        table.add(row("1 " + JOB + " " + month + " (job)", l.monthRecords, seconds, String.format(
                "%,d bills, %,.1f bills/s; %s", billed, billed / seconds, run1.message())));

        System.out.println();
        System.out.printf("== Step 1b: %s for %s again (must bill nothing more)%n", JOB, month);
        long t1 = System.nanoTime();
        Run run2 = startAndAwait(api, month);
        if (run2 == null) {
            return;
        }
        double seconds2 = (System.nanoTime() - t1) / 1e9;
        Map<String, Long> s2 = run2.summary();
        System.out.printf("run %d (claim attempt %d) %s after %.1f s: %s%n", run2.runId(), run2.attempts(), run2.status(),
                seconds2, run2.message());
        System.out.printf("so of the first run, about %.1f s went to counting (the second run's time: the same GROUP BY,"
                + " then every chunk found billed) and %.1f s to writing the %,d bills with their ledger entries"
                + " (%.1f ms per bill)%n", seconds2, seconds - seconds2, billed, (seconds - seconds2) * 1000 / Math.max(billed, 1));
        verdict("step 1b: the second run COMPLETED and billed nothing (billed=" + s2.getOrDefault("billed", -1L)
                        + ", alreadyBilled=" + s2.getOrDefault("alreadyBilled", -1L) + ")",
                "COMPLETED".equals(run2.status()) && s2.getOrDefault("billed", -1L) == 0
                        && s2.getOrDefault("alreadyBilled", -1L) == expectedBills);
        table.add(row("1b " + JOB + " " + month + " again", l.monthRecords, seconds2, run2.message()));
    }

    private static long total(long[] delivered) {
        long supply = delivered[0] * PRICES[0] + delivered[1] * PRICES[1] + delivered[2] * PRICES[2];
        return supply + Math.floorDiv(supply, 10);
    }

    /** Starts the job for the month and waits for the run; null (and a failed check) if it was not started. */
    private Run startAndAwait(InvoiceApi api, YearMonth month) throws Exception {
        Start start = api.startJob(JOB, month.toString());
        if (start.httpStatus() != 202) {
            fail(JOB + " " + month + " was not started: HTTP " + start.httpStatus() + " " + start.code() + " "
                    + start.detail());
            return null;
        }
        long runId = start.run().runId();
        System.out.printf("run %d started (claim attempt %d)%n", runId, start.run().attempts());
        long begin = System.nanoTime();
        long deadline = begin + TimeUnit.SECONDS.toNanos(jobTimeout);
        long nextReport = begin + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            Run r = api.run(runId);
            if (!r.running()) {
                return r;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                fail("run " + runId + " still RUNNING after " + jobTimeout + " s");
                return r;
            }
            if (now > nextReport) {
                System.out.printf("  run %d still running after %.0f s%n", runId, (now - begin) / 1e9);
                nextReport = now + TimeUnit.SECONDS.toNanos(30);
            }
            Thread.sleep(500);
        }
    }

    // -------------------------------------------------------------------------------- step 2: sending

    /** One message of the benchmark, as JSON: 70 % Alimtalk (with fallback), 20 % SMS, 10 % LMS. */
    static String message(int n) {
        int number = 20_000_000 + n % 70_000_000;
        if (number % 10_000 == 9999 || number % 10_000 == 8888) {
            number++; // the sandbox's numbers that never receive / have no KakaoTalk
        }
        String to = "010-" + number / 10_000 + "-" + String.format("%04d", number % 10_000);
        return switch (n % 10) {
            case 7, 8 -> "{\"type\":\"SMS\",\"to\":\"" + to + "\",\"text\":\"[UBENCH] order " + n + " is ready\"}";
            case 9 -> "{\"type\":\"LMS\",\"to\":\"" + to + "\",\"text\":\"[UBENCH] 주문 " + n + " 안내: 주문하신 메뉴가 준비되었습니다."
                    + " 매장에서 찾아가 주세요. 영업시간은 오전 10시부터 오후 10시까지이며, 문의는 매장 전화로 부탁드립니다.\"}";
            default -> "{\"type\":\"ALIMTALK\",\"to\":\"" + to + "\",\"text\":\"[UBENCH] 주문하신 메뉴가 준비되었습니다 (No. " + n
                    + ")\",\"templateCode\":\"ORDER_READY\",\"fallback\":true}";
        };
    }

    /** The answers of one phase of single sends. */
    private final class Singles {
        final String name;
        final String keyPrefix;
        final int offset;
        final int count;
        final SendAnswer[] answers;
        final long[] latencies;
        final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        final Map<String, String> samples = new ConcurrentHashMap<>();
        final AtomicInteger resent = new AtomicInteger();
        final AtomicInteger latencyCount = new AtomicInteger();
        double seconds;

        Singles(String name, String keyPrefix, int offset, int count) {
            this.name = name;
            this.keyPrefix = keyPrefix;
            this.offset = offset;
            this.count = count;
            this.answers = new SendAnswer[count];
            this.latencies = new long[count];
        }

        String key(int i) {
            return keyPrefix + i;
        }

        String body(int i) {
            return message(offset + i);
        }

        long accepted() {
            return Arrays.stream(answers).filter(a -> a != null && a.accepted()).count();
        }
    }

    private void send(MessagesApi api, PayaraMicroProcess server, String tag, Outcome outcome) throws Exception {
        System.out.println();
        System.out.printf("== Step 2: sending rate, POST /api/v1/messages with the demo store's key from %d client"
                + " threads (%,d warm-up, %,d measured), then /messages/batch (%d x %,d on %d threads)%n", sendThreads,
                sendWarmup, sends, batchSends, batchSize, batchThreads);
        Singles warm = new Singles("warm-up", "ub-" + tag + "-w-", 0, sendWarmup);
        runSingles(api, warm);
        System.out.printf("warm-up          %,d sent in %.1f s (%,.0f/s)%n", sendWarmup, warm.seconds,
                sendWarmup / Math.max(warm.seconds, 1e-9));
        Singles measured = new Singles("single", "ub-" + tag + "-s-", sendWarmup, sends);
        long cpu0 = server.cpuNanos();
        long clientCpu0 = WalletChargeBenchmark.clientCpuNanos();
        runSingles(api, measured);
        long serverCpu = cpu0 < 0 ? -1 : server.cpuNanos() - cpu0;
        long clientCpu = WalletChargeBenchmark.clientCpuNanos() - clientCpu0;
        long accepted = measured.accepted();
        Latencies lat = new Latencies(measured.latencies, measured.latencyCount.get());
        System.out.printf("single sends     %,d accepted of %,d in %.1f s: %,.0f messages accepted/s%n", accepted, sends,
                measured.seconds, accepted / measured.seconds);
        System.out.printf("outcomes         %s (sent again with the same key after no answer/409/5xx: %d)%n",
                new TreeMap<>(measured.outcomes), measured.resent.get());
        measured.samples.forEach((k, v) -> System.out.printf("  e.g. %s: %s%n", k, v));
        System.out.printf("latency          %s (first try)%n", lat.summary());
        printCpu("message", serverCpu, clientCpu, accepted, measured.seconds);
        verdict("step 2: every single message accepted (" + (accepted + warm.accepted()) + " of " + (sends + sendWarmup)
                + ", warm-up included)", accepted == sends && warm.accepted() == sendWarmup);
        table.add(row("2 single sends (" + sendThreads + " threads)", accepted, measured.seconds, lat.summary()));

        // idempotency: the same key and body answer the first message again; another body is refused
        int sample = Math.min(200, sends);
        int replayed = 0;
        int replayAnswered = 0;
        for (int k = 0; k < sample; k++) {
            int i = (int) ((long) k * sends / sample);
            SendAnswer first = measured.answers[i];
            SendAnswer again = api.send(measured.key(i), measured.body(i));
            if (again.httpStatus() == 202) {
                replayAnswered++;
            }
            if (first != null && first.accepted() && again.accepted() && first.messageId().equals(again.messageId())) {
                replayed++;
            }
        }
        int reused = 0;
        int reuseSample = Math.min(5, sends);
        for (int k = 0; k < reuseSample; k++) {
            SendAnswer other = api.send(measured.key(k), message(1_000_000 + k));
            if (other.httpStatus() == 422) {
                reused++;
            }
        }
        verdict("step 2: a repeated Idempotency-Key answers the first message again (" + replayed + " of " + sample
                + " same id, " + replayAnswered + " answered 202)", replayed == sample);
        verdict("step 2: a used key with another body is refused with 422 (" + reused + " of " + reuseSample + ")",
                reused == reuseSample);

        // batches
        System.out.println();
        int[] batchAccepted = new int[batchSends];
        List<List<String>> batchIds = new ArrayList<>();
        for (int b = 0; b < batchSends; b++) {
            batchIds.add(null);
        }
        long[] batchLatency = new long[batchSends];
        AtomicInteger batchLatencies = new AtomicInteger();
        Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
        AtomicInteger batchResent = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        int base = sendWarmup + sends;
        String batchPrefix = "ub-" + tag + "-b-";
        long bcpu0 = server.cpuNanos();
        double batchSeconds = parallel("batch", batchSends, batchThreads, b -> {
            String body = batchBody(base + b * batchSize);
            long begin = System.nanoTime();
            BatchAnswer a = api.batch(batchPrefix + b, body);
            batchLatency[batchLatencies.getAndIncrement()] = System.nanoTime() - begin;
            for (int attempt = 1; attempt <= retries && a.retryable(); attempt++) {
                batchResent.incrementAndGet();
                refusals.computeIfAbsent("call sent again after HTTP " + a.httpStatus(), x -> new AtomicLong())
                        .incrementAndGet();
                sleep(Math.min(5000, 500L * attempt));
                a = api.batch(batchPrefix + b, body);
            }
            if (a.httpStatus() != 200) {
                unanswered.incrementAndGet();
                refusals.computeIfAbsent("batch HTTP " + a.httpStatus() + " " + a.error(), x -> new AtomicLong())
                        .incrementAndGet();
                return;
            }
            batchAccepted[b] = a.accepted();
            batchIds.set(b, a.messageIds());
            for (String r : a.refusals()) {
                refusals.computeIfAbsent(r, x -> new AtomicLong()).incrementAndGet();
            }
        });
        long bServerCpu = bcpu0 < 0 ? -1 : server.cpuNanos() - bcpu0;
        long batchTotal = Arrays.stream(batchAccepted).asLongStream().sum();
        Latencies bLat = new Latencies(batchLatency, batchLatencies.get());
        System.out.printf("batch sends      %,d accepted of %,d in %d calls, %.1f s: %,.0f messages accepted/s%n", batchTotal,
                (long) batchSends * batchSize, batchSends, batchSeconds, batchTotal / batchSeconds);
        System.out.printf("latency per call %s (first try)%n", bLat.summary());
        if (!refusals.isEmpty()) {
            System.out.println("refused / resent " + new TreeMap<>(refusals));
        }
        printCpu("message", bServerCpu, -1, batchTotal, batchSeconds);
        verdict("step 2: every batch answered and every message of it accepted (" + batchTotal + " of "
                + (long) batchSends * batchSize + ", " + unanswered.get() + " calls without an answer)",
                batchTotal == (long) batchSends * batchSize && unanswered.get() == 0);
        table.add(row("2b batch sends (" + batchThreads + " threads, " + batchSize + "/call)", batchTotal, batchSeconds,
                "per call: " + bLat.summary()));

        // a batch sent again with its key sends nothing twice
        if (batchSends > 0 && batchIds.get(0) != null) {
            BatchAnswer again = api.batch(batchPrefix + 0, batchBody(base));
            verdict("step 2: a batch sent again with its key answers the same ids (" + again.httpStatus() + ", "
                    + again.accepted() + " accepted)", again.httpStatus() == 200
                    && batchIds.get(0).equals(again.messageIds()));
        }

        for (Singles p : List.of(warm, measured)) {
            for (SendAnswer a : p.answers) {
                if (a != null && a.accepted()) {
                    outcome.acceptedIds.add(a.messageId());
                    outcome.acceptedAnswers++;
                }
            }
        }
        for (List<String> ids : batchIds) {
            if (ids != null) {
                for (String id : ids) {
                    if (id != null) {
                        outcome.acceptedIds.add(id);
                        outcome.acceptedAnswers++;
                    }
                }
            }
        }
        outcome.sent = true;
        verdict("step 2: every accepted message has its own id (" + outcome.acceptedIds.size() + " ids for "
                + outcome.acceptedAnswers + " accepted answers)", outcome.acceptedIds.size() == outcome.acceptedAnswers);
    }

    private String batchBody(int first) {
        StringBuilder body = new StringBuilder(batchSize * 160).append("{\"messages\":[");
        for (int m = 0; m < batchSize; m++) {
            if (m > 0) {
                body.append(',');
            }
            body.append(message(first + m));
        }
        return body.append("]}").toString();
    }

    private void runSingles(MessagesApi api, Singles p) throws InterruptedException {
        p.seconds = parallel(p.name, p.count, sendThreads, i -> {
            String key = p.key(i);
            String body = p.body(i);
            long begin = System.nanoTime();
            SendAnswer a = api.send(key, body);
            p.latencies[p.latencyCount.getAndIncrement()] = System.nanoTime() - begin;
            for (int attempt = 1; attempt <= retries && a.retryable(); attempt++) {
                p.resent.incrementAndGet();
                p.samples.putIfAbsent("HTTP " + a.httpStatus(), String.valueOf(a.error()));
                sleep(Math.min(2000, 100L * attempt));
                a = api.send(key, body);
            }
            p.answers[i] = a;
            p.outcomes.computeIfAbsent("HTTP " + a.httpStatus(), x -> new AtomicLong()).incrementAndGet();
            if (!a.accepted()) {
                p.samples.putIfAbsent("HTTP " + a.httpStatus(), String.valueOf(a.error()));
            }
        });
    }

    /** Runs work(0..count-1) on {@code threads} threads taking the next index; returns the seconds it took. */
    private static double parallel(String name, int count, int threads, IntConsumer work) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int n = Math.max(1, Math.min(threads, Math.max(count, 1)));
        CountDownLatch finished = new CountDownLatch(n);
        long start = System.nanoTime();
        for (int t = 0; t < n; t++) {
            Thread worker = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        work.accept(i);
                        done.incrementAndGet();
                    }
                } finally {
                    finished.countDown();
                }
            }, name + "-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        while (!finished.await(30, TimeUnit.SECONDS)) {
            System.out.printf("  %s: %,d of %,d done after %.0f s%n", name, done.get(), count,
                    (System.nanoTime() - start) / 1e9);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------------------- database checks

    private void databaseChecks(Path database, YearMonth month, UsageLoad.Loaded l, Outcome outcome) {
        System.out.println();
        System.out.println("== Database checks (the server's Derby database, read after the server stopped)");
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath());
             Statement s = c.createStatement()) {
            if (outcome.collected) {
                billChecks(c, s, month, l);
            }
            if (outcome.sent) {
                List<String> stored = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT PROVIDER_MESSAGE_ID FROM USAGE_RECORD WHERE STORE_ID = "
                        + l.demoStoreId + " AND SOURCE = 'API'")) {
                    while (r.next()) {
                        stored.add(r.getString(1));
                    }
                }
                long added = stored.size() - l.apiRowsBefore;
                Set<String> storedSet = new HashSet<>(stored);
                long missing = outcome.acceptedIds.stream().filter(id -> !storedSet.contains(id)).count();
                long unknown = storedSet.stream().filter(id -> !outcome.acceptedIds.contains(id)).count();
                verdict("db: the store's API usage records = the accepted messages (" + added + " added, "
                        + outcome.acceptedIds.size() + " accepted; " + missing + " accepted but not stored, " + unknown
                        + " stored but never answered as accepted)",
                        added == outcome.acceptedIds.size() && missing == 0 && unknown == l.apiRowsBefore);
                long sandbox = UsageLoad.single(s, "SELECT COUNT(*) FROM SANDBOX_MESSAGE") - l.sandboxMessagesBefore;
                verdict("db: the sandbox gateway was called once per accepted message (" + sandbox + " messages sent, "
                        + outcome.acceptedIds.size() + " accepted)", sandbox == outcome.acceptedIds.size());
            }
        } catch (SQLException e) {
            fail("db: cannot read the server's database " + database + ": " + e);
        } finally {
            UsageLoad.shutdown(database);
        }
    }

    private void billChecks(Connection c, Statement s, YearMonth month, UsageLoad.Loaded l) throws SQLException {
        // the collection's count in plain JDBC: the independent expectation, and two yardsticks. EclipseLink sends
        // "count(r)" as COUNT(ID); ID is not in IX_USAGE_RECORD_DAY, so Derby reads each row from the table too.
        // COUNT(*) is answered from the index alone.
        Map<Long, long[]> delivered = new HashMap<>();
        double indexOnly = groupBy(c, month, "COUNT(*)", delivered);
        System.out.printf("plain JDBC, the collection's GROUP BY with COUNT(*) (index only): %.1f s (%,.0f records/s),"
                + " %,d stores%n", indexOnly, l.monthRecords / indexOnly, delivered.size());
        Map<Long, long[]> asSentCounts = new HashMap<>();
        double asSent = groupBy(c, month, "COUNT(ID)", asSentCounts);
        System.out.printf("plain JDBC, the same with COUNT(ID) as EclipseLink sends it: %.1f s (%,.0f records/s)%n",
                asSent, l.monthRecords / asSent);
        verdict("db: COUNT(ID) and COUNT(*) count the same", asSentCounts.size() == delivered.size() && asSentCounts.entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), delivered.get(e.getKey()))));
        table.add(row("yardstick: GROUP BY as the app sends it, JDBC", l.monthRecords, asSent,
                "SELECT STORE_ID, MESSAGE_TYPE, COUNT(ID) ... GROUP BY; index + table rows"));
        table.add(row("yardstick: GROUP BY with COUNT(*), JDBC", l.monthRecords, indexOnly,
                "from IX_USAGE_RECORD_DAY alone"));

        // the generator's own counts agree with the database's
        Map<Long, long[]> generated = new HashMap<>(l.keptDelivered);
        for (int k = 0; k < l.storeIds.size(); k++) {
            long[] d = l.delivered[k];
            if (d[0] + d[1] + d[2] > 0) {
                generated.put(l.storeIds.get(k), d);
            }
        }
        boolean same = generated.size() == delivered.size() && generated.entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), delivered.get(e.getKey())));
        verdict("db: delivered records per store and type = what was loaded (" + delivered.size() + " stores)", same);

        long prices = UsageLoad.single(s, "SELECT COUNT(*) FROM MESSAGE_PRICE WHERE NOT (STORE_ID IS NULL AND VALID_FROM ="
                + " DATE('2020-01-01') AND ((MESSAGE_TYPE = 'ALIMTALK' AND UNIT_PRICE = 8) OR (MESSAGE_TYPE = 'SMS' AND"
                + " UNIT_PRICE = 10) OR (MESSAGE_TYPE = 'LMS' AND UNIT_PRICE = 25)))");
        verdict("db: only the seeded list prices 8/10/25 exist (" + prices + " other price rows)", prices == 0);

        Map<Long, Integer> billsPerStore = new HashMap<>();
        Map<Long, Long> billTotal = new HashMap<>();
        Map<Long, long[]> billAmounts = new HashMap<>(); // bill id -> store, supply, vat, total
        long wrongCounts = 0;
        long wrongAmounts = 0;
        long notOpen = 0;
        long[] typeSums = new long[3];
        long billSum = 0;
        try (PreparedStatement p = c.prepareStatement("SELECT ID, STORE_ID, ALIMTALK_COUNT, ALIMTALK_AMOUNT, SMS_COUNT,"
                + " SMS_AMOUNT, LMS_COUNT, LMS_AMOUNT, SUPPLY, VAT, TOTAL, STATUS FROM USAGE_BILL WHERE USAGE_MONTH = ?")) {
            p.setString(1, month.toString());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    long store = r.getLong(2);
                    long[] counts = {r.getLong(3), r.getLong(5), r.getLong(7)};
                    long[] amounts = {r.getLong(4), r.getLong(6), r.getLong(8)};
                    long supply = r.getLong(9);
                    long vat = r.getLong(10);
                    long total = r.getLong(11);
                    billsPerStore.merge(store, 1, Integer::sum);
                    billTotal.put(store, total);
                    billAmounts.put(id, new long[]{store, supply, vat, total});
                    billSum += total;
                    if (!Arrays.equals(counts, delivered.get(store))) {
                        wrongCounts++;
                    }
                    long expectedSupply = 0;
                    boolean ok = true;
                    for (int t = 0; t < 3; t++) {
                        typeSums[t] += counts[t];
                        ok &= amounts[t] == counts[t] * PRICES[t];
                        expectedSupply += counts[t] * PRICES[t];
                    }
                    ok &= supply == expectedSupply && vat == Math.floorDiv(supply, 10) && total == supply + vat;
                    if (!ok) {
                        wrongAmounts++;
                    }
                    if (!"OPEN".equals(r.getString(12))) {
                        notOpen++;
                    }
                }
            }
        }
        long[] deliveredSums = new long[3];
        delivered.values().forEach(d -> {
            for (int t = 0; t < 3; t++) {
                deliveredSums[t] += d[t];
            }
        });
        long doubled = billsPerStore.values().stream().filter(n -> n > 1).count();
        long unbilled = delivered.keySet().stream().filter(store -> !billsPerStore.containsKey(store)).count();
        long billedWithout = billsPerStore.keySet().stream().filter(store -> !delivered.containsKey(store)).count();
        System.out.printf("bills            %,d of %s, %,d won in total; per type counts %s, delivered records %s%n",
                billAmounts.size(), month, billSum, Arrays.toString(typeSums), Arrays.toString(deliveredSums));
        verdict("db: exactly one bill per store with delivered usage (" + billAmounts.size() + " bills, " + delivered.size()
                + " stores; " + doubled + " with two, " + unbilled + " without, " + billedWithout
                + " billed without delivered usage)", doubled == 0 && unbilled == 0 && billedWithout == 0
                && billAmounts.size() == delivered.size());
        verdict("db: bill counts per type = delivered records per type (sums " + Arrays.toString(typeSums) + " = "
                + Arrays.toString(deliveredSums) + "; " + wrongCounts + " bills with other counts)",
                Arrays.equals(typeSums, deliveredSums) && wrongCounts == 0);
        verdict("db: amounts = counts x 8/10/25, VAT = floor(supply/10), total = supply + VAT (" + wrongAmounts
                + " bills wrong)", wrongAmounts == 0);
        verdict("db: every bill OPEN (" + notOpen + " not)", notOpen == 0);

        // ledger: one USAGE_BILLED entry per bill, receivable + total = revenue supply + VAT
        Map<Long, Integer> entriesPerBill = new HashMap<>();
        Map<Long, long[]> legs = new HashMap<>(); // bill id -> receivable, revenue, vat, other
        try (ResultSet r = s.executeQuery("SELECT E.ID, E.REFERENCE, A.CODE, P.AMOUNT FROM JOURNAL_ENTRY E"
                + " JOIN POSTING P ON P.ENTRY_ID = E.ID JOIN LEDGER_ACCOUNT A ON A.ID = P.ACCOUNT_ID"
                + " WHERE E.ENTRY_TYPE = 'USAGE_BILLED' ORDER BY E.ID")) {
            long lastEntry = -1;
            while (r.next()) {
                String ref = r.getString(2);
                if (ref == null || !ref.startsWith("usage-bill-")) {
                    continue;
                }
                long billId = Long.parseLong(ref.substring("usage-bill-".length()));
                if (!billAmounts.containsKey(billId)) {
                    continue; // another month's bill
                }
                if (r.getLong(1) != lastEntry) {
                    lastEntry = r.getLong(1);
                    entriesPerBill.merge(billId, 1, Integer::sum);
                }
                long[] leg = legs.computeIfAbsent(billId, k -> new long[4]);
                String code = r.getString(3);
                long amount = r.getLong(4);
                long store = billAmounts.get(billId)[0];
                if (code.equals("NB:" + store + ":RECEIVABLE")) {
                    leg[0] += amount;
                } else if (code.equals("OP:MESSAGE-REVENUE")) {
                    leg[1] += amount;
                } else if (code.equals("OP:VAT-PAYABLE")) {
                    leg[2] += amount;
                } else {
                    leg[3] += Math.abs(amount) + 1;
                }
            }
        }
        long wrongEntries = 0;
        for (var e : billAmounts.entrySet()) {
            long[] b = e.getValue();
            long[] leg = legs.get(e.getKey());
            if (entriesPerBill.getOrDefault(e.getKey(), 0) != 1 || leg == null || leg[0] != b[3] || leg[1] != -b[1]
                    || leg[2] != -b[2] || leg[3] != 0) {
                wrongEntries++;
            }
        }
        verdict("db: one ledger entry per bill: receivable +total, message revenue -supply, VAT payable -VAT ("
                + entriesPerBill.size() + " entries, " + wrongEntries + " bills without a matching entry)",
                wrongEntries == 0 && entriesPerBill.size() == billAmounts.size());
        long postingSum = UsageLoad.single(s, "SELECT COALESCE(SUM(AMOUNT), 0) FROM POSTING");
        long unbalanced = UsageLoad.single(s, "SELECT COUNT(*) FROM (SELECT ENTRY_ID FROM POSTING GROUP BY ENTRY_ID"
                + " HAVING SUM(AMOUNT) <> 0) X");
        verdict("db: the ledger sums to zero (" + postingSum + "), no unbalanced entry (" + unbalanced + ")",
                postingSum == 0 && unbalanced == 0);
        long openReceivables = 0;
        long wrongReceivables = 0;
        try (ResultSet r = s.executeQuery("SELECT A.CODE, COALESCE(SUM(P.AMOUNT), 0) FROM LEDGER_ACCOUNT A"
                + " JOIN POSTING P ON P.ACCOUNT_ID = A.ID WHERE A.CODE LIKE 'NB:%:RECEIVABLE' GROUP BY A.CODE")) {
            while (r.next()) {
                String code = r.getString(1);
                long store = Long.parseLong(code.substring(3, code.length() - ":RECEIVABLE".length()));
                openReceivables += r.getLong(2);
                if (r.getLong(2) != billTotal.getOrDefault(store, 0L)) {
                    wrongReceivables++;
                }
            }
        }
        verdict("db: each store's receivable = its bill's total (" + openReceivables + " won open, " + wrongReceivables
                + " stores differ)", wrongReceivables == 0 && openReceivables == billSum);
    }

    /** Delivered records of the month per store and type, counted with {@code count}; returns the seconds. */
    private static double groupBy(Connection c, YearMonth month, String count, Map<Long, long[]> into) throws SQLException {
        long t0 = System.nanoTime();
        try (PreparedStatement p = c.prepareStatement("SELECT STORE_ID, MESSAGE_TYPE, " + count + " FROM USAGE_RECORD"
                + " WHERE (((SENT_DATE >= ?) AND (SENT_DATE < ?)) AND (STATUS = ?)) GROUP BY STORE_ID, MESSAGE_TYPE")) {
            p.setDate(1, java.sql.Date.valueOf(month.atDay(1)));
            p.setDate(2, java.sql.Date.valueOf(month.plusMonths(1).atDay(1)));
            p.setString(3, "DELIVERED");
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    into.computeIfAbsent(r.getLong(1), k -> new long[3])[UsageLoad.typeIndex(r.getString(2))]
                            += r.getLong(3);
                }
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    // ---------------------------------------------------------------------------------------- helpers

    private static void printCpu(String what, long serverCpu, long clientCpu, long items, double seconds) {
        if (items <= 0 || serverCpu < 0) {
            return;
        }
        System.out.printf("CPU per %s  server %.2f ms%s; the server used %.2f of %d cores%n", what, serverCpu / 1e6 / items,
                clientCpu >= 0 ? String.format(", this client %.2f ms", clientCpu / 1e6 / items) : "",
                serverCpu / 1e9 / seconds, Runtime.getRuntime().availableProcessors());
    }

    private static String row(String step, long count, double seconds, String notes) {
        return String.format("%-44s %,12d %9.1f %11s   %s", step, count, seconds,
                seconds > 0 && count > 0 ? String.format("%,.0f", count / seconds) : "-", notes == null ? "" : notes);
    }

    private void printSummary(YearMonth month) {
        System.out.println();
        System.out.printf("== Summary (%,d records of %s, %,d stores; %d send threads, %d x %,d batch on %d threads;"
                        + " %d cores shared with other work)%n", records, month, stores, sendThreads, batchSends, batchSize,
                batchThreads, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-44s %12s %9s %11s   %s%n", "step", "items", "seconds", "items/s", "notes");
        table.forEach(System.out::println);
        System.out.println("(items: records for the load, the collection and the yardstick; accepted messages for sending)");
        checks.print();
    }

    private void verdict(String what, boolean ok) {
        checks.verdict(what, ok);
    }

    private void fail(String what) {
        checks.fail(what);
    }

    private void cleanUp(Path work) {
        if (keep) {
            System.out.println("kept " + work);
            return;
        }
        Bench.deleteTree(work);
    }
}
