package com.bizbill.bench;

import static com.bizbill.bench.OrderBenchmark.expect;
import static com.bizbill.bench.OrderBenchmark.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issue 21: one order of 10,000 recipients dispatched through the sandboxes: the time to accept it, the time until
 * every coupon is issued and every Alimtalk handed to the gateway (the dispatch job's run; aim < 30 s here), then the
 * time until every delivery report is applied (the report job), recipients/s and server CPU per recipient, with the
 * checks: every recipient succeeded, the order completed, the wallet paid exactly the order. Options:
 * {@code bench.recipients} (10,000), {@code bench.serverJvm}, {@code bench.keep}.
 */
public final class DispatchBenchmark {

    private static final double AIM_SECONDS = 30.0;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final int recipients = Bench.number("bench.recipients", 10_000);
    private final int startTimeout = Bench.number("bench.startTimeout", 300);
    private final String serverJvm = Bench.text("bench.serverJvm", "-Xmx1g");
    private final boolean keep = Boolean.parseBoolean(Bench.text("bench.keep", "false"));
    private final Path root = Path.of(Bench.text("bench.root", Path.of("").toAbsolutePath().getParent().toString()));
    private final Checks checks = new Checks();
    private String orderNumber;

    public static void main(String[] args) throws Exception {
        System.exit(new DispatchBenchmark().run());
    }

    private int run() throws Exception {
        System.out.printf("Bizbill dispatch benchmark: one order of %,d recipients issued and sent through the "
                + "sandboxes; %d CPU cores (shared machine: figures are noisy)%n", recipients,
                Runtime.getRuntime().availableProcessors());
        Path work = Files.createTempDirectory("bizbill-dispatch-bench-");
        PayaraMicroProcess server = null;
        try {
            server = PayaraMicroProcess.launch(root, work.resolve("app"), serverJvm, List.of(),
                    Duration.ofSeconds(startTimeout), "demo data");
            try (Http http = new Http(server.baseUrl())) {
                drive(http, server);
            }
        } catch (IOException | RuntimeException e) {
            e.printStackTrace(System.out);
            if (server != null) {
                server.printLogTail(40);
            }
            checks.fail("the benchmark could not drive the API: " + e);
        } finally {
            if (server != null) {
                server.close();
            }
            if (orderNumber != null) {
                databaseChecks(work.resolve("app").resolve("derby").resolve("bizbill"), work);
            }
            if (!keep) {
                Bench.deleteTree(work);
            } else {
                System.out.println("kept " + work);
            }
        }
        checks.print();
        System.out.println(checks.anyFailed() ? "RESULT: FAILED" : "RESULT: OK");
        return checks.anyFailed() ? 1 : 0;
    }

    private void drive(Http http, PayaraMicroProcess server) throws IOException, InterruptedException {
        Map<String, String> coupon = Map.of("X-API-Key", OrderBenchmark.DEMO_COUPON_KEY);
        checks.verdict("catalog job", "COMPLETED".equals(runJob(http, "catalog-refresh",
                LocalDate.now(SEOUL).toString(), 120)));
        JsonObject product = json(expect(http.get("/api/v1/catalog/products?q=%EC%95%84%EB%A9%94%EB%A6%AC%EC%B9%B4%EB%85%B8",
                coupon), 200)).getJsonArray("items").getJsonObject(0);
        long price = product.getJsonArray("options").getJsonObject(0).getJsonNumber("price").longValue();
        JsonArray templates = Json.createReader(new StringReader(expect(http.get("/api/v1/catalog/templates", coupon),
                200))).readArray();
        for (long left = price * recipients; left > 0; left -= 100_000_000L) {
            expect(http.post("/api/v1/wallet/charges", Map.of("X-API-Key", OrderBenchmark.DEMO_COUPON_KEY,
                    "Idempotency-Key", "bench-" + UUID.randomUUID()), "{\"amount\": "
                    + Math.max(1_000, Math.min(left, 100_000_000L)) + "}"), 201);
        }
        long before = json(expect(http.get("/api/v1/wallet", coupon), 200)).getJsonNumber("balance").longValue();

        // numbers ending in 12: none of the sandbox gateway's failing suffixes
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < recipients; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"mobile\":\"0107").append(String.format("%05d", i))
                    .append("12\",\"name\":\"수신").append(i % 1000).append("\"}");
        }
        String body = "{\"type\":\"GENERAL\",\"products\":[{\"productId\":" + product.getJsonNumber("id")
                + ",\"validityDays\":" + product.getJsonArray("options").getJsonObject(0).getInt("validityDays")
                + "}],\"sendTitle\":\"벤치마크 발송\",\"templateId\":" + templates.getJsonObject(0).getJsonNumber("id")
                + ",\"termsAccepted\":true,\"recipients\":[" + rows + "]}";
        long t0 = System.nanoTime();
        JsonObject order = json(expect(http.post("/api/v1/orders", Map.of("X-API-Key", OrderBenchmark.DEMO_COUPON_KEY,
                "Idempotency-Key", "bench-" + UUID.randomUUID()), body), 201));
        double accept = (System.nanoTime() - t0) / 1e9;
        String number = order.getString("number");
        orderNumber = number;
        System.out.printf("accepted         %s, %,d recipients, in %.2f s%n", number, recipients, accept);

        long cpu0 = server.cpuNanos();
        long t1 = System.nanoTime();
        String dispatched = runJob(http, "coupon-dispatch", number, 1_800);
        double send = (System.nanoTime() - t1) / 1e9;
        double sendCpu = (server.cpuNanos() - cpu0) / 1e9;
        checks.verdict("dispatch run " + dispatched, "COMPLETED".equals(dispatched));
        System.out.printf("issued and sent  %.1f s (%,.0f recipients/s), server CPU %.2f ms per recipient; aim < %.0f s: "
                + "%s (time/aim %.2f)%n", send, recipients / send, sendCpu * 1e3 / recipients, AIM_SECONDS,
                send < AIM_SECONDS ? "reached" : "NOT reached", send / AIM_SECONDS);

        Thread.sleep(1_500); // the sandbox gateway reports a message a second after taking it
        long t2 = System.nanoTime();
        String slot = slot(ZonedDateTime.now(SEOUL));
        String reported = runJob(http, "message-delivery-reports", slot, 1_800);
        double report = (System.nanoTime() - t2) / 1e9;
        checks.verdict("report run " + reported, "COMPLETED".equals(reported));
        JsonObject after = json(expect(http.get("/api/v1/orders/" + number, coupon), 200));
        JsonObject progress = after.getJsonObject("progress");
        System.out.printf("reports applied  %.1f s (%,.0f reports/s); order %s: %s%n", report, recipients / report,
                after.getString("status"), progress);
        checks.verdict("every recipient succeeded", progress.getJsonNumber("success").longValue() == recipients);
        checks.verdict("the order completed", "COMPLETED".equals(after.getString("status")));
        long balance = json(expect(http.get("/api/v1/wallet", coupon), 200)).getJsonNumber("balance").longValue();
        checks.verdict("the wallet paid exactly the order", before - balance == order.getJsonNumber("finalAmount")
                .longValue());
    }

    /**
     * Reads the stopped server's Derby database directly (not through the code measured): each of the order's coupons
     * was asked of the sandbox supplier once (no transaction id repeated) and is in its books once, and each recipient
     * got one message (no reference sent twice).
     */
    private void databaseChecks(Path database, Path work) {
        System.setProperty("derby.stream.error.file", work.resolve("derby-check.log").toString());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath());
             java.sql.Statement s = c.createStatement()) {
            long orderId = single(s, "SELECT ID FROM COUPON_ORDER WHERE ORDER_NUMBER = '" + orderNumber + "'");
            long coupons = single(s, "SELECT COUNT(*) FROM ORDER_COUPON WHERE ORDER_ID = " + orderId
                    + " AND STATUS = 'ISSUED'");
            long atSupplier = single(s, "SELECT COUNT(*) FROM SANDBOX_SUPPLIER_COUPON s JOIN ORDER_COUPON c "
                    + "ON s.TRANSACTION_ID = 'BZC' || TRIM(CAST(CAST(c.ID AS CHAR(20)) AS VARCHAR(20))) "
                    + "WHERE c.ORDER_ID = " + orderId);
            long repeated = single(s, "SELECT COALESCE(SUM(REPEATED_ISSUES), 0) FROM SANDBOX_SUPPLIER_COUPON");
            long messages = single(s, "SELECT COUNT(*) FROM SANDBOX_MESSAGE m JOIN ORDER_RECIPIENT r "
                    + "ON m.CLIENT_REF = r.MESSAGE_REF WHERE r.ORDER_ID = " + orderId);
            long twice = single(s, "SELECT COUNT(*) FROM (SELECT CLIENT_REF FROM SANDBOX_MESSAGE "
                    + "WHERE CLIENT_REF LIKE 'CPN-%' GROUP BY CLIENT_REF HAVING COUNT(*) > 1) t");
            System.out.printf("database         %,d coupons issued, %,d in the supplier's books, %,d repeated issue calls;"
                    + " %,d messages, %,d references sent twice%n", coupons, atSupplier, repeated, messages, twice);
            checks.verdict("each coupon issued once at the supplier", coupons == recipients && atSupplier == coupons
                    && repeated == 0);
            checks.verdict("each recipient sent one message", messages == recipients && twice == 0);
        } catch (java.sql.SQLException e) {
            checks.fail("the database checks could not read the database: " + e);
        } finally {
            try {
                java.sql.DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (java.sql.SQLException expected) {
                // Derby reports its shutdown as an exception
            }
        }
    }

    private static long single(java.sql.Statement s, String sql) throws java.sql.SQLException {
        try (java.sql.ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Starts a job for a period by the operator's API and waits for its end; returns its status. */
    static String runJob(Http http, String job, String period, int maxSeconds) throws IOException,
            InterruptedException {
        Map<String, String> operator = Map.of("X-API-Key", OrderBenchmark.DEMO_OPERATOR_KEY);
        long id = json(expect(http.post("/api/v1/jobs/" + job + "/runs?period=" + period, operator, "{}"), 202))
                .getJsonNumber("runId").longValue();
        for (int i = 0; i < maxSeconds * 4; i++) {
            String status = json(expect(http.get("/api/v1/jobs/runs/" + id, operator), 200)).getString("status");
            if (!"RUNNING".equals(status)) {
                return status;
            }
            Thread.sleep(250);
        }
        return "RUNNING";
    }

    private static String slot(ZonedDateTime now) {
        return now.toLocalDate() + "T" + String.format("%02d:%d0", now.getHour(), now.getMinute() / 10);
    }
}
