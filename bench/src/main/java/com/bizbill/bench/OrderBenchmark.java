package com.bizbill.bench;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issue 20 §2: one coupon order of 10,000 recipients through {@code POST /api/v1/orders}, as a partner's system places
 * it: the time until the paid order is answered and the server's CPU for it, against the aim of under 2 s here.
 * Setup (not measured): the demo server, the catalog job, 50 M won charged to the demo coupon company's wallet by its
 * card, and a few small orders to warm up. Options: {@code bench.orders} (3 measured orders), {@code bench.recipients}
 * (10,000), {@code bench.warmupOrders} (20 orders of 100), {@code bench.serverJvm}, {@code bench.keep}.
 */
public final class OrderBenchmark {

    static final String DEMO_COUPON_KEY = "bzb_demo_coupon_key_000000000000000000000000";
    static final String DEMO_OPERATOR_KEY = InvoiceBenchmark.DEMO_BILLING_KEY;
    private static final double AIM_SECONDS = 2.0;

    private final int orders = Bench.number("bench.orders", 3);
    private final int recipients = Bench.number("bench.recipients", 10_000);
    private final int warmupOrders = Bench.number("bench.warmupOrders", 20);
    private final int startTimeout = Bench.number("bench.startTimeout", 300);
    private final String serverJvm = Bench.text("bench.serverJvm", "-Xmx1g");
    private final boolean keep = Boolean.parseBoolean(Bench.text("bench.keep", "false"));
    private final Path root = Path.of(Bench.text("bench.root", Path.of("").toAbsolutePath().getParent().toString()));
    private final Checks checks = new Checks();

    public static void main(String[] args) throws Exception {
        System.exit(new OrderBenchmark().run());
    }

    private int run() throws Exception {
        System.out.printf("Bizbill order benchmark: %d orders of %,d recipients through POST /api/v1/orders after %d "
                + "warm-up orders; %d CPU cores (shared machine: figures are noisy)%n", orders, recipients, warmupOrders,
                Runtime.getRuntime().availableProcessors());
        Path work = Files.createTempDirectory("bizbill-order-bench-");
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
                server.printLogTail(30);
            }
            checks.fail("the benchmark could not drive the API: " + e);
        } finally {
            if (server != null) {
                server.close();
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
        String today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
        checks.verdict("catalog job", "COMPLETED".equals(DispatchBenchmark.runJob(http, "catalog-refresh", today, 60)));
        Map<String, String> coupon = Map.of("X-API-Key", DEMO_COUPON_KEY);
        JsonObject product = json(expect(http.get("/api/v1/catalog/products?q=%EC%95%84%EB%A9%94%EB%A6%AC%EC%B9%B4%EB%85%B8",
                coupon), 200)).getJsonArray("items").getJsonObject(0);
        long productId = product.getJsonNumber("id").longValue();
        long price = product.getJsonArray("options").getJsonObject(0).getJsonNumber("price").longValue();
        int validity = product.getJsonArray("options").getJsonObject(0).getInt("validityDays");
        JsonArray templates = Json.createReader(new StringReader(expect(http.get("/api/v1/catalog/templates", coupon),
                200))).readArray();
        long templateId = templates.getJsonObject(0).getJsonNumber("id").longValue();
        // what every order will take, charged by the demo card in charges of at most 100 M won (the business maximum)
        long needed = ((long) orders * recipients + (long) warmupOrders * 100) * price;
        for (long left = needed; left > 0; left -= 100_000_000L) {
            expect(http.post("/api/v1/wallet/charges", Map.of("X-API-Key", DEMO_COUPON_KEY, "Idempotency-Key",
                    "bench-" + UUID.randomUUID()), "{\"amount\": " + Math.max(1_000, Math.min(left, 100_000_000L)) + "}"),
                    201);
        }
        long before = json(expect(http.get("/api/v1/wallet", coupon), 200)).getJsonNumber("balance").longValue();

        for (int i = 0; i < warmupOrders; i++) {
            place(http, body(productId, validity, templateId, 100, "9" + String.format("%03d", i % 1000)));
        }
        long paid = (long) warmupOrders * 100 * price;
        List<Double> seconds = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            String body = body(productId, validity, templateId, recipients, String.format("%04d", i));
            long cpu0 = server.cpuNanos();
            long t0 = System.nanoTime();
            JsonObject o = place(http, body);
            double s = (System.nanoTime() - t0) / 1e9;
            double c = (server.cpuNanos() - cpu0) / 1e9;
            seconds.add(s);
            cpu.add(c);
            paid += o.getJsonNumber("finalAmount").longValue();
            checks.verdict("order " + (i + 1) + " has " + recipients + " recipients",
                    o.getInt("recipientCount") == recipients);
            System.out.printf("order %d  %s  %,d recipients accepted in %.2f s, server CPU %.2f s (%.0f µs per "
                    + "recipient)%n", i + 1, o.getString("number"), recipients, s, c, c * 1e6 / recipients);
        }
        long after = json(expect(http.get("/api/v1/wallet", coupon), 200)).getJsonNumber("balance").longValue();
        checks.verdict("the wallet paid exactly the orders (" + paid + " won)", before - after == paid);
        double best = seconds.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double median = seconds.stream().sorted().toList().get(seconds.size() / 2);
        System.out.printf("time to accept   best %.2f s, median %.2f s; aim < %.1f s: %s (median/aim %.2f)%n", best,
                median, AIM_SECONDS, median < AIM_SECONDS ? "reached" : "NOT reached", median / AIM_SECONDS);
        System.out.printf("server CPU       median %.2f s per order of %,d%n",
                cpu.stream().sorted().toList().get(cpu.size() / 2), recipients);
    }

    private JsonObject place(Http http, String body) throws IOException {
        return json(expect(http.post("/api/v1/orders", Map.of("X-API-Key", DEMO_COUPON_KEY, "Idempotency-Key",
                "bench-" + UUID.randomUUID()), body), 201));
    }

    /** An order of {@code n} recipients whose numbers start 010 + {@code prefix}: no duplicates within it. */
    static String body(long productId, int validity, long templateId, int n, String prefix) {
        StringBuilder rows = new StringBuilder(n * 40);
        for (int i = 0; i < n; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"mobile\":\"010").append(prefix)
                    .append(String.format("%04d", i)).append("\",\"name\":\"수신").append(i % 1000).append("\"}");
        }
        return "{\"type\":\"GENERAL\",\"products\":[{\"productId\":" + productId + ",\"validityDays\":" + validity
                + "}],\"sendTitle\":\"벤치마크 주문\",\"templateId\":" + templateId
                + ",\"termsAccepted\":true,\"recipients\":[" + rows + "]}";
    }

    static String expect(Http.Response r, int status) throws IOException {
        if (r.status() != status) {
            throw new IOException("answered " + r.status() + " instead of " + status + ": "
                    + r.body().substring(0, Math.min(400, r.body().length())));
        }
        return r.body();
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
