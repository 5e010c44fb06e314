package com.bizbill.bench;

import com.bizbill.bench.InvoiceApi.ImportAnswer;
import com.bizbill.bench.InvoiceApi.Run;
import com.bizbill.bench.InvoiceApi.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * BP-INV-2 / BP-PAY-3 at volume: imports many invoices of one billing month through the billing system's
 * batch API, re-sends a sample (all must be UNCHANGED), runs the automatic card charge of the charge day
 * ({@code invoice-auto-charge}, sandbox gateway) over them and then the same day again (nobody may be
 * charged twice). Prints invoices/s per step and, when it started the server itself, checks the database
 * after the server has stopped: every invoice paid once, one successful attempt and one gateway payment per
 * invoice, the ledger balanced.
 *
 * <p>The billing accounts are the benchmark's own ({@link InvoiceAccounts}): Payara Micro is started once on a
 * fresh database (schema and demo data), stopped, the accounts are written into its Derby database with plain JDBC,
 * and the server is started again on it; nothing of the benchmark ships in the application.
 *
 * <p>System properties (all optional): {@code bench.invoices} (100000), {@code bench.accounts}
 * (1000), {@code bench.batch} (500 invoices per call), {@code bench.importThreads} (4), {@code bench.resend}
 * (5000 invoices re-sent in step 2), {@code bench.period} (the charge day: this month's 20th or later; default
 * the last day when it is today, else the 20th, Asia/Seoul; a day still to come is reached by setting the demo clock), {@code bench.billingKey}, {@code bench.startTimeout} (300 s),
 * {@code bench.chargeTimeout} (7200 s per job run), {@code bench.serverJvm} ({@code -Xmx1g}),
 * {@code bench.skipDbCheck}, {@code bench.keep}, {@code bench.root}.
 *
 * <p>Exit code 0 when every check passed, 1 when a check failed, 2 when the API could not be driven.
 */
public final class InvoiceBenchmark {

    static final String DEMO_BILLING_KEY = "bzb_demo_billing_system_key_000000000000000";
    static final String JOB = "invoice-auto-charge";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final int invoices = Bench.number("bench.invoices", 100_000);
    private final int accounts = Bench.number("bench.accounts", 1000);
    private final int batch = Bench.number("bench.batch", 500);
    private final int importThreads = Bench.number("bench.importThreads", 4);
    private final int resend = Bench.number("bench.resend", 5000);
    private final String periodText = Bench.text("bench.period", "");
    private final String apiKey = Bench.text("bench.billingKey", DEMO_BILLING_KEY);
    private final int startTimeout = Bench.number("bench.startTimeout", 300);
    private final int chargeTimeout = Bench.number("bench.chargeTimeout", 7200);
    private final String serverJvm = Bench.text("bench.serverJvm", "-Xmx1g");
    private final boolean skipDbCheck = Boolean.parseBoolean(Bench.text("bench.skipDbCheck", "false"));
    private final boolean keep = Boolean.parseBoolean(Bench.text("bench.keep", "false"));
    private final Path root = Path.of(Bench.text("bench.root", Path.of("").toAbsolutePath().getParent().toString()));

    private final Checks checks = new Checks();
    private final List<String> table = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        System.exit(new InvoiceBenchmark().run());
    }

    // ------------------------------------------------------------------------------------------ run

    private static final class NotDriven extends Exception {
        NotDriven(String message) {
            super(message);
        }
    }

    private int run() throws Exception {
        LocalDate today = LocalDate.now(SEOUL);
        LocalDate period = periodText.isEmpty() ? defaultPeriod(today) : LocalDate.parse(periodText);
        if (!YearMonth.from(period).equals(YearMonth.from(today)) || period.isBefore(today.withDayOfMonth(20))) {
            System.out.println("bench.period must be this month's 20th or a later day of this month (cards pay only this"
                    + " month's invoices, BP-PAY-2): " + period);
            return 2;
        }
        // a charge day still to come: the server's demo clock is set to it (09:00 Asia/Seoul) before the second start
        java.time.Instant clockAt = period.isAfter(today) ? period.atTime(9, 0).atZone(SEOUL).toInstant() : null;
        YearMonth month = YearMonth.from(period);
        String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        System.out.printf("Bizbill invoice benchmark: %,d invoices of %s over %,d card-auto accounts, %d per call on %d"
                        + " client threads, then the auto-charge of %s; %d CPU cores (shared machine: figures are noisy)%n",
                invoices, month, accounts, batch, importThreads, period, Runtime.getRuntime().availableProcessors());
        if (!Bench.text("bench.url", "").isEmpty()) {
            System.out.println("(bench.url is ignored by the invoice benchmark: it writes its billing accounts into the"
                    + " database of the server it starts)");
        }
        Path work = Files.createTempDirectory("bizbill-invoice-bench-");
        Path appDir = work.resolve("app");
        Path database = appDir.resolve("derby").resolve("bizbill");
        PayaraMicroProcess server = null;
        Data data = null;
        String notDriven = null;
        try {
            // setup, not measured: schema and demo data, then the accounts with plain JDBC into the stopped server's
            // database, then the server again on it
            server = startServer(appDir, "first start: Liquibase and the demo data");
            System.out.println("Stopping Payara Micro to write the bench accounts");
            server.close();
            server = null;
            System.setProperty("derby.stream.error.file", work.resolve("derby-setup.log").toString());
            long t0 = System.nanoTime();
            List<Long> accountIds = InvoiceAccounts.load(database, accounts, clockAt);
            System.out.printf("bench accounts   %,d card-auto billing accounts %s..%s written in %.1f s (ids %d..%d)%s%n",
                    accountIds.size(), InvoiceAccounts.nameOf(1), InvoiceAccounts.nameOf(accounts),
                    (System.nanoTime() - t0) / 1e9, accountIds.get(0), accountIds.get(accountIds.size() - 1),
                    clockAt == null ? "" : "; demo clock set to " + clockAt.atZone(SEOUL).toLocalDateTime() + " Asia/Seoul");
            server = startServer(appDir, String.format("second start, with %,d bench accounts", accounts));
            try (InvoiceApi api = new InvoiceApi(server.baseUrl(), apiKey)) {
                data = drive(api, server, tag, month, period, accountIds);
            }
        } catch (NotDriven e) {
            notDriven = e.getMessage();
            if (server != null) {
                server.printLogTail(30);
            }
        } catch (SQLException | RuntimeException e) {
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
            System.out.println("API NOT DRIVEN: " + notDriven);
            cleanUp(work);
            return 2;
        }
        if (!skipDbCheck && data != null) {
            databaseChecks(database, data, work);
        } else {
            System.out.println("(database checks skipped: " + (data == null ? "nothing was charged" : "bench.skipDbCheck")
                    + ")");
        }
        printSummary();
        cleanUp(work);
        if (checks.anyFailed()) {
            System.out.println("RESULT: FAILED");
            return 1;
        }
        System.out.println("RESULT: OK");
        return 0;
    }

    /** The latest charge day of this month up to today: the last day, else the 20th (still to come before the 20th). */
    static LocalDate defaultPeriod(LocalDate today) {
        if (today.getDayOfMonth() == today.lengthOfMonth()) {
            return today;
        }
        return today.withDayOfMonth(20);
    }

    private PayaraMicroProcess startServer(Path dataDir, String why) throws Exception {
        try {
            // the schedule tick is off, so the clock cannot claim the charge day before the benchmark does
            return PayaraMicroProcess.launch(root, dataDir, serverJvm, List.of(), Duration.ofSeconds(startTimeout), why);
        } catch (IllegalStateException e) {
            throw new NotDriven(e.getMessage());
        }
    }

    /** What the database checks need to know about the invoices sent. */
    private record Data(String numberPrefix, List<Long> accountIds, long count, long total) {
    }

    private Data drive(InvoiceApi api, PayaraMicroProcess server, String tag, YearMonth month, LocalDate period,
                       List<Long> accountIds) throws Exception {
        Invoices all = new Invoices(tag, month, accountIds, invoices);
        System.out.printf("invoice numbers %s000000..; %,d won in total%n", all.prefix, all.grandTotal());

        // ---- step 1: import
        System.out.println();
        System.out.printf("== Step 1: import %,d invoices (%d per call, %d client threads, one account per thread at a time)%n",
                invoices, batch, Math.min(importThreads, accountIds.size()));
        long cpu0 = server == null ? -1 : server.cpuNanos();
        long clientCpu0 = WalletChargeBenchmark.clientCpuNanos();
        Sent step1 = send(api, all, all.allIndexes(), i -> all.json(i, false), "import");
        long serverCpu = cpu0 < 0 ? -1 : server.cpuNanos() - cpu0;
        long clientCpu = WalletChargeBenchmark.clientCpuNanos() - clientCpu0;
        step1.print();
        printCpu(serverCpu, clientCpu, invoices, step1.seconds);
        long created = step1.count("CREATED");
        long unchangedAfterResend = step1.retriedUnchanged.get();
        verdict("step 1: every invoice imported (" + created + " CREATED + " + unchangedAfterResend
                        + " UNCHANGED when a failed call was sent again = " + invoices + ")",
                created + unchangedAfterResend == invoices && step1.count("REJECTED") == 0 && step1.unanswered.get() == 0);
        table.add(row("1 import (POST /billing/invoices)", invoices, step1.seconds,
                String.format("per call of %d: %s", batch, step1.latencies().summary())));

        // ---- step 2: idempotency
        int sample = Math.min(resend, invoices);
        System.out.println();
        System.out.printf("== Step 2: re-send %,d of them unchanged (idempotent by number)%n", sample);
        List<Integer> sampleIndexes = all.sample(sample);
        Sent step2 = send(api, all, sampleIndexes, i -> all.json(i, false), "re-send");
        step2.print();
        verdict("step 2: every re-sent invoice UNCHANGED (" + step2.count("UNCHANGED") + " of " + sample + ")",
                step2.count("UNCHANGED") == sample);
        table.add(row("2 re-send unchanged (all UNCHANGED)", sample, step2.seconds,
                "per call: " + step2.latencies().summary()));

        // ---- step 3: the automatic charge
        System.out.println();
        System.out.printf("== Step 3: %s for %s (sandbox gateway, one job run)%n", JOB, period);
        cpu0 = server == null ? -1 : server.cpuNanos();
        long t0 = System.nanoTime();
        Start start = api.startJob(JOB, period.toString());
        if (start.httpStatus() != 202) {
            fail("step 3: " + JOB + " " + period + " was not started: HTTP " + start.httpStatus() + " " + start.code()
                    + " " + start.detail());
            return null; // nothing charged: the database checks would only repeat this failure
        }
        System.out.printf("run %d started (claim attempt %d)%n", start.run().runId(), start.run().attempts());
        Run run1 = await(api, start.run().runId());
        double chargeSeconds = (System.nanoTime() - t0) / 1e9;
        serverCpu = cpu0 < 0 || server == null ? -1 : server.cpuNanos() - cpu0;
        Map<String, Long> s1 = run1.summary();
        long charged = s1.getOrDefault("charged", -1L);
        System.out.printf("run %d %s after %.1f s: %s%n", run1.runId(), run1.status(), chargeSeconds, run1.message());
        System.out.printf("invoices charged/s %,.0f%n", charged / chargeSeconds);
        printCpu(serverCpu, -1, charged, chargeSeconds);
        verdict("step 3: the run COMPLETED", "COMPLETED".equals(run1.status()));
        verdict("step 3: every imported invoice charged once (charged=" + charged + ", expected " + invoices + ")",
                charged == invoices);
        verdict("step 3: charged amount = the invoices' totals (" + s1.getOrDefault("amount", -1L) + " = "
                + all.grandTotal() + ")", s1.getOrDefault("amount", -1L) == all.grandTotal());
        verdict("step 3: no charge with an unknown outcome (unknown=" + s1.getOrDefault("unknown", -1L) + ")",
                s1.getOrDefault("unknown", -1L) == 0);
        table.add(row("3 auto-charge " + period + " (job)", charged, chargeSeconds, run1.message()));

        // ---- step 4: the same day again, twice at once
        System.out.println();
        System.out.printf("== Step 4: %s for %s again, two starts at the same moment%n", JOB, period);
        long t4 = System.nanoTime();
        Start[] again = startTwiceAtOnce(api, period.toString());
        List<Run> runs = new ArrayList<>();
        int refused = 0;
        boolean answersOk = true;
        for (Start s : again) {
            if (s.httpStatus() == 202) {
                System.out.printf("accepted: run %d (claim attempt %d: the finished claim row is taken over)%n",
                        s.run().runId(), s.run().attempts());
                runs.add(s.run());
            } else if (s.httpStatus() == 409) {
                System.out.printf("refused: HTTP 409 %s (%s)%n", s.code(), s.detail());
                refused++;
            } else {
                System.out.printf("unexpected answer: HTTP %d %s %s%n", s.httpStatus(), s.code(), s.detail());
                answersOk = false;
            }
        }
        long chargedAgain = 0;
        long amountAgain = 0;
        boolean completed = true;
        Set<Long> awaited = new HashSet<>();
        for (Run r : runs) {
            if (!awaited.add(r.runId())) {
                continue; // both were accepted as attempts of the same claim row: wait once
            }
            Run done = await(api, r.runId());
            System.out.printf("run %d (claim attempt %d) %s: %s%n", done.runId(), done.attempts(), done.status(),
                    done.message());
            completed &= "COMPLETED".equals(done.status());
            chargedAgain += done.summary().getOrDefault("charged", -1L);
            amountAgain += done.summary().getOrDefault("amount", -1L);
        }
        double secondsAgain = (System.nanoTime() - t4) / 1e9;
        verdict("step 4: each start answered 202 or 409 (" + runs.size() + " accepted, " + refused + " refused)",
                answersOk && !runs.isEmpty());
        verdict("step 4: the second run(s) charged nobody (charged=" + chargedAgain + ", amount=" + amountAgain + ")",
                completed && chargedAgain == 0 && amountAgain == 0);

        // paid invoices are never changed by a re-send (BP-INV-2)
        int paidSample = Math.min(200, invoices);
        Sent changed = send(api, all, all.sample(paidSample), i -> all.json(i, true), "changed re-send");
        verdict("step 4: re-sending paid invoices with another amount changes nothing (ALREADY_PAID "
                + changed.count("ALREADY_PAID") + " of " + paidSample + ")", changed.count("ALREADY_PAID") == paidSample);
        table.add(row("4 auto-charge again (" + runs.size() + " accepted, " + refused + " refused)", chargedAgain,
                secondsAgain, "charged again: " + chargedAgain + "; changed re-send of paid: "
                        + changed.count("ALREADY_PAID") + " ALREADY_PAID"));
        return new Data(all.prefix, accountIds, invoices, all.grandTotal());
    }

    private Start[] startTwiceAtOnce(InvoiceApi api, String period) throws InterruptedException {
        Start[] answers = new Start[2];
        CountDownLatch go = new CountDownLatch(1);
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int slot = t;
            threads[t] = new Thread(() -> {
                try {
                    go.await();
                    answers[slot] = api.startJob(JOB, period);
                } catch (Exception e) {
                    answers[slot] = new Start(0, null, null, e.toString());
                }
            }, "start-" + t);
            threads[t].start();
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        return answers;
    }

    /** Polls the run until it is no longer RUNNING (or the time is up). */
    private Run await(InvoiceApi api, long runId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(chargeTimeout).toNanos();
        long begin = System.nanoTime();
        long nextReport = begin + Duration.ofSeconds(30).toNanos();
        while (true) {
            Run r = api.run(runId);
            if (!r.running()) {
                return r;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                fail("run " + runId + " still RUNNING after " + chargeTimeout + " s");
                return r;
            }
            if (now > nextReport) {
                System.out.printf("  run %d still running after %.0f s%n", runId, (now - begin) / 1e9);
                nextReport = now + Duration.ofSeconds(30).toNanos();
            }
            Thread.sleep(250);
        }
    }

    // ------------------------------------------------------------------------------------ invoices

    /** The invoices of this run: invoice i goes to account i mod A; deterministic amounts. */
    private static final class Invoices {
        final String prefix;
        final YearMonth month;
        final List<Long> accountIds;
        final int count;

        Invoices(String tag, YearMonth month, List<Long> accountIds, int count) {
            this.prefix = "BB-" + tag + "-";
            this.month = month;
            this.accountIds = accountIds;
            this.count = count;
        }

        int accountIndex(int i) {
            return i % accountIds.size();
        }

        String number(int i) {
            return prefix + String.format("%06d", i);
        }

        static long supply(int i, boolean changed) {
            return 10_000 + (i % 91) * 1_000L + (changed ? 1_000 : 0);
        }

        static long vat(long supply) {
            return supply / 10; // Vat.fromSupply: floor(supply / 10)
        }

        long total(int i) {
            long supply = supply(i, false);
            return supply + vat(supply);
        }

        long grandTotal() {
            long sum = 0;
            for (int i = 0; i < count; i++) {
                sum += total(i);
            }
            return sum;
        }

        List<Integer> allIndexes() {
            List<Integer> all = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                all.add(i);
            }
            return all;
        }

        /** {@code n} invoices spread evenly over all of them. */
        List<Integer> sample(int n) {
            List<Integer> picked = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                picked.add((int) ((long) k * count / n));
            }
            return picked;
        }

        String json(int i, boolean changed) {
            long supply = supply(i, changed);
            long support = 3_000;
            return "{\"billingAccountId\":" + accountIds.get(accountIndex(i)) + ",\"number\":\"" + number(i)
                    + "\",\"billingMonth\":\"" + month + "\",\"issueDate\":\"" + month.atDay(5)
                    + "\",\"dueDate\":\"" + month.atEndOfMonth() + "\",\"supply\":" + supply + ",\"vat\":" + vat(supply)
                    + ",\"total\":" + (supply + vat(supply)) + ",\"lines\":[{\"service\":\"클라우드 서버 이용료\","
                    + "\"usagePeriod\":\"" + month.atDay(1) + " ~ " + month.atEndOfMonth() + "\",\"supplyAmount\":"
                    + (supply - support) + "},{\"service\":\"기술 지원\",\"usagePeriod\":\"" + month
                    + "\",\"supplyAmount\":" + support + "}]}";
        }
    }

    /** The outcome of sending a list of invoices in batches. */
    private final class Sent {
        final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        final AtomicLong retriedUnchanged = new AtomicLong();
        final AtomicInteger retriedCalls = new AtomicInteger();
        final AtomicInteger unanswered = new AtomicInteger();
        final Map<String, String> samples = new ConcurrentHashMap<>();
        final long[] latencies;
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger answered = new AtomicInteger();
        final String what;
        final int invoiceCount;
        double seconds;

        Sent(int batches, String what, int invoiceCount) {
            this.latencies = new long[batches];
            this.what = what;
            this.invoiceCount = invoiceCount;
        }

        long count(String outcome) {
            AtomicLong n = outcomes.get(outcome);
            return n == null ? 0 : n.get();
        }

        Latencies latencies() {
            return new Latencies(latencies, calls.get());
        }

        void print() {
            System.out.printf("%s: %,d invoices in %,d calls, %.1f s: %,.0f invoices/s%n", what, invoiceCount, calls.get(),
                    seconds, invoiceCount / seconds);
            System.out.printf("outcomes         %s%n", new TreeMap<>(outcomes));
            samples.forEach((k, v) -> System.out.printf("  e.g. %s: %s%n", k, v));
            if (retriedCalls.get() > 0 || unanswered.get() > 0) {
                System.out.printf("calls sent again after an error: %d (%d invoices UNCHANGED on the resend);"
                        + " invoices without a final answer: %d%n", retriedCalls.get(), retriedUnchanged.get(), unanswered.get());
            }
            System.out.printf("latency per call %s%n", latencies().summary());
        }
    }

    interface Json {
        String of(int index);
    }

    /**
     * Sends the invoices in calls of {@code batch}. Client thread t sends the invoices of the accounts
     * {@code a mod threads == t}, so no two calls at once post to one account's receivable (its ledger
     * account is versioned: two would collide at commit). A call that fails or is not answered is sent
     * again (idempotent by number); what it had already created then answers UNCHANGED.
     */
    private Sent send(InvoiceApi api, Invoices all, List<Integer> indexes, Json json, String what)
            throws InterruptedException {
        int threads = Math.max(1, Math.min(importThreads, all.accountIds.size()));
        List<List<List<Integer>>> perThread = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            perThread.add(new ArrayList<>());
        }
        List<List<Integer>> open = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            open.add(new ArrayList<>());
        }
        int batches = 0;
        for (int i : indexes) {
            int t = all.accountIndex(i) % threads;
            open.get(t).add(i);
            if (open.get(t).size() == batch) {
                perThread.get(t).add(open.get(t));
                open.set(t, new ArrayList<>());
                batches++;
            }
        }
        for (int t = 0; t < threads; t++) {
            if (!open.get(t).isEmpty()) {
                perThread.get(t).add(open.get(t));
                batches++;
            }
        }
        Sent sent = new Sent(batches, what, indexes.size());
        CountDownLatch done = new CountDownLatch(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            List<List<Integer>> mine = perThread.get(t);
            Thread worker = new Thread(() -> {
                try {
                    for (List<Integer> call : mine) {
                        sendOne(api, all, call, json, sent);
                    }
                } finally {
                    done.countDown();
                }
            }, what + "-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        while (!done.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
            System.out.printf("  %s: %,d of %,d invoices answered after %.0f s%n", what, sent.answered.get(),
                    indexes.size(), (System.nanoTime() - start) / 1e9);
        }
        sent.seconds = (System.nanoTime() - start) / 1e9;
        return sent;
    }

    private void sendOne(InvoiceApi api, Invoices all, List<Integer> call, Json json, Sent sent) {
        StringBuilder body = new StringBuilder(call.size() * 400).append("{\"invoices\":[");
        for (int k = 0; k < call.size(); k++) {
            if (k > 0) {
                body.append(',');
            }
            body.append(json.of(call.get(k)));
        }
        String text = body.append("]}").toString();
        long begin = System.nanoTime();
        ImportAnswer answer = api.importBatch(text);
        long latency = System.nanoTime() - begin;
        boolean resent = false;
        for (int attempt = 1; attempt <= 5 && answer.httpStatus() != 200; attempt++) {
            sent.samples.putIfAbsent("HTTP " + answer.httpStatus(), String.valueOf(answer.error()));
            sent.retriedCalls.incrementAndGet();
            resent = true;
            try {
                Thread.sleep(500L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = api.importBatch(text);
        }
        sent.latencies[sent.calls.getAndIncrement()] = latency; // the first try's latency: what a client waits
        sent.answered.addAndGet(call.size());
        if (answer.httpStatus() != 200) {
            sent.unanswered.addAndGet(call.size());
            return;
        }
        for (int i : call) {
            String outcome = answer.outcomes().getOrDefault(all.number(i), "MISSING");
            if (resent && "UNCHANGED".equals(outcome)) {
                sent.retriedUnchanged.incrementAndGet();
                continue;
            }
            sent.outcomes.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
            if (!"CREATED".equals(outcome) && !"UNCHANGED".equals(outcome) && !"ALREADY_PAID".equals(outcome)) {
                sent.samples.putIfAbsent(outcome, all.number(i) + " " + answer.problems().getOrDefault(all.number(i), ""));
            }
        }
    }

    // ------------------------------------------------------------------------------- database checks

    /**
     * Reads the stopped server's Derby database directly (not through the code measured): every invoice of
     * this run is paid once, by one successful attempt and one gateway payment, and the ledger balances.
     */
    private void databaseChecks(Path database, Data data, Path work) {
        System.out.println();
        System.out.println("== Database checks (the server's Derby database, read after the server stopped)");
        System.setProperty("derby.stream.error.file", work.resolve("derby-check.log").toString());
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath());
             Statement s = c.createStatement()) {
            Map<Long, Long> totals = new HashMap<>();
            long paidInFull = 0;
            try (ResultSet r = s.executeQuery("SELECT ID, TOTAL, PAID_AMOUNT, STATUS FROM INVOICE WHERE INVOICE_NUMBER LIKE '"
                    + data.numberPrefix() + "%'")) {
                while (r.next()) {
                    totals.put(r.getLong(1), r.getLong(2));
                    if (r.getLong(2) == r.getLong(3) && "PAID".equals(r.getString(4))) {
                        paidInFull++;
                    }
                }
            }
            long sumTotals = totals.values().stream().mapToLong(Long::longValue).sum();
            verdict("db: " + totals.size() + " invoices of this run stored (" + data.count() + " sent)", totals.size() == data.count());
            verdict("db: every one PAID with paid amount = total (" + paidInFull + ")", paidInFull == data.count());

            Map<Long, Integer> paymentRows = new HashMap<>();
            long paymentSum = 0;
            try (ResultSet r = s.executeQuery("SELECT INVOICE_ID, AMOUNT FROM INVOICE_PAYMENT")) {
                while (r.next()) {
                    if (totals.containsKey(r.getLong(1))) {
                        paymentRows.merge(r.getLong(1), 1, Integer::sum);
                        paymentSum += r.getLong(2);
                    }
                }
            }
            verdict("db: one payment row per invoice (" + paymentRows.size() + " invoices, "
                            + paymentRows.values().stream().filter(n -> n > 1).count() + " with more than one), sum "
                            + paymentSum + " = totals " + sumTotals,
                    paymentRows.size() == totals.size() && paymentRows.values().stream().allMatch(n -> n == 1)
                            && paymentSum == sumTotals);

            Map<Long, Integer> attempts = new HashMap<>();
            Map<Long, Integer> succeeded = new HashMap<>();
            Set<String> orderIds = new HashSet<>();
            try (ResultSet r = s.executeQuery("SELECT ORDER_ID, REFERENCE, STATUS FROM PAYMENT_ATTEMPT WHERE PURPOSE = 'INVOICE'")) {
                while (r.next()) {
                    long invoiceId;
                    try {
                        invoiceId = Long.parseLong(r.getString(2));
                    } catch (NumberFormatException other) {
                        continue;
                    }
                    if (!totals.containsKey(invoiceId)) {
                        continue;
                    }
                    attempts.merge(invoiceId, 1, Integer::sum);
                    orderIds.add(r.getString(1)); // issue 14 §2: the stored, random order id
                    if ("SUCCEEDED".equals(r.getString(3))) {
                        succeeded.merge(invoiceId, 1, Integer::sum);
                    }
                }
            }
            verdict("db: one card attempt per invoice, SUCCEEDED (" + succeeded.size() + " invoices with a success, "
                            + attempts.values().stream().filter(n -> n > 1).count() + " with more than one attempt)",
                    succeeded.size() == totals.size() && attempts.values().stream().allMatch(n -> n == 1)
                            && succeeded.values().stream().allMatch(n -> n == 1));

            long gatewayDone = 0;
            long gatewaySum = 0;
            try (ResultSet r = s.executeQuery("SELECT ORDER_ID, STATUS, AMOUNT FROM SANDBOX_PG_PAYMENT WHERE ORDER_ID LIKE 'BZ%'")) {
                while (r.next()) {
                    if (orderIds.contains(r.getString(1)) && "DONE".equals(r.getString(2))) {
                        gatewayDone++;
                        gatewaySum += r.getLong(3);
                    }
                }
            }
            verdict("db: the sandbox gateway charged each invoice once (" + gatewayDone + " payments, " + gatewaySum
                    + " won)", gatewayDone == totals.size() && gatewaySum == sumTotals);

            long postingSum = single(s, "SELECT COALESCE(SUM(AMOUNT), 0) FROM POSTING");
            long unbalanced = single(s, "SELECT COUNT(*) FROM (SELECT ENTRY_ID FROM POSTING GROUP BY ENTRY_ID"
                    + " HAVING SUM(AMOUNT) <> 0) X");
            verdict("db: the ledger sums to zero (" + postingSum + "), no unbalanced entry (" + unbalanced + ")",
                    postingSum == 0 && unbalanced == 0);
            Set<String> receivables = new HashSet<>();
            data.accountIds().forEach(id -> receivables.add("BA:" + id + ":RECEIVABLE"));
            long open = 0;
            long nonZero = 0;
            try (ResultSet r = s.executeQuery("SELECT A.CODE, COALESCE(SUM(P.AMOUNT), 0) FROM LEDGER_ACCOUNT A"
                    + " JOIN POSTING P ON P.ACCOUNT_ID = A.ID WHERE A.CODE LIKE 'BA:%:RECEIVABLE' GROUP BY A.CODE")) {
                while (r.next()) {
                    if (receivables.contains(r.getString(1)) && r.getLong(2) != 0) {
                        nonZero++;
                        open += r.getLong(2);
                    }
                }
            }
            verdict("db: the bench accounts' receivables are settled (" + nonZero + " accounts with " + open
                    + " won open)", nonZero == 0);
        } catch (SQLException e) {
            fail("db: cannot read the server's database " + database + ": " + e);
        } finally {
            JdbcBaseline.shutdownDerby();
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    // ---------------------------------------------------------------------------------------- helpers

    private void printCpu(long serverCpu, long clientCpu, long items, double seconds) {
        if (items <= 0) {
            return;
        }
        StringBuilder line = new StringBuilder("CPU per invoice  ");
        if (serverCpu >= 0) {
            line.append(String.format("server %.2f ms", serverCpu / 1e6 / items));
        } else {
            line.append("server not visible from here");
        }
        if (clientCpu >= 0) {
            line.append(String.format(", this client %.2f ms", clientCpu / 1e6 / items));
        }
        if (serverCpu >= 0) {
            line.append(String.format("; the server used %.2f of %d cores", serverCpu / 1e9 / seconds,
                    Runtime.getRuntime().availableProcessors()));
        }
        System.out.println(line);
    }

    private static String row(String step, long count, double seconds, String notes) {
        return String.format("%-44s %,10d %9.1f %11s   %s", step, count, seconds,
                seconds > 0 && count > 0 ? String.format("%,.0f", count / seconds) : "-", notes == null ? "" : notes);
    }

    private void printSummary() {
        System.out.println();
        System.out.printf("== Summary (%,d invoices, %,d accounts, %d per call, %d client threads, %d cores shared with"
                        + " other work)%n", invoices, accounts, batch, importThreads, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-44s %10s %9s %11s   %s%n", "step", "invoices", "seconds", "invoices/s", "notes");
        table.forEach(System.out::println);
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
