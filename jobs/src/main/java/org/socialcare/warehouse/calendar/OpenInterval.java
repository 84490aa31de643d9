package org.socialcare.warehouse.calendar;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One opening interval of a weekday, in local wall-clock time, at whole-second precision.
 *
 * <p>An end at or before the start means the interval runs past midnight into the next day
 * ({@code 22:00-02:00}); an end of {@code 00:00} is the same as {@code 24:00}, so {@code 00:00-24:00}
 * is the whole day. An interval is therefore 1 second to 24 hours long (start == end is 24 hours).
 */
public record OpenInterval(LocalTime start, LocalTime end) implements Serializable {
    static final int SECONDS_PER_DAY = 86_400;

    public OpenInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.getNano() != 0 || end.getNano() != 0) {
            throw new IllegalArgumentException("opening times are whole seconds, got " + start + "-" + end);
        }
    }

    /** Start as seconds after local midnight of the day the interval belongs to. */
    public int startSecondOfDay() {
        return start.toSecondOfDay();
    }

    /** Wall-clock length in seconds, 1 .. 86400 (the elapsed time may differ on a DST day). */
    public int lengthSeconds() {
        int length = end.toSecondOfDay() - start.toSecondOfDay();
        return length <= 0 ? length + SECONDS_PER_DAY : length;
    }

    /** True when the interval ends after midnight (an end of 24:00 does not count). */
    public boolean endsNextDay() {
        return startSecondOfDay() + lengthSeconds() > SECONDS_PER_DAY;
    }

    /** The compact form, e.g. {@code 09:00-18:00}, {@code 22:00-02:00}, {@code 00:00-24:00}. */
    @Override
    public String toString() {
        String endText = end.equals(LocalTime.MIDNIGHT) ? "24:00" : format(end);
        return format(start) + "-" + endText;
    }

    private static String format(LocalTime t) {
        String hm = String.format("%02d:%02d", t.getHour(), t.getMinute());
        return t.getSecond() == 0 ? hm : hm + String.format(":%02d", t.getSecond());
    }
}
