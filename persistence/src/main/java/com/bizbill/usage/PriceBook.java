package com.bizbill.usage;

import com.bizbill.messaging.MessageType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * NB-PRICE-1: which unit price applies to a message of a store sent on a day — the store's contract
 * price if one is in effect that day, otherwise the list price in effect that day (the latest
 * {@code validFrom} not after the day).
 */
public final class PriceBook {

    /** A unit price (won, VAT excluded) of a type from a day on; storeId null = list price. */
    public record Price(MessageType type, Long storeId, LocalDate validFrom, long unitPrice) {
    }

    private final List<Price> prices;

    public PriceBook(List<Price> prices) {
        this.prices = List.copyOf(prices);
    }

    /** A unit price that applied from {@code from} on, within a month (what a bill prints, issue 16 §3). */
    public record Applied(LocalDate from, long unitPrice) {
    }

    public long unitPrice(MessageType type, long storeId, LocalDate day) {
        return applying(type, storeId, day).map(Price::unitPrice)
                .orElseThrow(() -> new IllegalStateException("no " + type + " price in effect on " + day));
    }

    /**
     * The unit prices of a type that applied to the store's messages of {@code month}, in day order: one, or more
     * when a list or contract price changed within the month; days before any price are left out.
     */
    public List<Applied> appliedIn(MessageType type, long storeId, YearMonth month) {
        List<Applied> applied = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            Optional<Price> p = applying(type, storeId, day);
            if (p.isPresent() && (applied.isEmpty() || applied.get(applied.size() - 1).unitPrice() != p.get().unitPrice())) {
                applied.add(new Applied(day, p.get().unitPrice()));
            }
        }
        return applied;
    }

    private Optional<Price> applying(MessageType type, long storeId, LocalDate day) {
        return inEffect(type, storeId, day).or(() -> inEffect(type, null, day));
    }

    private Optional<Price> inEffect(MessageType type, Long storeId, LocalDate day) {
        return prices.stream().filter(p -> p.type() == type)
                .filter(p -> storeId == null ? p.storeId() == null : storeId.equals(p.storeId()))
                .filter(p -> !p.validFrom().isAfter(day)).max(Comparator.comparing(Price::validFrom));
    }
}
