package org.socialcare.warehouse.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeeklyScheduleTest {

    @Test
    void parsesWeekdaysAndSaturday() {
        WeeklySchedule s = WeeklySchedule.parse("mon-fri 09:00-18:00; sat 10:00-14:00");
        for (DayOfWeek d : EnumSet.range(MONDAY, FRIDAY)) {
            assertEquals(List.of(interval("09:00", "18:00")), s.intervals(d), d.toString());
        }
        assertEquals(List.of(interval("10:00", "14:00")), s.intervals(SATURDAY));
        assertEquals(List.of(), s.intervals(SUNDAY));
        assertEquals("mon-fri 09:00-18:00; sat 10:00-14:00", s.hoursText());
        assertEquals(s, WeeklySchedule.parse(s.hoursText()));
        assertFalse(s.isAlwaysClosed());
    }

    @Test
    void wholeDayIs24Hours() {
        WeeklySchedule s = WeeklySchedule.parse("mon-sun 00:00-24:00");
        OpenInterval day = s.intervals(TUESDAY).get(0);
        assertEquals(86_400, day.lengthSeconds());          // 24 h x 3600
        assertFalse(day.endsNextDay());                      // 24:00 is the end of the same day
        assertEquals("00:00-24:00", day.toString());
        assertEquals(WeeklySchedule.alwaysOpen(), s);
        assertEquals("mon-sun 00:00-24:00", s.hoursText());
    }

    @Test
    void intervalPastMidnightBelongsToItsStartDay() {
        WeeklySchedule s = WeeklySchedule.parse("fri 22:00-02:00");
        OpenInterval night = s.intervals(FRIDAY).get(0);
        assertTrue(night.endsNextDay());
        assertEquals(14_400, night.lengthSeconds());         // 22:00 -> 02:00 = 4 h = 14400 s
        assertEquals(List.of(), s.intervals(SATURDAY));
        assertEquals("fri 22:00-02:00", s.hoursText());
    }

    @Test
    void severalIntervalsInADayAreSortedByStart() {
        WeeklySchedule s = WeeklySchedule.parse("mon 13:00-17:00, 08:00-12:00");
        assertEquals(List.of(interval("08:00", "12:00"), interval("13:00", "17:00")), s.intervals(MONDAY));
        assertEquals(s, WeeklySchedule.parse("mon 08:00-12:00,13:00-17:00"));
        assertEquals(s, WeeklySchedule.parse("mon 08:00-12:00\nmon 13:00-17:00"));   // clauses per line add up
    }

    @Test
    void dayListsRangesWrapAndNames() {
        assertEquals(EnumSet.of(SATURDAY, SUNDAY), openDays("sat,sun 10:00-11:00"));
        assertEquals(EnumSet.of(SATURDAY, SUNDAY), openDays("sat sun 10:00-11:00"));
        assertEquals(EnumSet.of(FRIDAY, SATURDAY, SUNDAY, MONDAY), openDays("fri-mon 10:00-11:00"));
        assertEquals(EnumSet.range(MONDAY, FRIDAY), openDays("MON - Fri 10:00-11:00"));
        assertEquals(EnumSet.of(MONDAY, DayOfWeek.THURSDAY), openDays("monday, thurs 10:00-11:00"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mon-fry 09:00        | unknown day \"fry\"",
            "mo 09:00-10:00       | unknown day \"mo\"",
            "mon-fri              | missing opening hours after \"mon-fri\"",
            "09:00-18:00          | missing days before \"09:00-18:00\"",
            "mon 09:00            | bad interval \"09:00\" (expected HH:MM-HH:MM)",
            "mon 9h-18h           | bad interval \"9h-18h\" (expected HH:MM-HH:MM)",
            "mon 25:00-26:00      | bad time \"25:00\"",
            "mon 09:60-10:00      | bad time \"09:60\"",
            "mon 24:00-02:00      | \"24:00\" is only allowed as an end time",
            "mon-tue-wed 09:00-10:00 | bad day range \"mon-tue-wed\"",
    })
    void parseErrorsNameTheTextAndTheProblem(String text, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WeeklySchedule.parse(text));
        assertEquals("cannot parse \"" + text + "\": " + reason, e.getMessage());
    }

    @Test
    void emptyTextIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WeeklySchedule.parse(" ; "));
        assertEquals("cannot parse \" ; \": no opening hours", e.getMessage());
    }

    @Test
    void holidaysAreSortedAndDistinct() {
        WeeklySchedule s = WeeklySchedule.parse("mon-fri 09:00-18:00")
                .withHolidays(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)));
        assertEquals(List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)), List.copyOf(s.holidays()));
        assertTrue(s.isHoliday(LocalDate.of(2026, 12, 24)));
        assertFalse(s.isHoliday(LocalDate.of(2026, 12, 23)));
        assertEquals("WeeklySchedule[mon-fri 09:00-18:00; holidays [2026-12-24, 2026-12-25]]", s.toString());
        assertEquals(s.hours(), WeeklySchedule.parse("mon-fri 09:00-18:00").hours());
    }

    @Test
    void scheduleWithoutIntervalsIsAlwaysClosed() {
        WeeklySchedule closed = WeeklySchedule.of(Map.of(), Set.of());
        assertTrue(closed.isAlwaysClosed());
        assertEquals("WeeklySchedule[always closed]", closed.toString());
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        WeeklySchedule s = WeeklySchedule.parse("mon-fri 09:00-18:00; fri 22:00-02:00")
                .withHolidays(List.of(LocalDate.of(2026, 12, 24)));
        assertEquals(s, roundTrip(s));
    }

    static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            @SuppressWarnings("unchecked")
            T copy = (T) in.readObject();
            return copy;
        }
    }

    private static Set<DayOfWeek> openDays(String text) {
        return WeeklySchedule.parse(text).hours().keySet();
    }

    private static OpenInterval interval(String start, String end) {
        return new OpenInterval(LocalTime.parse(start), LocalTime.parse(end));
    }
}
