package com.bizbill.anniversary;

import com.bizbill.addressbook.Anniversary;
import com.bizbill.addressbook.CalendarKind;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CB-ANV-1: on which solar days an anniversary falls. A lunar date is read on ICU4J's Korean calendar (단기/dangi,
 * reckoned at Korea's meridian, so it agrees with the Korean almanac where it differs from the Chinese one).
 *
 * <p>The rules for dates a year does not have, written down here and proved in {@code AnniversaryDatesTest}:
 * <ol>
 * <li><b>Leap month</b> (윤달): a date in a leap month is kept, in a lunar year without that leap month, on the same
 * day of the ordinary month of that number (윤4월 10일 → 4월 10일), as Koreans keep 윤달 birthdays in the 평달.</li>
 * <li><b>The 30th</b> of a lunar month that has 29 days this year falls on its last day, the 29th.</li>
 * <li><b>29 February</b> falls on 28 February in a common year (still in February, before the day is over).</li>
 * </ol>
 * A lunar date is looked for in the lunar year that began in the solar year before and in the one that begins in this
 * solar year, so a lunar date of the 11th or 12th month (January in the solar calendar) is found, and in the rare
 * solar year where a lunar date falls twice (early January and late December) both days count.
 */
public final class AnniversaryDates {

    private static final TimeZone SEOUL = TimeZone.getTimeZone("Asia/Seoul");
    private static final ULocale DANGI = new ULocale("ko_KR@calendar=dangi");

    private AnniversaryDates() {
    }

    /** Whether the anniversary falls on {@code day} (the day of the year of its first date included). */
    public static boolean fallsOn(Anniversary a, LocalDate day) {
        return occurrencesIn(a, day.getYear()).contains(day);
    }

    /** The solar days of {@code year} on which the anniversary falls (none before the year it was written for). */
    public static List<LocalDate> occurrencesIn(Anniversary a, int year) {
        List<LocalDate> out = new ArrayList<>();
        if (a.kind() == CalendarKind.SOLAR) {
            if (year >= a.year()) {
                out.add(solar(a.month(), a.day(), year));
            }
            return out;
        }
        LocalDate first = lunarToSolar(a.year(), a.month(), a.day(), a.leapMonth());
        for (int lunarYear = year - 1; lunarYear <= year; lunarYear++) {
            LocalDate d = lunarToSolar(lunarYear, a.month(), a.day(), a.leapMonth());
            if (d.getYear() == year && !d.isBefore(first)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The next day from {@code from} (inclusive) on which the anniversary falls, within two years. */
    public static Optional<LocalDate> next(Anniversary a, LocalDate from) {
        for (int y = from.getYear(); y <= from.getYear() + 2; y++) {
            Optional<LocalDate> d = occurrencesIn(a, y).stream().filter(x -> !x.isBefore(from)).findFirst();
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** Rule 3: 29 February of a common year is the 28th. */
    static LocalDate solar(int month, int day, int year) {
        if (month == 2 && day == 29 && !java.time.Year.isLeap(year)) {
            return LocalDate.of(year, 2, 28);
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * The solar day of the lunar date {@code month}/{@code day} (leap month if asked) of the lunar year that begins
     * (설날) in the solar year {@code lunarYear}, by rules 1 and 2.
     */
    public static LocalDate lunarToSolar(int lunarYear, int month, int day, boolean leapMonth) {
        // a conversion takes a fraction of a millisecond; a plan of thousands of lunar dates asks for the same few
        // hundred (year, month, day) again and again: at most 200 years x 12 x 30 x 2 entries
        long key = (lunarYear * 10_000L + month * 100L + day) * 2 + (leapMonth ? 1 : 0);
        return CONVERTED.computeIfAbsent(key, k -> convert(lunarYear, month, day, leapMonth));
    }

    private static final java.util.Map<Long, LocalDate> CONVERTED = new java.util.concurrent.ConcurrentHashMap<>();

    private static LocalDate convert(int lunarYear, int month, int day, boolean leapMonth) {
        Calendar cal = Calendar.getInstance(SEOUL, DANGI);
        // mid-year is always inside the lunar year that began at this solar year's 설날 (between 21 Jan and 20 Feb)
        GregorianCalendar mid = new GregorianCalendar(SEOUL);
        mid.clear();
        mid.set(lunarYear, java.util.Calendar.JULY, 1, 12, 0, 0);
        cal.setTimeInMillis(mid.getTimeInMillis());
        int extendedYear = cal.get(Calendar.EXTENDED_YEAR);
        boolean leap = leapMonth && hasLeapMonth(cal, extendedYear, month);
        cal.clear();
        cal.set(Calendar.EXTENDED_YEAR, extendedYear);
        cal.set(Calendar.MONTH, month - 1);
        cal.set(Calendar.IS_LEAP_MONTH, leap ? 1 : 0);
        cal.set(Calendar.DAY_OF_MONTH, 1);
        cal.set(Calendar.HOUR_OF_DAY, 12);
        int last = cal.getActualMaximum(Calendar.DAY_OF_MONTH);
        cal.set(Calendar.DAY_OF_MONTH, Math.min(day, last)); // rule 2
        GregorianCalendar g = new GregorianCalendar(SEOUL);
        g.setTimeInMillis(cal.getTimeInMillis());
        return LocalDate.of(g.get(Calendar.YEAR), g.get(Calendar.MONTH) + 1, g.get(Calendar.DAY_OF_MONTH));
    }

    /** Rule 1: whether that lunar year has a leap month after the {@code month}th (ICU moves a missing one on). */
    private static boolean hasLeapMonth(Calendar cal, int extendedYear, int month) {
        cal.clear();
        cal.set(Calendar.EXTENDED_YEAR, extendedYear);
        cal.set(Calendar.MONTH, month - 1);
        cal.set(Calendar.IS_LEAP_MONTH, 1);
        cal.set(Calendar.DAY_OF_MONTH, 1);
        cal.set(Calendar.HOUR_OF_DAY, 12);
        cal.getTimeInMillis();
        return cal.get(Calendar.EXTENDED_YEAR) == extendedYear && cal.get(Calendar.MONTH) == month - 1
                && cal.get(Calendar.IS_LEAP_MONTH) == 1;
    }

    /** The solar date as a recipient's message reads it: {@code 3월 5일}. */
    public static String spoken(LocalDate d) {
        return d.getMonthValue() + "월 " + d.getDayOfMonth() + "일";
    }
}
