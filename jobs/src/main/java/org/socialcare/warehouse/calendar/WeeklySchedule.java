package org.socialcare.warehouse.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Weekly opening hours in local time plus holiday dates. Immutable and serializable; the time zone is
 * not part of the schedule (see {@link BusinessCalendar}).
 *
 * <p>Rules:
 * <ul>
 *   <li>Each {@link OpenInterval} belongs to the weekday it <em>starts</em> on; one whose end is at or
 *       before its start runs past midnight ({@code fri 22:00-02:00} is open Fri 22:00 - Sat 02:00).</li>
 *   <li>A holiday closes every interval that starts on that local date, including its part after
 *       midnight. An interval that started the evening before and runs into a holiday stays open to its
 *       end: with {@code fri 22:00-02:00}, a Saturday holiday changes nothing, a Friday holiday removes
 *       the whole Fri 22:00 - Sat 02:00 interval.</li>
 *   <li>Intervals may overlap, also across days ({@code sun 22:00-02:00; mon 00:00-24:00}); open time
 *       is their union, counted once.</li>
 * </ul>
 * A schedule without any interval is "always closed"; {@link #parse} refuses to build one.
 */
public final class WeeklySchedule implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String[] DAY_NAMES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    private static final WeeklySchedule ALWAYS_OPEN = parse("mon-sun 00:00-24:00");

    /** Per weekday (index 0 = Monday): interval starts in seconds of the day, ascending. */
    private final int[][] starts;
    /** Per weekday: the matching wall-clock lengths in seconds (1 .. 86400). */
    private final int[][] lengths;
    /** Holidays as epoch days, ascending and distinct. */
    private final long[] holidays;

    private WeeklySchedule(int[][] starts, int[][] lengths, long[] holidays) {
        this.starts = starts;
        this.lengths = lengths;
        this.holidays = holidays;
    }

    /** Builds a schedule from intervals per weekday (missing days are closed) and holiday dates. */
    public static WeeklySchedule of(Map<DayOfWeek, ? extends Collection<OpenInterval>> hours,
                                    Collection<LocalDate> holidays) {
        int[][] starts = new int[7][];
        int[][] lengths = new int[7][];
        for (DayOfWeek day : DayOfWeek.values()) {
            Collection<OpenInterval> given = hours.get(day);
            List<OpenInterval> list = given == null ? new ArrayList<>() : new ArrayList<>(given);
            list.sort(Comparator.comparingInt(OpenInterval::startSecondOfDay)
                    .thenComparingInt(OpenInterval::lengthSeconds));
            int i = day.ordinal();
            starts[i] = list.stream().mapToInt(OpenInterval::startSecondOfDay).toArray();
            lengths[i] = list.stream().mapToInt(OpenInterval::lengthSeconds).toArray();
        }
        long[] days = holidays.stream().mapToLong(LocalDate::toEpochDay).sorted().distinct().toArray();
        return new WeeklySchedule(starts, lengths, days);
    }

    /** Open around the clock, every day, no holidays ({@code mon-sun 00:00-24:00}). */
    public static WeeklySchedule alwaysOpen() {
        return ALWAYS_OPEN;
    }

    /**
     * Parses the compact form: clauses separated by {@code ;} or new lines, each a list of days
     * (names or ranges, {@code mon-fri}, {@code sat,sun}, {@code fri-mon}) and a list of intervals
     * ({@code 09:00-18:00}, {@code 08:00-12:00,13:00-17:00}, {@code 22:00-02:00}, {@code 00:00-24:00}).
     * Days named in several clauses get all their intervals. No holidays; see {@link #withHolidays}.
     *
     * @throws IllegalArgumentException {@code cannot parse "<text>": <reason>}
     */
    public static WeeklySchedule parse(String text) {
        return ScheduleParser.parse(text);
    }

    /** The same opening hours with these holidays (replacing any previous ones). */
    public WeeklySchedule withHolidays(Collection<LocalDate> dates) {
        return of(hours(), dates);
    }

    /** The intervals that start on this weekday, ordered by start. */
    public List<OpenInterval> intervals(DayOfWeek day) {
        int i = day.ordinal();
        List<OpenInterval> list = new ArrayList<>(starts[i].length);
        for (int k = 0; k < starts[i].length; k++) {
            LocalTime start = LocalTime.ofSecondOfDay(starts[i][k]);
            list.add(new OpenInterval(start, start.plusSeconds(lengths[i][k])));
        }
        return Collections.unmodifiableList(list);
    }

    /** All intervals by weekday (days without intervals are left out). */
    public Map<DayOfWeek, List<OpenInterval>> hours() {
        Map<DayOfWeek, List<OpenInterval>> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (starts[day.ordinal()].length > 0) {
                map.put(day, intervals(day));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** The holiday dates, ascending. */
    public SortedSet<LocalDate> holidays() {
        TreeSet<LocalDate> set = new TreeSet<>();
        for (long d : holidays) {
            set.add(LocalDate.ofEpochDay(d));
        }
        return Collections.unmodifiableSortedSet(set);
    }

    public boolean isHoliday(LocalDate date) {
        return isHolidayEpochDay(date.toEpochDay());
    }

    /** True when no weekday has an interval: no time is ever open. */
    public boolean isAlwaysClosed() {
        for (int[] day : starts) {
            if (day.length > 0) {
                return false;
            }
        }
        return true;
    }

    /** The opening hours in the compact form {@link #parse} reads, consecutive equal days as ranges. */
    public String hoursText() {
        List<String> clauses = new ArrayList<>();
        int first = 0;
        while (first < 7) {
            int last = first;
            while (last + 1 < 7 && sameHours(first, last + 1)) {
                last++;
            }
            if (starts[first].length > 0) {
                String days = first == last ? DAY_NAMES[first] : DAY_NAMES[first] + "-" + DAY_NAMES[last];
                List<String> parts = new ArrayList<>();
                intervals(DayOfWeek.of(first + 1)).forEach(iv -> parts.add(iv.toString()));
                clauses.add(days + " " + String.join(",", parts));
            }
            first = last + 1;
        }
        return String.join("; ", clauses);
    }

    // --- fast access for BusinessCalendar (weekday index 0 = Monday) ---

    int[] startsOf(int weekdayIndex) {
        return starts[weekdayIndex];
    }

    int[] lengthsOf(int weekdayIndex) {
        return lengths[weekdayIndex];
    }

    boolean isHolidayEpochDay(long epochDay) {
        return holidays.length > 0 && Arrays.binarySearch(holidays, epochDay) >= 0;
    }

    private boolean sameHours(int a, int b) {
        return Arrays.equals(starts[a], starts[b]) && Arrays.equals(lengths[a], lengths[b]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklySchedule other
                && Arrays.deepEquals(starts, other.starts)
                && Arrays.deepEquals(lengths, other.lengths)
                && Arrays.equals(holidays, other.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.deepHashCode(starts), Arrays.deepHashCode(lengths), Arrays.hashCode(holidays));
    }

    @Override
    public String toString() {
        String text = isAlwaysClosed() ? "always closed" : hoursText();
        return holidays.length == 0 ? "WeeklySchedule[" + text + "]"
                : "WeeklySchedule[" + text + "; holidays " + holidays() + "]";
    }
}
