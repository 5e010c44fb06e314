package com.bizbill.shared.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Whether each outside party's adapter (design.md: sandbox by default, a real HTTP/SMTP adapter by
 * configuration) can be made from the configuration: a half-configured adapter is found when the
 * application starts and on every readiness probe, not by the first customer who pays or sends.
 */
final class OutsideParties {

    private OutsideParties() {
    }

    /** One outside party: its name, the adapter configured, and how to make it (throws when it cannot). */
    record Party(String name, String adapter, Supplier<?> make) {
    }

    /** All parties' states; {@code up} only when every adapter could be made. */
    record State(boolean up, Map<String, String> adapters) {
    }

    static State check(List<Party> parties) {
        Map<String, String> adapters = new LinkedHashMap<>();
        boolean up = true;
        for (Party p : parties) {
            try {
                // a client proxy makes its contextual instance (runs the producer) on toString
                String.valueOf(p.make().get());
                adapters.put(p.name(), p.adapter());
            } catch (RuntimeException e) {
                up = false;
                adapters.put(p.name(), p.adapter() + ": not usable: " + reason(e));
            }
        }
        return new State(up, adapters);
    }

    /** The innermost message (a missing config key is named there), without stack or secrets. */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
