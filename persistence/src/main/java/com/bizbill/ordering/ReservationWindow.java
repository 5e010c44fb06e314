package com.bizbill.ordering;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * CB-ORD-7: a reserved order may be sent from now until 23:59 of the order day + 30 days; an order with a cashable
 * product or a gift card (상품권/페이) only between 06:00 and 23:59 (people do not receive vouchers at night). Times are
 * in the business zone, by the minute.
 */
public final class ReservationWindow {

    public static final int DAYS_AHEAD = 30;
    public static final LocalTime RESTRICTED_FROM = LocalTime.of(6, 0);
    public static final LocalTime RESTRICTED_UNTIL = LocalTime.of(23, 59);

    /** Why a time is refused: the bundle key and its arguments. */
    public record Refusal(String messageKey, Object... args) {
    }

    private ReservationWindow() {
    }

    /** The last minute an order placed at {@code now} may be reserved for. */
    public static LocalDateTime latest(LocalDateTime now) {
        return now.toLocalDate().plusDays(DAYS_AHEAD).atTime(RESTRICTED_UNTIL);
    }

    public static Optional<Refusal> check(LocalDateTime now, LocalDateTime at, boolean restrictedHours) {
        LocalDateTime minute = at.withSecond(0).withNano(0);
        if (minute.isBefore(now.withSecond(0).withNano(0))) {
            return Optional.of(new Refusal("order.reserve.past"));
        }
        if (minute.isAfter(latest(now))) {
            return Optional.of(new Refusal("order.reserve.tooLate", latest(now).toLocalDate().toString()));
        }
        LocalTime t = minute.toLocalTime();
        if (restrictedHours && t.isBefore(RESTRICTED_FROM)) {
            return Optional.of(new Refusal("order.reserve.hours"));
        }
        return Optional.empty();
    }
}
