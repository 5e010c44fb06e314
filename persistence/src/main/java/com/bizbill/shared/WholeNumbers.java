package com.bizbill.shared;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numbers at the boundary (design.md "Who is calling, and what went wrong"): every amount or count read
 * from JSON, a form, a file or a query is a whole number inside its range, or it is refused. A fraction,
 * a value beyond {@code long} or one beyond the business maximum never becomes a different number: the
 * JSON binder truncated 1000.7 to 1000 and wrapped 1e30 around, which is what this class exists to stop.
 */
public final class WholeNumbers {

    /**
     * The fixed ceiling of any one amount Bizbill stores or posts: 1,000조 won (10^15). Far above every
     * business maximum, and low enough that adding up nine thousand such amounts still fits in a {@code long},
     * so bounded money arithmetic cannot overflow.
     */
    public static final long MONEY_CEILING = 1_000_000_000_000_000L;

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private WholeNumbers() {
    }

    /** Why a number was refused; {@link #key()} is the bundle key of the message (args: min, max). */
    public enum Reason {
        NOT_A_NUMBER, NOT_WHOLE, OUT_OF_RANGE;

        public String key() {
            return switch (this) {
                case NOT_A_NUMBER -> "number.notANumber";
                case NOT_WHOLE -> "number.notWhole";
                case OUT_OF_RANGE -> "number.outOfRange";
            };
        }
    }

    /** A refused number: the reason and the range it had to be in. */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Reason reason;
        private final long min;
        private final long max;

        Refused(Reason reason, long min, long max, String text) {
            super(reason + " (" + min + ".." + max + "): " + abbreviate(text));
            this.reason = reason;
            this.min = min;
            this.max = max;
        }

        public Reason reason() {
            return reason;
        }

        public long min() {
            return min;
        }

        public long max() {
            return max;
        }
    }

    /**
     * Reads text typed in a form or a file cell: digits with an optional sign, thousands separators
     * ({@code ,}) and a trailing "원"; {@code 1000.0} is 1000, {@code 1000.5} is refused.
     */
    public static long parse(String text, long min, long max) {
        if (text == null) {
            throw new Refused(Reason.NOT_A_NUMBER, min, max, "null");
        }
        String t = text.strip();
        if (t.endsWith("원")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        t = t.replace(",", "");
        // plain decimal notation only: no exponent, no hex, no spaces inside, at most 40 characters
        if (t.isEmpty() || t.length() > 40 || !t.matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
            throw new Refused(Reason.NOT_A_NUMBER, min, max, text);
        }
        return exact(new BigDecimal(t), min, max);
    }

    /** A number as the JSON parser read it (exactly, as a BigDecimal): whole and within [min, max]. */
    public static long exact(BigDecimal value, long min, long max) {
        if (value == null) {
            throw new Refused(Reason.NOT_A_NUMBER, min, max, "null");
        }
        // an exponent like 1e400000000 would make toBigInteger allocate without end: judge by its size first
        if (value.precision() - value.scale() > 40) {
            throw new Refused(Reason.OUT_OF_RANGE, min, max, "1e" + (value.precision() - value.scale()));
        }
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new Refused(Reason.NOT_WHOLE, min, max, value.toPlainString());
        }
        BigInteger n = whole.toBigIntegerExact();
        if (n.compareTo(LONG_MIN) < 0 || n.compareTo(LONG_MAX) > 0 || n.longValue() < min || n.longValue() > max) {
            throw new Refused(Reason.OUT_OF_RANGE, min, max, n.toString());
        }
        return n.longValue();
    }

    /** The last line of defence in entities and the ledger: an amount beyond the ceiling is a programming error. */
    public static long withinCeiling(long won) {
        if (won > MONEY_CEILING || won < -MONEY_CEILING) {
            throw new IllegalArgumentException("amount " + won + " is beyond the money ceiling " + MONEY_CEILING);
        }
        return won;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
