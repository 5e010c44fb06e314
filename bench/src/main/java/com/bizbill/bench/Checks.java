package com.bizbill.bench;

import java.util.ArrayList;
import java.util.List;

/** A benchmark's checks: each printed as it is made (OK/FAILED) and listed again in the summary. */
final class Checks {

    private final List<String> lines = new ArrayList<>();
    private boolean failed;

    void verdict(String what, boolean ok) {
        String line = (ok ? "OK      " : "FAILED  ") + what;
        System.out.println(line);
        lines.add(line);
        failed |= !ok;
    }

    void fail(String what) {
        verdict(what, false);
    }

    boolean anyFailed() {
        return failed;
    }

    void print() {
        System.out.println("checks:");
        lines.forEach(line -> System.out.println("  " + line));
    }
}
