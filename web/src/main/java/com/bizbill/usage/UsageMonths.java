package com.bizbill.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The months a usage screen offers (this one and the 12 before), from the one application clock. */
@Named
@ApplicationScoped
public class UsageMonths {

    @Inject
    Clock clock;

    public YearMonth current() {
        return YearMonth.now(clock);
    }

    /** Newest first: this month and the twelve before. */
    public List<String> getRecent() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            out.add(current().minusMonths(i).toString());
        }
        return out;
    }

    /** A month from a request parameter, or {@code fallback} when absent or malformed. */
    public YearMonth parse(String month, YearMonth fallback) {
        try {
            return month == null || month.isBlank() ? fallback : YearMonth.parse(month.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }
}
