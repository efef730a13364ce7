package org.disputehub.synthetic;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Instants are epoch seconds; all sources write local time of the county (UTC+8). Formatting is
 * done by hand: DateTimeFormatter showed up in profiles of million-record runs.
 */
final class Times {

    static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);
    static final long DAY = 86_400;
    static final long HOUR = 3_600;
    static final long MINUTE = 60;

    private Times() {
    }

    static long startOf(LocalDate day) {
        return day.toEpochDay() * DAY - OFFSET.getTotalSeconds();
    }

    static long epochDay(long instant) {
        return Math.floorDiv(instant + OFFSET.getTotalSeconds(), DAY);
    }

    /** 2026-03-15T09:12:33+08:00 */
    static String iso(long instant) {
        return dateTime(instant, 'T').append("+08:00").toString();
    }

    /** 2026-03-15 09:12:33 */
    static String localText(long instant) {
        return dateTime(instant, ' ').toString();
    }

    /** 2026-03-15 */
    static String date(long instant) {
        return date(new StringBuilder(10), instant).toString();
    }

    /** 2026/3/5, the other way petition exports write dates. */
    static String slashDate(long instant) {
        LocalDate day = LocalDate.ofEpochDay(epochDay(instant));
        return day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth();
    }

    /** 20260315, as record numbers carry the day. */
    static String compactDate(long instant) {
        LocalDate day = LocalDate.ofEpochDay(epochDay(instant));
        StringBuilder text = new StringBuilder(8);
        Digits.pad(text, day.getYear(), 4);
        Digits.pad(text, day.getMonthValue(), 2);
        return Digits.pad(text, day.getDayOfMonth(), 2).toString();
    }

    private static StringBuilder date(StringBuilder text, long instant) {
        LocalDate day = LocalDate.ofEpochDay(epochDay(instant));
        Digits.pad(text, day.getYear(), 4).append('-');
        Digits.pad(text, day.getMonthValue(), 2).append('-');
        return Digits.pad(text, day.getDayOfMonth(), 2);
    }

    private static StringBuilder dateTime(long instant, char separator) {
        long second = Math.floorMod(instant + OFFSET.getTotalSeconds(), DAY);
        StringBuilder text = date(new StringBuilder(25), instant).append(separator);
        Digits.pad(text, second / HOUR, 2).append(':');
        Digits.pad(text, second / MINUTE % 60, 2).append(':');
        return Digits.pad(text, second % 60, 2);
    }

    /** A time of day for a new record: police calls come round the clock, offices keep hours. */
    static long secondOfDay(Source source, Dice dice) {
        return switch (source) {
            case POLICE -> dice.chance(0.75) ? dice.between(7 * HOUR, 23 * HOUR) : dice.between(0L, DAY - 1);
            case HOTLINE -> dice.between(8 * HOUR, 21 * HOUR);
            case PETITION -> dice.between(8 * HOUR + 30 * MINUTE, 17 * HOUR + 30 * MINUTE);
        };
    }
}
