package org.socialcare.warehouse.calendar;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScheduleConfigTest {

    @Test
    void readsNamedSchedules() {
        Map<String, WeeklySchedule> schedules = ScheduleConfig.read(ConfigFactory.parseString("""
                schedules {
                  office-eu { hours = "mon-fri 09:00-18:00", holidays = ["2026-12-24", "2026-12-25"] }
                  always { hours = "mon-sun 00:00-24:00" }
                  split { hours = ["mon-fri 08:00-12:00,13:00-17:00", "sat 10:00-14:00"], holidays = [] }
                }
                """));
        assertEquals(List.of("always", "office-eu", "split"), List.copyOf(schedules.keySet()));
        assertEquals(WeeklySchedule.parse("mon-fri 09:00-18:00")
                        .withHolidays(List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25))),
                schedules.get("office-eu"));
        assertEquals(WeeklySchedule.alwaysOpen(), schedules.get("always"));
        assertEquals("mon-fri 08:00-12:00,13:00-17:00; sat 10:00-14:00", schedules.get("split").hoursText());
    }

    @Test
    void otherPathsAndAbsentBlock() {
        Config config = ConfigFactory.parseString("reference.schedules { a { hours = \"sat 10:00-12:00\" } }");
        assertEquals(WeeklySchedule.parse("sat 10:00-12:00"), ScheduleConfig.read(config, "reference.schedules").get("a"));
        assertEquals(Map.of(), ScheduleConfig.read(config));
    }

    @Test
    void badHoursNameTheScheduleAndTheValue() {
        assertError("schedules { office-eu { hours = \"mon-fry 09:00\" } }",
                "schedules.office-eu.hours: cannot parse \"mon-fry 09:00\": unknown day \"fry\"");
        assertError("schedules { office-eu { hours = \"mon-fri 09:00-25:00\" } }",
                "schedules.office-eu.hours: cannot parse \"mon-fri 09:00-25:00\": bad time \"25:00\"");
        assertError("schedules { office-eu { hours = \"\" } }",
                "schedules.office-eu.hours: cannot parse \"\": no opening hours");
        assertError("schedules { office-eu { hours = 9 } }",
                "schedules.office-eu.hours: expected a string like \"mon-fri 09:00-18:00\", got number");
        assertError("schedules { office-eu { holidays = [] } }",
                "schedules.office-eu.hours: missing (e.g. hours = \"mon-fri 09:00-18:00\")");
        assertError("schedules { \"eu.office\" { hours = \"mon-fry 09:00\" } }",
                "schedules.\"eu.office\".hours: cannot parse \"mon-fry 09:00\": unknown day \"fry\"");
    }

    @Test
    void badHolidaysAndKeys() {
        assertError("schedules { office-eu { hours = \"mon-fri 09:00-18:00\", holidays = [\"2026-12-24\", \"2026-13-01\"] } }",
                "schedules.office-eu.holidays[1]: cannot parse \"2026-13-01\" as a date (expected YYYY-MM-DD)");
        assertError("schedules { office-eu { hours = \"mon-fri 09:00-18:00\", holidays = \"2026-12-24\" } }",
                "schedules.office-eu.holidays: expected a list of dates like [\"2026-12-24\"], got string");
        assertError("schedules { office-eu { hours = \"mon-fri 09:00-18:00\", hollidays = [\"2026-12-24\"] } }",
                "schedules.office-eu.hollidays: unknown setting (expected hours, holidays)");
        assertError("schedules { office-eu = \"mon-fri 09:00-18:00\" }",
                "schedules.office-eu: expected { hours = \"mon-fri 09:00-18:00\", holidays = [...] }, got string");
        assertError("schedules = [1, 2]", "schedules: expected an object of named schedules, got list");
    }

    private static void assertError(String hocon, String message) {
        Config config = ConfigFactory.parseString(hocon);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScheduleConfig.read(config));
        assertEquals(message, e.getMessage());
    }
}
