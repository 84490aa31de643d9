package org.socialcare.warehouse.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expected values are worked out by hand in the comments. Dates: 2026-11-16 is a Monday,
 * 2026-12-24/25 are Thursday/Friday, 2026-03-08 (US) and 2026-03-29 (EU) are the spring-forward
 * Sundays, 2026-11-01 the US fall-back Sunday.
 */
class BusinessCalendarTest {
    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final WeeklySchedule OFFICE = WeeklySchedule.parse("mon-fri 09:00-18:00");
    static final BusinessCalendar OFFICE_WARSAW = new BusinessCalendar(OFFICE, WARSAW);

    // --- openSecondsBetween ---

    @Test
    void fridayEveningToMondayMorning() {
        // Fri 17:55 -> 18:00 = 300 s, weekend closed, Mon 09:00 -> 09:10 = 600 s: 900 s (15 business minutes)
        assertEquals(900, OFFICE_WARSAW.openSecondsBetween(at("2026-11-20T17:55", WARSAW), at("2026-11-23T09:10", WARSAW)));
    }

    @Test
    void messageArrivingWhileClosedStartsTheClockAtTheNextOpening() {
        // Sat 11:00 (closed) -> Mon 09:30: the clock starts Mon 09:00, so 30 min = 1800 s
        assertEquals(1800, OFFICE_WARSAW.openSecondsBetween(at("2026-11-21T11:00", WARSAW), at("2026-11-23T09:30", WARSAW)));
        // Mon 07:00 -> Mon 08:00, both before opening: 0 s
        assertEquals(0, OFFICE_WARSAW.openSecondsBetween(at("2026-11-23T07:00", WARSAW), at("2026-11-23T08:00", WARSAW)));
    }

    @Test
    void equalInstantsGiveZeroAndEndBeforeStartThrows() {
        Instant open = at("2026-11-23T10:00", WARSAW);
        Instant closed = at("2026-11-22T10:00", WARSAW);
        assertEquals(0, OFFICE_WARSAW.openSecondsBetween(open, open));
        assertEquals(0, OFFICE_WARSAW.openSecondsBetween(closed, closed));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OFFICE_WARSAW.openSecondsBetween(open, open.minusSeconds(1)));
        assertEquals("end 2026-11-23T08:59:59Z is before start 2026-11-23T09:00:00Z", e.getMessage());
    }

    @Test
    void holidaysCloseTheWholeLocalDate() {
        BusinessCalendar cal = new BusinessCalendar(
                OFFICE.withHolidays(List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25))), WARSAW);
        // Wed 17:00 -> 18:00 = 3600; Thu 24 and Fri 25 holidays; weekend; Mon 09:00 -> 10:00 = 3600: 7200 s
        assertEquals(7200, cal.openSecondsBetween(at("2026-12-23T17:00", WARSAW), at("2026-12-28T10:00", WARSAW)));
        // the same span without the holidays adds 2 x 9 h = 64800: 72000 s
        assertEquals(72_000, OFFICE_WARSAW.openSecondsBetween(at("2026-12-23T17:00", WARSAW), at("2026-12-28T10:00", WARSAW)));
        // Thu 10:00 -> 12:00 on the holiday: 0 s
        assertEquals(0, cal.openSecondsBetween(at("2026-12-24T10:00", WARSAW), at("2026-12-24T12:00", WARSAW)));
        assertFalse(cal.isOpen(at("2026-12-24T10:00", WARSAW)));
    }

    @Test
    void intervalPastMidnight() {
        WeeklySchedule night = WeeklySchedule.parse("fri 22:00-02:00");
        BusinessCalendar cal = new BusinessCalendar(night, WARSAW);
        Instant fri2300 = at("2026-11-20T23:00", WARSAW);
        Instant sat0130 = at("2026-11-21T01:30", WARSAW);
        // Fri 23:00 -> 24:00 = 3600, Sat 00:00 -> 01:30 = 5400: 9000 s
        assertEquals(9000, cal.openSecondsBetween(fri2300, sat0130));
        // Fri 20:00 -> Sat 12:00 covers the whole interval 22:00 -> 02:00 = 4 h = 14400 s
        assertEquals(14_400, cal.openSecondsBetween(at("2026-11-20T20:00", WARSAW), at("2026-11-21T12:00", WARSAW)));
        // a Saturday holiday does not touch Friday's interval (it belongs to the day it starts on): 9000 s
        BusinessCalendar satHoliday = new BusinessCalendar(night.withHolidays(List.of(LocalDate.of(2026, 11, 21))), WARSAW);
        assertEquals(9000, satHoliday.openSecondsBetween(fri2300, sat0130));
        // a Friday holiday removes all of it, the part after midnight too: 0 s
        BusinessCalendar friHoliday = new BusinessCalendar(night.withHolidays(List.of(LocalDate.of(2026, 11, 20))), WARSAW);
        assertEquals(0, friHoliday.openSecondsBetween(fri2300, sat0130));
        assertTrue(cal.isOpen(at("2026-11-20T22:00", WARSAW)));
        assertTrue(cal.isOpen(at("2026-11-21T01:59:59", WARSAW)));
        assertFalse(cal.isOpen(at("2026-11-21T02:00", WARSAW)));
        assertFalse(cal.isOpen(at("2026-11-20T21:59:59", WARSAW)));
    }

    @Test
    void twoIntervalsInADay() {
        BusinessCalendar cal = new BusinessCalendar(WeeklySchedule.parse("mon 08:00-12:00,13:00-17:00"), WARSAW);
        // Mon 11:00 -> 12:00 = 3600, lunch closed, 13:00 -> 14:00 = 3600: 7200 s
        assertEquals(7200, cal.openSecondsBetween(at("2026-11-16T11:00", WARSAW), at("2026-11-16T14:00", WARSAW)));
        // the whole Monday: 4 h + 4 h = 28800 s
        assertEquals(28_800, cal.openSecondsBetween(at("2026-11-16T00:00", WARSAW), at("2026-11-17T00:00", WARSAW)));
        assertFalse(cal.isOpen(at("2026-11-16T12:30", WARSAW)));
        assertTrue(cal.isOpen(at("2026-11-16T13:00", WARSAW)));
    }

    @Test
    void overlappingIntervalsCountOnce() {
        BusinessCalendar cal = new BusinessCalendar(WeeklySchedule.parse("sun 22:00-02:00; mon 00:00-24:00"), WARSAW);
        // Sun 23:00 -> Mon 01:00: 1 h on Sunday + 1 h on Monday (00:00 -> 01:00 is in both intervals, counted once) = 7200 s
        assertEquals(7200, cal.openSecondsBetween(at("2026-11-15T23:00", WARSAW), at("2026-11-16T01:00", WARSAW)));
        // Sun 00:00 -> Tue 00:00: Sun 22:00 -> 24:00 = 2 h + Monday 24 h = 26 h = 93600 s
        assertEquals(93_600, cal.openSecondsBetween(at("2026-11-15T00:00", WARSAW), at("2026-11-17T00:00", WARSAW)));
    }

    @Test
    void springForwardInNewYork() {
        BusinessCalendar always = new BusinessCalendar(WeeklySchedule.alwaysOpen(), NEW_YORK);
        BusinessCalendar nineToSix = new BusinessCalendar(WeeklySchedule.parse("mon-sun 09:00-18:00"), NEW_YORK);
        Instant dayStart = odt("2026-03-08T00:00-05:00");   // 05:00Z
        Instant dayEnd = odt("2026-03-09T00:00-04:00");     // 04:00Z next day
        // 24x7: the calendar day 2026-03-08 has 23 h = 82800 s (02:00 EST jumps to 03:00 EDT)
        assertEquals(82_800, always.openSecondsBetween(dayStart, dayEnd));
        // 09:00-18:00 is still 9 h = 32400 s on that day
        assertEquals(32_400, nineToSix.openSecondsBetween(dayStart, dayEnd));
        // across the gap: 01:30 EST (06:30Z) -> 03:30 EDT (07:30Z) is 1 h of real time = 3600 s
        assertEquals(3600, always.openSecondsBetween(odt("2026-03-08T01:30-05:00"), odt("2026-03-08T03:30-04:00")));
        // sun 01:00-04:00: 01:00 EST (06:00Z) -> 04:00 EDT (08:00Z) = 2 h = 7200 s (3 h on the wall clock minus the skipped hour)
        BusinessCalendar early = new BusinessCalendar(WeeklySchedule.parse("sun 01:00-04:00"), NEW_YORK);
        assertEquals(7200, early.openSecondsBetween(dayStart, dayEnd));
        // sun 02:30-04:00: 02:30 does not exist that night; it opens when the clock jumps (07:00Z = 03:00 EDT),
        // closes 04:00 EDT (08:00Z): 3600 s; the Sunday before it is the full 1.5 h = 5400 s
        BusinessCalendar inGap = new BusinessCalendar(WeeklySchedule.parse("sun 02:30-04:00"), NEW_YORK);
        assertEquals(3600, inGap.openSecondsBetween(dayStart, dayEnd));
        assertEquals(5400, inGap.openSecondsBetween(odt("2026-03-01T00:00-05:00"), odt("2026-03-02T00:00-05:00")));
        assertTrue(inGap.isOpen(odt("2026-03-08T03:00-04:00")));
        // sun 02:00-03:00 lies entirely in the gap: 0 s that day
        BusinessCalendar gapOnly = new BusinessCalendar(WeeklySchedule.parse("sun 02:00-03:00"), NEW_YORK);
        assertEquals(0, gapOnly.openSecondsBetween(dayStart, dayEnd));
    }

    @Test
    void fallBackInNewYork() {
        BusinessCalendar always = new BusinessCalendar(WeeklySchedule.alwaysOpen(), NEW_YORK);
        BusinessCalendar nineToSix = new BusinessCalendar(WeeklySchedule.parse("mon-sun 09:00-18:00"), NEW_YORK);
        Instant dayStart = odt("2026-11-01T00:00-04:00");   // 04:00Z
        Instant dayEnd = odt("2026-11-02T00:00-05:00");     // 05:00Z next day
        // 24x7: 2026-11-01 has 25 h = 90000 s (01:00-02:00 happens twice)
        assertEquals(90_000, always.openSecondsBetween(dayStart, dayEnd));
        // 09:00-18:00: 9 h = 32400 s
        assertEquals(32_400, nineToSix.openSecondsBetween(dayStart, dayEnd));
        // a local time that occurs twice means its first occurrence (01:30 EDT = 05:30Z), whatever was computed before
        for (Instant warmUp : List.of(odt("2026-10-01T12:00-04:00"), odt("2026-12-01T12:00-05:00"))) {
            BusinessCalendar late = new BusinessCalendar(WeeklySchedule.parse("sun 01:30-03:00"), NEW_YORK);
            BusinessCalendar early = new BusinessCalendar(WeeklySchedule.parse("sun 00:00-01:30"), NEW_YORK);
            late.isOpen(warmUp);
            early.isOpen(warmUp);
            // 01:30 EDT (05:30Z) -> 03:00 EST (08:00Z) = 2.5 h = 9000 s
            assertEquals(9000, late.openSecondsBetween(dayStart, dayEnd));
            // 00:00 EDT (04:00Z) -> 01:30 EDT (05:30Z) = 1.5 h = 5400 s
            assertEquals(5400, early.openSecondsBetween(dayStart, dayEnd));
        }
    }

    @Test
    void springForwardInWarsaw() {
        BusinessCalendar always = new BusinessCalendar(WeeklySchedule.alwaysOpen(), WARSAW);
        BusinessCalendar nineToSix = new BusinessCalendar(WeeklySchedule.parse("mon-sun 09:00-18:00"), WARSAW);
        Instant dayStart = odt("2026-03-29T00:00+01:00");   // 23:00Z on the 28th
        Instant dayEnd = odt("2026-03-30T00:00+02:00");     // 22:00Z on the 29th
        // 24x7: 23 h = 82800 s (02:00 CET jumps to 03:00 CEST)
        assertEquals(82_800, always.openSecondsBetween(dayStart, dayEnd));
        // 09:00-18:00: 9 h = 32400 s
        assertEquals(32_400, nineToSix.openSecondsBetween(dayStart, dayEnd));
        // across the gap: 01:30 CET (00:30Z) -> 03:30 CEST (01:30Z) = 3600 s
        assertEquals(3600, always.openSecondsBetween(odt("2026-03-29T01:30+01:00"), odt("2026-03-29T03:30+02:00")));
        // office hours over the DST weekend: Fri 17:00 -> 18:00 = 3600, Mon 09:00 -> 10:00 = 3600: 7200 s
        assertEquals(7200, OFFICE_WARSAW.openSecondsBetween(odt("2026-03-27T17:00+01:00"), odt("2026-03-30T10:00+02:00")));
    }

    @Test
    void longSpansIterateByDay() {
        // Mon 2026-03-02 -> Mon 2026-06-01 = 13 weeks (crossing the DST change): 65 weekdays x 9 h = 2106000 s
        assertEquals(2_106_000, OFFICE_WARSAW.openSecondsBetween(at("2026-03-02T00:00", WARSAW), at("2026-06-01T00:00", WARSAW)));
        // 520 weeks from Mon 2026-01-05: 2600 weekdays x 32400 = 84240000 s
        LocalDate monday = LocalDate.of(2026, 1, 5);
        assertEquals(84_240_000, OFFICE_WARSAW.openSecondsBetween(
                monday.atStartOfDay(WARSAW).toInstant(), monday.plusWeeks(520).atStartOfDay(WARSAW).toInstant()));
    }

    @Test
    void fixedOffsetZoneAndSubSecondInstants() {
        BusinessCalendar utc = new BusinessCalendar(OFFICE, ZoneOffset.UTC);
        // Mon 2026-11-16 08:59:59.900Z -> 09:00:01.100Z: whole seconds 08:59:59 -> 09:00:01, open from 09:00:00: 1 s
        assertEquals(1, utc.openSecondsBetween(Instant.parse("2026-11-16T08:59:59.900Z"), Instant.parse("2026-11-16T09:00:01.100Z")));
        // Mon 09:00Z -> Tue 09:00Z = 9 h = 32400 s
        assertEquals(32_400, utc.openSecondsBetween(Instant.parse("2026-11-16T09:00:00Z"), Instant.parse("2026-11-17T09:00:00Z")));
    }

    // --- addOpenSeconds ---

    @Test
    void addOpenSecondsIsTheInverse() {
        // 900 s from Fri 17:55: 300 s Friday, 600 s Monday -> Mon 09:10
        assertEquals(at("2026-11-23T09:10", WARSAW), OFFICE_WARSAW.addOpenSeconds(at("2026-11-20T17:55", WARSAW), 900));
        // 1800 s from Sat 11:00 (closed) -> Mon 09:30
        assertEquals(at("2026-11-23T09:30", WARSAW), OFFICE_WARSAW.addOpenSeconds(at("2026-11-21T11:00", WARSAW), 1800));
        // 3600 s from Fri 17:00 is due at the earliest instant, 18:00 sharp, not at the next opening
        assertEquals(at("2026-11-20T18:00", WARSAW), OFFICE_WARSAW.addOpenSeconds(at("2026-11-20T17:00", WARSAW), 3600));
        // 0 s is the start itself, even while closed
        assertEquals(at("2026-11-21T11:00", WARSAW), OFFICE_WARSAW.addOpenSeconds(at("2026-11-21T11:00", WARSAW), 0));
        // 7200 s from Wed 2026-12-23 17:00 over the Christmas holidays: 3600 Wed + 3600 Mon -> Mon 12-28 10:00
        BusinessCalendar xmas = new BusinessCalendar(
                OFFICE.withHolidays(List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25))), WARSAW);
        assertEquals(at("2026-12-28T10:00", WARSAW), xmas.addOpenSeconds(at("2026-12-23T17:00", WARSAW), 7200));
        // 9000 s from Fri 23:00 with fri 22:00-02:00 -> Sat 01:30
        BusinessCalendar night = new BusinessCalendar(WeeklySchedule.parse("fri 22:00-02:00"), WARSAW);
        assertEquals(at("2026-11-21T01:30", WARSAW), night.addOpenSeconds(at("2026-11-20T23:00", WARSAW), 9000));
        // 82800 s (23 h) from the start of 2026-03-08 in New York, 24x7 -> the start of 2026-03-09
        BusinessCalendar always = new BusinessCalendar(WeeklySchedule.alwaysOpen(), NEW_YORK);
        assertEquals(odt("2026-03-09T00:00-04:00"), always.addOpenSeconds(odt("2026-03-08T00:00-05:00"), 82_800));
    }

    @Test
    void addOpenSecondsRejectsNegativeAndAlwaysClosed() {
        assertThrows(IllegalArgumentException.class, () -> OFFICE_WARSAW.addOpenSeconds(Instant.EPOCH, -1));
        BusinessCalendar closed = new BusinessCalendar(WeeklySchedule.of(Map.of(), Set.of()), WARSAW);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> closed.addOpenSeconds(Instant.EPOCH, 60));
        assertEquals("schedule is always closed: 60 open seconds never elapse", e.getMessage());
        assertEquals(Instant.EPOCH, closed.addOpenSeconds(Instant.EPOCH, 0));
        assertEquals(0, closed.openSecondsBetween(Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z")));
        assertFalse(closed.isOpen(Instant.EPOCH));
    }

    // --- cross-checks against a plain wall-clock definition, on random spans ---

    /** Schedule used by the random checks; boundaries on whole hours outside the repeated DST hours. */
    static final WeeklySchedule MIXED = WeeklySchedule.parse(
                    "mon-thu 08:00-12:00,13:00-18:00; fri 08:00-12:00; fri 22:00-03:00; sat 10:00-14:00,22:00-02:00;"
                    + " sun 00:00-24:00")
            .withHolidays(List.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 27), LocalDate.of(2026, 10, 31)));

    @Test
    void randomSpansMatchAMinuteByMinuteCount() {
        Random random = new Random(7);
        for (ZoneId zone : List.of(WARSAW, NEW_YORK)) {
            BusinessCalendar cal = new BusinessCalendar(MIXED, zone);
            for (int i = 0; i < 150; i++) {
                Instant start = randomMinute(random, zone);
                Instant end = start.plusSeconds(60L * random.nextInt(3 * 24 * 60 + 1));   // up to 3 days
                assertEquals(wallClockOpenMinutes(MIXED, zone, start, end) * 60, cal.openSecondsBetween(start, end),
                        zone + " " + start + " -> " + end);
            }
        }
    }

    @Test
    void randomAddOpenSecondsRoundTrips() {
        Random random = new Random(11);
        for (ZoneId zone : List.of(WARSAW, NEW_YORK)) {
            BusinessCalendar cal = new BusinessCalendar(MIXED, zone);
            for (int i = 0; i < 2000; i++) {
                Instant start = randomMinute(random, zone).plusSeconds(random.nextInt(60));
                long seconds = 1 + random.nextInt(5 * 24 * 3600);
                Instant due = cal.addOpenSeconds(start, seconds);
                String where = zone + " " + start + " + " + seconds + " -> " + due;
                assertEquals(seconds, cal.openSecondsBetween(start, due), where);
                assertEquals(seconds - 1, cal.openSecondsBetween(start, due.minusSeconds(1)), where);   // the earliest such instant
            }
        }
    }

    @Test
    void sharedCalendarAgreesWithFreshOnesAcrossThreadsAndYears() throws Exception {
        // random spans over 2000-2040, so that threads keep replacing the shared offset cache
        Random random = new Random(5);
        int n = 20_000;
        Instant[] starts = new Instant[n];
        Instant[] ends = new Instant[n];
        long[] expected = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = Instant.parse("2000-01-01T00:00:00Z").plusSeconds((long) (random.nextDouble() * 40 * 365 * 86_400));
            ends[i] = starts[i].plusSeconds(random.nextInt(4 * 86_400));
            expected[i] = new BusinessCalendar(MIXED, NEW_YORK).openSecondsBetween(starts[i], ends[i]);
        }
        BusinessCalendar shared = new BusinessCalendar(MIXED, NEW_YORK);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 5000;
                results.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int k = 0; k < n; k++) {
                        int i = (k + offset) % n;
                        wrong += shared.openSecondsBetween(starts[i], ends[i]) == expected[i] ? 0 : 1;
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(0, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void worksAfterJavaSerialization() throws Exception {
        BusinessCalendar copy = WeeklyScheduleTest.roundTrip(OFFICE_WARSAW);
        assertEquals(OFFICE_WARSAW.schedule(), copy.schedule());
        assertEquals(900, copy.openSecondsBetween(at("2026-11-20T17:55", WARSAW), at("2026-11-23T09:10", WARSAW)));
    }

    /** A random whole minute in 2026, half of them within 3 days of a DST change. */
    private static Instant randomMinute(Random random, ZoneId zone) {
        Instant base;
        if (random.nextBoolean()) {
            base = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * random.nextInt(365 * 24 * 60));
        } else {
            Instant change = zone.getRules().nextTransition(Instant.parse(random.nextBoolean()
                    ? "2026-01-01T00:00:00Z" : "2026-07-01T00:00:00Z")).getInstant();
            base = change.minusSeconds(60L * random.nextInt(6 * 24 * 60));
        }
        return base;
    }

    /**
     * Open minutes by the wall-clock definition: a minute is open when its local date-time lies in an
     * interval [day + start, day + start + length) of its local date or the day before, unless that day is a holiday.
     */
    private static long wallClockOpenMinutes(WeeklySchedule schedule, ZoneId zone, Instant start, Instant end) {
        long open = 0;
        Map<DayOfWeek, List<OpenInterval>> hours = schedule.hours();
        for (Instant t = start; t.isBefore(end); t = t.plusSeconds(60)) {
            LocalDateTime local = LocalDateTime.ofInstant(t, zone);
            boolean isOpen = false;
            for (LocalDate day : List.of(local.toLocalDate(), local.toLocalDate().minusDays(1))) {
                if (schedule.isHoliday(day)) {
                    continue;
                }
                for (OpenInterval iv : hours.getOrDefault(day.getDayOfWeek(), List.of())) {
                    LocalDateTime from = day.atTime(iv.start());
                    LocalDateTime to = from.plusSeconds(iv.lengthSeconds());
                    isOpen |= !local.isBefore(from) && local.isBefore(to);
                }
            }
            if (isOpen) {
                open++;
            }
        }
        return open;
    }

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static Instant odt(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
