package com.bizbill.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 §4 (design.md "Tests": benchmark fixtures never ship in the production WAR or EAR): the built WAR
 * (what the README's run command deploys) and the EAR hold no benchmark class and nothing that names the
 * benchmark's fixtures (its old accounts endpoint or its configuration key). Bizbill's own archives are read
 * entry by entry, nested ones (the WAR's {@code WEB-INF/lib}, the EAR's modules and {@code lib/}) too.
 */
class NoBenchCodeShippedIT {

    /** Class paths that only the benchmarks may have. */
    private static final List<String> BENCH_PATHS = List.of("com/bizbill/bench/", "com/bizbill/shared/setup/Bench");
    /** Words that only benchmark fixtures use: the accounts endpoint and the configuration keys. */
    private static final List<String> BENCH_WORDS = List.of("bench-accounts", "bizbill.bench", "BENCH_ACCOUNTS");

    @Test
    void theWarHoldsNoBenchmarkFixture() throws IOException {
        List<String> found = scan(archive("bizbill.war", "../web/target/bizbill.war"));
        assertThat(found).as("benchmark code in the WAR").isEmpty();
    }

    @Test
    void theEarHoldsNoBenchmarkFixture() throws IOException {
        List<String> found = scan(archive("bizbill.ear", "target/bizbill.ear"));
        assertThat(found).as("benchmark code in the EAR").isEmpty();
    }

    private static Path archive(String property, String fallback) {
        Path file = Path.of(System.getProperty(property, fallback));
        assertThat(file).as("build the archive first (mvn package)").isRegularFile();
        return file;
    }

    private static List<String> scan(Path archive) throws IOException {
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(archive)) {
            scan(archive.getFileName().toString(), in, found);
        }
        return found;
    }

    private static void scan(String where, InputStream in, List<String> found) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        int ours = 0;
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String name = e.getName();
            if (e.isDirectory()) {
                continue;
            }
            if (name.endsWith(".jar") || name.endsWith(".war")) {
                if (name.substring(name.lastIndexOf('/') + 1).startsWith("bizbill")) {
                    scan(where + "!/" + name, new ByteArrayInputStream(zip.readAllBytes()), found);
                }
                continue;
            }
            ours++;
            for (String path : BENCH_PATHS) {
                if (name.startsWith(path) || name.startsWith("WEB-INF/classes/" + path)) {
                    found.add(where + "!/" + name);
                }
            }
            if (name.endsWith(".class") || name.endsWith(".properties") || name.endsWith(".xml")
                    || name.endsWith(".xhtml") || name.endsWith(".json")) {
                // class files keep their string constants in (modified) UTF-8, so the words are found as bytes
                String text = new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1);
                for (String word : BENCH_WORDS) {
                    if (text.contains(word)) {
                        found.add(where + "!/" + name + " names \"" + word + "\"");
                    }
                }
            }
        }
        assertThat(ours).as("entries read in " + where).isPositive();
    }
}
