package com.bizbill.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro as a child process, started the way web/pom.xml's payara-micro-maven-plugin starts it,
 * on a free loopback port with a fresh data directory (fresh Derby database, demo data).
 */
final class PayaraMicroProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;
    private final Thread shutdownHook;

    private PayaraMicroProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.shutdownHook = new Thread(this::stop, "stop-payara-micro");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * The built WAR, its server libraries, the post-boot commands and the Payara Micro jar (from
     * web/target, else the local Maven repository) under the project directory {@code root}.
     *
     * @throws IllegalStateException naming what is missing (the WAR is not built yet)
     */
    static List<Path> artifacts(Path root) {
        Path payaraJar = root.resolve("web/target/payara-micro.jar");
        if (!Files.isRegularFile(payaraJar)) {
            String version = Bench.text("bench.payaraVersion", "6.2025.10");
            payaraJar = Path.of(Bench.text("bench.m2", System.getProperty("user.home") + "/.m2/repository"),
                    "fish/payara/extras/payara-micro", version, "payara-micro-" + version + ".jar");
        }
        List<Path> all = List.of(payaraJar, root.resolve("web/target/bizbill.war"),
                root.resolve("web/target/server-lib"), root.resolve("web/src/main/payara/post-boot.asadmin"));
        for (Path needed : all) {
            if (!Files.exists(needed)) {
                throw new IllegalStateException(needed + " is missing: build the WAR first "
                        + "(mvn -o -pl web -am package -DskipTests) or pass -Dbench.url=http://127.0.0.1:8080");
            }
        }
        return all;
    }

    /**
     * Starts the built application (demo mode, schedule tick off: nothing but the benchmark starts a job) on
     * {@code dataDir} and waits until it is ready.
     *
     * @param serverJvm the {@code bench.serverJvm} options, blank-separated; {@code extraJvm} follows them
     * @param note what this start is, for the ready line and the error
     * @throws IllegalStateException when the WAR is not built or the server is not ready within {@code timeout}
     */
    static PayaraMicroProcess launch(Path root, Path dataDir, String serverJvm, List<String> extraJvm,
                                     Duration timeout, String note) throws IOException, InterruptedException {
        List<Path> built = artifacts(root);
        List<String> jvm = new ArrayList<>(serverJvm.isBlank() ? List.of() : List.of(serverJvm.trim().split("\\s+")));
        jvm.addAll(extraJvm);
        long started = System.nanoTime();
        PayaraMicroProcess server = start(built.get(0), built.get(1), built.get(2), built.get(3), dataDir, jvm);
        if (!server.awaitReady(timeout)) {
            server.printLogTail(40);
            server.close();
            throw new IllegalStateException("Payara Micro did not become ready within " + timeout.toSeconds() + " s ("
                    + note + ")");
        }
        System.out.printf("Payara Micro ready after %.0f s at %s (%s)%n", (System.nanoTime() - started) / 1e9,
                server.baseUrl(), note);
        return server;
    }

    private static PayaraMicroProcess start(Path payaraJar, Path war, Path serverLib, Path postBoot, Path dataDir,
                                            List<String> extraJvmOptions) throws IOException {
        int port = freePort();
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(extraJvmOptions);
        command.add("-Dderby.system.home=" + dataDir.resolve("derby"));
        command.add("-Dbizbill.data=" + dataDir);
        command.add("-Dbizbill.demo=true");
        command.add("-Dbizbill.scheduler.enabled=false");
        command.add("-jar");
        command.add(payaraJar.toString());
        command.add("--deploy");
        command.add(war.toString());
        command.add("--contextroot");
        command.add("/");
        command.add("--port");
        command.add(Integer.toString(port));
        command.add("--nocluster");
        command.add("--addlibs");
        command.add(serverLib.toString());
        command.add("--postbootcommandfile");
        command.add(postBoot.toString());
        Path log = dataDir.resolve("payara-micro.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        System.out.println("Started Payara Micro (pid " + process.pid() + ") on port " + port + ", log " + log);
        return new PayaraMicroProcess(process, log, port);
    }

    /** CPU time the server process has used so far, in nanoseconds (-1 when the OS does not tell). */
    long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Waits until the application is deployed (Payara Micro's "ready in" line) and /health answers 200.
     * @return false when the time ran out or the process died
     */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                System.out.println("Payara Micro exited with " + process.exitValue());
                return false;
            }
            if (logContains("ready in")) {
                try (Http http = new Http(baseUrl())) {
                    if (http.get("/health", Map.of()).status() == 200) {
                        return true;
                    }
                } catch (IOException notYet) {
                    // listener not open yet
                }
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private boolean logContains(String text) {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    void printLogTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            System.out.println("---- last " + lines + " lines of " + log + " ----");
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(System.out::println);
            System.out.println("----");
        } catch (IOException e) {
            System.out.println("(cannot read " + log + ": " + e + ")");
        }
    }

    /** Stops the server: a normal shutdown first, then a kill; also its child processes. */
    synchronized void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
