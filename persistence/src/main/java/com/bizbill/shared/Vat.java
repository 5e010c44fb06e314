package com.bizbill.shared;

/**
 * The single VAT rule of Bizbill (design.md "Money and time"; Korean VAT is 10 %).
 * <ul>
 * <li>from a supply amount: {@code vat = floor(supply / 10)}, total = supply + vat;</li>
 * <li>from an amount that includes VAT: {@code supply = round_half_up(total * 10 / 11)}, vat = total - supply.</li>
 * </ul>
 * Every screen, document and job takes VAT from here, never computes it itself.
 */
public final class Vat {

    private Vat() {
    }

    public static Breakdown fromSupply(Money supply) {
        requireNotNegative(supply);
        Money vat = Money.won(Math.floorDiv(supply.won(), 10));
        return new Breakdown(supply, vat, supply.plus(vat));
    }

    public static Breakdown fromTotal(Money total) {
        requireNotNegative(total);
        Money supply = Money.won(Rounding.halfUp(Math.multiplyExact(total.won(), 10L), 11));
        return new Breakdown(supply, total.minus(supply), total);
    }

    private static void requireNotNegative(Money amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("VAT is computed on non-negative amounts, got " + amount);
        }
    }

    /** Supply amount, VAT and total (incl. VAT); supply + vat == total always. */
    public record Breakdown(Money supply, Money vat, Money total) {
    }
}
