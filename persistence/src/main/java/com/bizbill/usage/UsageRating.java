package com.bizbill.usage;

import com.bizbill.messaging.MessageType;
import com.bizbill.shared.Money;
import com.bizbill.shared.Vat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Rates a store's month (NB-PRICE-1, NB-CYC-1): each day's delivered count of a type times the unit
 * price in effect that day, summed per type; supply is the sum, VAT and total from the single VAT rule.
 * The counting itself is done by the database (grouped by store, type and day); this only multiplies.
 */
public final class UsageRating {

    private UsageRating() {
    }

    /**
     * Delivered messages of one type on one day; {@code carried}: of an earlier month, known delivered only
     * after that month was billed (NB-CYC-1), billed now at that day's price.
     */
    public record DailyCount(MessageType type, LocalDate day, long count, boolean carried) {

        public DailyCount(MessageType type, LocalDate day, long count) {
            this(type, day, count, false);
        }
    }

    /** Count and amount (won, VAT excluded) of one type. */
    public record Line(long count, long amount) {
    }

    /** A rated month: per type, then supply, VAT and total; {@code carried} of the counts came from earlier months. */
    public record Rated(Map<MessageType, Line> lines, long supply, long vat, long total, long carried) {

        public Line line(MessageType type) {
            return lines.getOrDefault(type, new Line(0, 0));
        }

        public long count() {
            return lines.values().stream().mapToLong(Line::count).sum();
        }
    }

    public static Rated rate(long storeId, List<DailyCount> counts, PriceBook prices) {
        Map<MessageType, Line> lines = new EnumMap<>(MessageType.class);
        for (DailyCount c : counts) {
            long amount = Math.multiplyExact(c.count(), prices.unitPrice(c.type(), storeId, c.day()));
            lines.merge(c.type(), new Line(c.count(), amount),
                    (a, b) -> new Line(a.count() + b.count(), Math.addExact(a.amount(), b.amount())));
        }
        long supply = lines.values().stream().mapToLong(Line::amount).reduce(0, Math::addExact);
        Vat.Breakdown b = Vat.fromSupply(Money.won(supply));
        long carried = counts.stream().filter(DailyCount::carried).mapToLong(DailyCount::count).sum();
        return new Rated(lines, b.supply().won(), b.vat().won(), b.total().won(), carried);
    }
}
