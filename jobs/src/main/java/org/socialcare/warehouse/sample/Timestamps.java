package org.socialcare.warehouse.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Formats instants (epoch seconds) as {@code created_at} texts: ISO-8601 with {@code Z} or an offset. */
final class Timestamps {
    static final long SECONDS_PER_DAY = 86_400L;

    private Timestamps() {
    }

    /** The instant written at the given offset, e.g. {@code 2026-11-16T11:05:09+01:00}; offset 0 gives {@code Z}. */
    static String iso(long epochSecond, ZoneOffset offset) {
        return local(epochSecond, offset) + (offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
    }

    /** The local date and time at the offset, to the second, with no zone: {@code 2026-11-16T11:05:09}. */
    static String local(long epochSecond, ZoneOffset offset) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, offset);
        StringBuilder s = new StringBuilder(25).append(t.toLocalDate()).append('T');
        twoDigits(s, t.getHour()).append(':');
        twoDigits(s, t.getMinute()).append(':');
        return twoDigits(s, t.getSecond()).toString();
    }

    /** A day-first local time as some exports write it, e.g. {@code 16/11/2026 11:05} (not ISO-8601). */
    static String dayFirst(long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        StringBuilder s = new StringBuilder(16);
        twoDigits(s, t.getDayOfMonth()).append('/');
        twoDigits(s, t.getMonthValue()).append('/').append(t.getYear()).append(' ');
        twoDigits(s, t.getHour()).append(':');
        return twoDigits(s, t.getMinute()).toString();
    }

    /** The UTC date of an instant: the dump a record created then belongs to. */
    static LocalDate utcDate(long epochSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, SECONDS_PER_DAY));
    }

    /** Midnight UTC at the start of a date. */
    static long startOf(LocalDate date) {
        return date.toEpochDay() * SECONDS_PER_DAY;
    }

    private static StringBuilder twoDigits(StringBuilder s, int value) {
        return (value < 10 ? s.append('0') : s).append(value);
    }
}
