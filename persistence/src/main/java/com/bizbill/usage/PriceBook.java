package com.bizbill.usage;

import com.bizbill.messaging.MessageType;
import java.time.LocalDate;
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

    public long unitPrice(MessageType type, long storeId, LocalDate day) {
        return inEffect(type, storeId, day).or(() -> inEffect(type, null, day)).map(Price::unitPrice)
                .orElseThrow(() -> new IllegalStateException("no " + type + " price in effect on " + day));
    }

    private Optional<Price> inEffect(MessageType type, Long storeId, LocalDate day) {
        return prices.stream().filter(p -> p.type() == type)
                .filter(p -> storeId == null ? p.storeId() == null : storeId.equals(p.storeId()))
                .filter(p -> !p.validFrom().isAfter(day)).max(Comparator.comparing(Price::validFrom));
    }
}
