package com.bizbill.it;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assertions;

/** The application as built by `package`, deployed as-is (plus the test classes for in-container tests). */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/bizbill.war"));
    }

    /** The application plus {@link FixtureServlet}, with which a client-side test makes its own organisations. */
    static WebArchive applicationWithFixtures() {
        return application().addClasses(FixtureServlet.class, Fixtures.class);
    }

    /**
     * Client side: asks the deployment's {@link FixtureServlet} for a fixture ({@code "customer?method=CARD_AUTO"},
     * {@code "company?card=…"}, {@code "store"}) and returns what it made, by name.
     */
    static java.util.Map<String, String> fixture(String base, String what) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(base + "/it-fixtures/" + what))
                        .timeout(java.time.Duration.ofSeconds(60))
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        Assertions.assertEquals(200, r.statusCode(), "fixture " + what + ": " + r.body());
        java.util.Map<String, String> made = new java.util.HashMap<>();
        for (String line : r.body().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                made.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return made;
    }

    /**
     * Arquillian's URL with the host forced to IPv4 loopback (Payara Micro reports its LAN address).
     * 127.0.0.1 rather than "localhost": a browser class once saw Payara's bare 404 page for every
     * request on a fresh run while plain HTTP clients reached the app; the literal address keeps every
     * client on the same socket.
     */
    static String base(URL url) {
        URI u = URI.create(url.toString());
        String path = u.getPath().endsWith("/") ? u.getPath().substring(0, u.getPath().length() - 1) : u.getPath();
        return "http://127.0.0.1:" + u.getPort() + path;
    }

    /** Waits (up to 30 s) for a job run to leave RUNNING and returns it; in-container tests only. */
    static com.bizbill.shared.jobs.JobRun awaitRun(com.bizbill.shared.jobs.JobRunService jobs,
                                                   com.bizbill.shared.jobs.JobRun run) throws InterruptedException {
        return awaitRun(jobs, run, java.time.Duration.ofSeconds(30));
    }

    /** Waits at most {@code limit} for the run to end (a big run, such as a 10,000-recipient dispatch). */
    static com.bizbill.shared.jobs.JobRun awaitRun(com.bizbill.shared.jobs.JobRunService jobs,
                                                   com.bizbill.shared.jobs.JobRun run, java.time.Duration limit)
            throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until
                && jobs.find(run.getId()).getStatus() == com.bizbill.shared.jobs.JobRunStatus.RUNNING) {
            Thread.sleep(100);
        }
        return jobs.find(run.getId());
    }

    /**
     * Issue 16 §1: one pass of a job's chunk work as its chunk step makes it (the items in the reader's order, in
     * chunks), without the batch runtime and its claim: for periods the job itself would refuse (this month), and to
     * see what one pass did.
     */
    static <I> com.bizbill.shared.jobs.ItemCounts runWork(com.bizbill.shared.jobs.ChunkWork<I> work, String period) {
        var counts = com.bizbill.shared.jobs.ItemCounts.NONE;
        var items = work.items(period, com.bizbill.shared.jobs.JobPartition.WHOLE, null);
        List<I> chunk = new ArrayList<>();
        while (items.hasNext()) {
            chunk.add(items.next());
            if (chunk.size() == 100 || !items.hasNext()) {
                counts = counts.plus(work.process(period, chunk));
                chunk = new ArrayList<>();
            }
        }
        if (counts.inError() == 0) {
            work.finished(period, com.bizbill.shared.jobs.JobPartition.WHOLE);
        }
        return counts;
    }

    /**
     * Fires {@code n} calls of {@code debit} at once (released together by a latch) on the container's
     * managed executor; a call may only fail with {@code refusal}. Returns how many succeeded.
     */
    static int concurrently(int n, ErrorCode refusal, Runnable debit) throws Exception {
        return concurrentlyAny(n, refusal == null ? java.util.Set.of() : java.util.Set.of(refusal), debit);
    }

    /** As above, where a call may fail with any of {@code refusals}. */
    static int concurrentlyAny(int n, java.util.Set<ErrorCode> refusals, Runnable debit) throws Exception {
        ManagedExecutorService executor =
                InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger ok = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(executor.submit(() -> {
                start.await();
                try {
                    debit.run();
                    ok.incrementAndGet();
                } catch (BizbillException e) {
                    Assertions.assertTrue(refusals.contains(e.getCode()), e.getCode() + ": " + e.getMessage());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        return ok.get();
    }
}
