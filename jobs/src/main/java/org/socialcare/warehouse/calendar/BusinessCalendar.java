package org.socialcare.warehouse.calendar;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;

/**
 * Business time: a {@link WeeklySchedule} placed in a time zone. Serializable (ships to Spark executors)
 * and thread-safe.
 *
 * <p>Each day's intervals are taken as local date-times and converted with the zone, so a
 * {@code 09:00-18:00} day is 9 h even on a DST day, while {@code 00:00-24:00} is 23 h on the
 * spring-forward day and 25 h on the fall-back day. A local time inside a DST gap (02:30 on a night the
 * clock jumps from 02:00 to 03:00) means the instant of the jump, since the clock passes it there; a
 * local time that occurs twice (fall-back) means its first occurrence.
 *
 * <p>Precision is one second: fractions of a second of the instants given are dropped.
 *
 * <p>Cost: the methods walk the local days of the span, one step per day and interval (never per second
 * or minute); local times are converted with a cached constant offset except within two days of a DST
 * change. Measured on a busy 2-core machine: 0.15-0.9 s per million calls with spans of up to 3 days,
 * about 2-4 us for a 90-day span, 45-100 us for a 10-year span. Spans are not capped: the cost grows
 * linearly with the days spanned (20-30 ns a day), which stays small for any duration this warehouse
 * measures. {@link #addOpenSeconds} likewise walks the days up to the due time.
 *
 * <p>An always-closed schedule (no interval at all) has 0 open seconds everywhere and is never open;
 * {@link #addOpenSeconds} throws {@link IllegalStateException} for it, since no due time exists.
 */
public final class BusinessCalendar implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int DAY = OpenInterval.SECONDS_PER_DAY;
    private static final int[] NONE = new int[0];
    /** Wider than any offset change ever made (the largest, date-line moves, are 24 h). */
    private static final long MARGIN = 2L * DAY;
    /** Far enough to mean "no transition" without overflowing when the margin is added or subtracted. */
    private static final long FOREVER = Long.MAX_VALUE / 4;
    /** Contains no instant, so the first use looks the offset up. */
    private static final Stretch NO_STRETCH = new Stretch(0, 0, 0);

    private final WeeklySchedule schedule;
    private final ZoneId zone;
    private final transient ZoneRules rules;
    /** The last stretch of constant offset looked up: a cache, replaced (never mutated) by any thread. */
    private transient volatile Stretch stretch;

    public BusinessCalendar(WeeklySchedule schedule, ZoneId zone) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.rules = zone.getRules();
        this.stretch = NO_STRETCH;
    }

    public WeeklySchedule schedule() {
        return schedule;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * Seconds of open time in {@code [start, end)}: 0 for equal instants; a start while closed counts
     * from the next opening.
     *
     * @throws IllegalArgumentException when end is before start
     */
    public long openSecondsBetween(Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        long from = start.getEpochSecond();
        long to = end.getEpochSecond();
        if (from == to) {
            return 0;
        }
        long total = 0;
        OpenPieces pieces = new OpenPieces(from);
        long lastDay = localDay(to);
        while (pieces.next(lastDay) && pieces.start < to) {
            total += Math.min(pieces.end, to) - pieces.start;
        }
        return total;
    }

    /**
     * The instant at which {@code seconds} of open time have elapsed since {@code start} (the due time
     * of a target in business time): the earliest t with {@code openSecondsBetween(start, t) == seconds}.
     * 0 seconds gives {@code start} itself. The answer may be a closing time (due at 18:00 sharp).
     *
     * @throws IllegalArgumentException when seconds is negative
     * @throws IllegalStateException when the schedule is always closed (no due time exists); check
     *                               {@link WeeklySchedule#isAlwaysClosed()} first to avoid it
     */
    public Instant addOpenSeconds(Instant start, long seconds) {
        Objects.requireNonNull(start, "start");
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds must not be negative, got " + seconds);
        }
        if (seconds == 0) {
            return start;
        }
        if (schedule.isAlwaysClosed()) {
            throw new IllegalStateException("schedule is always closed: " + seconds + " open seconds never elapse");
        }
        long remaining = seconds;
        // Terminates: holidays are finite, and any week without one has open time.
        OpenPieces pieces = new OpenPieces(start.getEpochSecond());
        while (pieces.next(Long.MAX_VALUE)) {
            long length = pieces.end - pieces.start;
            if (remaining <= length) {
                return Instant.ofEpochSecond(pieces.start + remaining);
            }
            remaining -= length;
        }
        throw new IllegalStateException("unreachable: ran out of days");
    }

    /** True when the instant is inside an opening interval (start included, end excluded). */
    public boolean isOpen(Instant instant) {
        long t = instant.getEpochSecond();
        OpenPieces pieces = new OpenPieces(t);
        return pieces.next(localDay(t)) && pieces.start == t;
    }

    /** The local date (as an epoch day) of an instant in this zone. */
    private long localDay(long epochSecond) {
        Stretch s = stretch;
        if (!s.contains(epochSecond)) {
            s = stretchAt(epochSecond);
            stretch = s;
        }
        return Math.floorDiv(epochSecond + s.offset, DAY);
    }

    /** A local date-time (as seconds since 1970-01-01T00:00 local) to an instant's epoch second. */
    private long toEpochSecond(long localSecond) {
        Stretch s = stretch;
        long guess = localSecond - s.offset;
        if (guess - s.from >= MARGIN && s.until - guess > MARGIN) {
            return guess;   // far from any transition: neither in a gap nor in an overlap
        }
        LocalDateTime local = LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC);
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        long exact = offsets.isEmpty()
                ? rules.getTransition(local).toEpochSecond()          // in a gap: the moment the clock jumps
                : localSecond - offsets.get(0).getTotalSeconds();     // in an overlap: the first occurrence
        if (!s.contains(exact)) {
            stretch = stretchAt(exact);
        }
        return exact;
    }

    /** The stretch between two transitions of the zone around an instant. */
    private Stretch stretchAt(long epochSecond) {
        ZoneOffsetTransition previous = rules.previousTransition(Instant.ofEpochSecond(epochSecond + 1));
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(epochSecond));
        return new Stretch(previous == null ? -FOREVER : previous.toEpochSecond(),
                next == null ? FOREVER : next.toEpochSecond(),
                rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds());
    }

    /** Instants [from, until) between two transitions, where the zone's offset stays the same. */
    private record Stretch(long from, long until, int offset) {
        boolean contains(long epochSecond) {
            return epochSecond >= from && epochSecond < until;
        }
    }

    private Object readResolve() {
        return new BusinessCalendar(schedule, zone);   // rebuilds the transient zone rules and cache
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + schedule + "]";
    }

    /**
     * Walks the opening intervals in time order, starting with those of the local day before
     * {@code from} (an interval past midnight may still be running), each clipped to begin at or after
     * {@code from} and after the end of every earlier interval: the pieces are disjoint and ascending,
     * so overlapping intervals count once.
     */
    private final class OpenPieces {
        private long day;
        private int[] dayStarts;
        private int[] dayLengths;
        private int index;
        private long covered;
        long start;
        long end;

        OpenPieces(long from) {
            covered = from;
            loadDay(localDay(from) - 1);
        }

        /** Moves to the next piece from a day up to {@code lastDay}; false when there is none. */
        boolean next(long lastDay) {
            while (day <= lastDay) {
                if (index >= dayStarts.length) {
                    loadDay(day + 1);
                    continue;
                }
                long localStart = day * DAY + dayStarts[index];
                long s = Math.max(covered, toEpochSecond(localStart));
                long e = toEpochSecond(localStart + dayLengths[index]);
                index++;
                if (e > s) {
                    covered = e;
                    start = s;
                    end = e;
                    return true;
                }
            }
            return false;
        }

        private void loadDay(long epochDay) {
            day = epochDay;
            index = 0;
            int weekday = (int) Math.floorMod(epochDay + 3, 7L);   // 1970-01-01 was a Thursday (index 3)
            boolean closed = schedule.isHolidayEpochDay(epochDay);
            dayStarts = closed ? NONE : schedule.startsOf(weekday);
            dayLengths = closed ? NONE : schedule.lengthsOf(weekday);
        }
    }
}
