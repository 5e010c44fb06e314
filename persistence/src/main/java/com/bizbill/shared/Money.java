package com.bizbill.shared;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of Korean won. Won has no minor unit, so a whole {@code long} is exact;
 * no floating point is ever used for money (design.md "Money and time").
 * Arithmetic overflows throw instead of wrapping silently.
 */
public final class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;
    public static final Money ZERO = new Money(0);

    private final long won;

    private Money(long won) {
        this.won = won;
    }

    public static Money won(long won) {
        return won == 0 ? ZERO : new Money(won);
    }

    public long won() {
        return won;
    }

    public Money plus(Money other) {
        return won(Math.addExact(won, other.won));
    }

    public Money minus(Money other) {
        return won(Math.subtractExact(won, other.won));
    }

    public Money negate() {
        return won(Math.negateExact(won));
    }

    public Money times(long factor) {
        return won(Math.multiplyExact(won, factor));
    }

    /** This amount times numerator/denominator, rounded half up to a won (fees, refunds: design.md). */
    public Money fraction(long numerator, long denominator) {
        return won(Rounding.halfUp(Math.multiplyExact(won, numerator), denominator));
    }

    public boolean isZero() {
        return won == 0;
    }

    public boolean isNegative() {
        return won < 0;
    }

    public boolean isPositive() {
        return won > 0;
    }

    public boolean isGreaterThan(Money other) {
        return won > other.won;
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(won, o.won);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.won == won;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(won);
    }

    /** "12,345원" in Korean, "₩12,345" otherwise. */
    public String format(Locale locale) {
        String digits = NumberFormat.getIntegerInstance(Locale.KOREA).format(won);
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? digits + "원" : "₩" + digits;
    }

    @Override
    public String toString() {
        return won + " KRW";
    }
}
