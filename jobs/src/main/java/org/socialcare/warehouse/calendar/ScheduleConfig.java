package org.socialcare.warehouse.calendar;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads named schedules from HOCON:
 * <pre>
 * schedules {
 *   office-eu { hours = "mon-fri 09:00-18:00", holidays = ["2026-12-24", "2026-12-25"] }
 *   always    { hours = "mon-sun 00:00-24:00" }
 * }
 * </pre>
 * {@code hours} is the {@link WeeklySchedule#parse compact form} (or a list of such strings, joined);
 * {@code holidays} is optional, a list of {@code YYYY-MM-DD} dates. Any other key is an error, to catch
 * typos. Every error is an {@link IllegalArgumentException} whose message starts with the path of the
 * bad value, e.g. {@code schedules.office-eu.hours: cannot parse "mon-fry 09:00": unknown day "fry"}.
 */
public final class ScheduleConfig {
    public static final String DEFAULT_PATH = "schedules";
    private static final Set<String> KEYS = Set.of("hours", "holidays");

    private ScheduleConfig() {
    }

    /** The schedules under {@value #DEFAULT_PATH}. */
    public static Map<String, WeeklySchedule> read(Config config) {
        return read(config, DEFAULT_PATH);
    }

    /** The schedules under {@code path}, by name (sorted); empty when the path is absent. */
    public static Map<String, WeeklySchedule> read(Config config, String path) {
        if (!config.hasPath(path)) {
            return Map.of();
        }
        ConfigValue block = config.getValue(path);
        if (block.valueType() != ConfigValueType.OBJECT) {
            throw error(path, "expected an object of named schedules, got " + type(block));
        }
        Map<String, WeeklySchedule> schedules = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> entry : ((ConfigObject) block).entrySet()) {
            String where = path + "." + ConfigUtil.joinPath(entry.getKey());
            schedules.put(entry.getKey(), schedule(where, entry.getValue()));
        }
        return Collections.unmodifiableMap(schedules);
    }

    private static WeeklySchedule schedule(String where, ConfigValue value) {
        if (value.valueType() != ConfigValueType.OBJECT) {
            throw error(where, "expected { hours = \"mon-fri 09:00-18:00\", holidays = [...] }, got " + type(value));
        }
        ConfigObject object = (ConfigObject) value;
        for (String key : object.keySet()) {
            if (!KEYS.contains(key)) {
                throw error(where + "." + ConfigUtil.joinPath(key), "unknown setting (expected hours, holidays)");
            }
        }
        String hoursPath = where + ".hours";
        String hours = hoursText(hoursPath, object.get("hours"));
        WeeklySchedule schedule;
        try {
            schedule = WeeklySchedule.parse(hours);
        } catch (IllegalArgumentException e) {
            throw error(hoursPath, e.getMessage());
        }
        return schedule.withHolidays(holidays(where + ".holidays", object.get("holidays")));
    }

    private static String hoursText(String where, ConfigValue value) {
        if (value == null || value.valueType() == ConfigValueType.NULL) {
            throw error(where, "missing (e.g. hours = \"mon-fri 09:00-18:00\")");
        }
        if (value.valueType() == ConfigValueType.STRING) {
            return (String) value.unwrapped();
        }
        if (value.valueType() == ConfigValueType.LIST) {
            List<String> parts = new ArrayList<>();
            ConfigList list = (ConfigList) value;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).valueType() != ConfigValueType.STRING) {
                    throw error(where + "[" + i + "]", "expected a string, got " + type(list.get(i)));
                }
                parts.add((String) list.get(i).unwrapped());
            }
            return String.join("; ", parts);
        }
        throw error(where, "expected a string like \"mon-fri 09:00-18:00\", got " + type(value));
    }

    private static List<LocalDate> holidays(String where, ConfigValue value) {
        if (value == null || value.valueType() == ConfigValueType.NULL) {
            return List.of();
        }
        if (value.valueType() != ConfigValueType.LIST) {
            throw error(where, "expected a list of dates like [\"2026-12-24\"], got " + type(value));
        }
        ConfigList list = (ConfigList) value;
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String text = String.valueOf(list.get(i).unwrapped());
            try {
                if (list.get(i).valueType() != ConfigValueType.STRING) {
                    throw new DateTimeParseException("not a string", text, 0);
                }
                dates.add(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                throw error(where + "[" + i + "]", "cannot parse \"" + text + "\" as a date (expected YYYY-MM-DD)");
            }
        }
        return dates;
    }

    private static String type(ConfigValue value) {
        return value.valueType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static IllegalArgumentException error(String path, String message) {
        return new IllegalArgumentException(path + ": " + message);
    }
}
