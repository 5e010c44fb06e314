package com.bizbill.shared.limits;

import com.bizbill.shared.WholeNumbers;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import java.math.BigDecimal;
import java.util.List;

/**
 * The one way a number from outside becomes a {@code long} (design.md "Numbers at the boundary"): forms,
 * files, query parameters and JSON bodies all come through here, and a refusal is a field error naming
 * the field, with the bundle key of its message and the range as arguments.
 */
public final class BoundedNumbers {

    private BoundedNumbers() {
    }

    /** Text typed in a form or read from a file cell ("12,000", "12000원"). */
    public static long parse(String field, String text, long min, long max) {
        try {
            return WholeNumbers.parse(text, min, max);
        } catch (WholeNumbers.Refused r) {
            throw refusal(field, r);
        }
    }

    /** A number the JSON parser read exactly. */
    public static long exact(String field, BigDecimal value, long min, long max) {
        try {
            return WholeNumbers.exact(value, min, max);
        } catch (WholeNumbers.Refused r) {
            throw refusal(field, r);
        }
    }

    /** A value already in a {@code long} (a service's argument) checked against its business range. */
    public static long require(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw refusal(field, WholeNumbers.Reason.OUT_OF_RANGE, min, max);
        }
        return value;
    }

    public static BizbillException refusal(String field, WholeNumbers.Refused r) {
        return refusal(field, r.reason(), r.min(), r.max());
    }

    /** The field error of a whole number outside [min, max], for services that gather several errors. */
    public static BizbillException.FieldError rangeError(String field, long min, long max) {
        return new BizbillException.FieldError(field, WholeNumbers.Reason.OUT_OF_RANGE.key(), List.of(min, max));
    }

    public static BizbillException.FieldError fieldError(String field, WholeNumbers.Refused r) {
        return new BizbillException.FieldError(field, r.reason().key(), List.of(r.min(), r.max()));
    }

    private static BizbillException refusal(String field, WholeNumbers.Reason reason, long min, long max) {
        ErrorCode code = reason == WholeNumbers.Reason.OUT_OF_RANGE ? ErrorCode.AMOUNT_OUT_OF_RANGE
                : ErrorCode.VALIDATION_FAILED;
        return new BizbillException(code, field + ": " + reason.name().toLowerCase().replace('_', ' ')
                + " (a whole number from " + min + " to " + max + ")",
                List.of(new BizbillException.FieldError(field, reason.key(), List.of(min, max))));
    }
}
