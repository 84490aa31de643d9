package org.socialcare.warehouse.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the compact schedule form, e.g. {@code mon-fri 09:00-18:00; sat 10:00-14:00}.
 *
 * <pre>
 * schedule := clause ((';' | newline) clause)*
 * clause   := days intervals            (days end where the first digit starts)
 * days     := day-or-range ((',' | ' ') day-or-range)*    e.g. mon-fri | sat,sun | fri-mon (wraps)
 * day      := mon | tue | ... | sun     (any prefix of the English name of 3+ letters, any case)
 * intervals:= HH:MM-HH:MM ((',' | ' ') HH:MM-HH:MM)*       HH:MM[:SS]; 24:00 only as an end
 * </pre>
 */
final class ScheduleParser {
    private static final Pattern INTERVAL = Pattern.compile("([0-9:]+)-([0-9:]+)");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern DASH = Pattern.compile("\\s*-\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("[,\\s]+");

    private final String text;

    private ScheduleParser(String text) {
        this.text = text;
    }

    static WeeklySchedule parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("cannot parse a missing schedule (null)");
        }
        return new ScheduleParser(text).parse();
    }

    private WeeklySchedule parse() {
        Map<DayOfWeek, List<OpenInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (String raw : text.split("[;\\n]")) {
            String clause = raw.strip();
            if (clause.isEmpty()) {
                continue;
            }
            int digit = firstDigit(clause);
            if (digit < 0) {
                throw fail("missing opening hours after \"" + clause + "\"");
            }
            String daysPart = clause.substring(0, digit).strip();
            if (daysPart.isEmpty()) {
                throw fail("missing days before \"" + clause + "\"");
            }
            Set<DayOfWeek> days = days(daysPart);
            List<OpenInterval> intervals = intervals(clause.substring(digit).strip());
            for (DayOfWeek day : days) {
                hours.computeIfAbsent(day, d -> new ArrayList<>()).addAll(intervals);
            }
        }
        if (hours.isEmpty()) {
            throw fail("no opening hours");
        }
        return WeeklySchedule.of(hours, List.of());
    }

    private Set<DayOfWeek> days(String part) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : SEPARATOR.split(DASH.matcher(part).replaceAll("-"))) {
            if (item.isEmpty()) {
                continue;
            }
            String[] ends = item.split("-", -1);
            if (ends.length > 2) {
                throw fail("bad day range \"" + item + "\"");
            }
            DayOfWeek from = day(ends[0]);
            DayOfWeek to = ends.length == 2 ? day(ends[1]) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {   // ranges wrap: fri-mon = fri, sat, sun, mon
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private DayOfWeek day(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.length() >= 3) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().toLowerCase(Locale.ROOT).startsWith(t)) {
                    return d;
                }
            }
        }
        throw fail(t.isEmpty() ? "missing day in a range" : "unknown day \"" + token + "\"");
    }

    private List<OpenInterval> intervals(String part) {
        List<OpenInterval> list = new ArrayList<>();
        for (String item : SEPARATOR.split(DASH.matcher(part).replaceAll("-"))) {
            if (item.isEmpty()) {
                continue;
            }
            Matcher m = INTERVAL.matcher(item);
            if (!m.matches()) {
                throw fail("bad interval \"" + item + "\" (expected HH:MM-HH:MM)");
            }
            LocalTime start = time(m.group(1), false);
            LocalTime end = time(m.group(2), true);
            list.add(new OpenInterval(start, end));
        }
        return list;
    }

    private LocalTime time(String token, boolean isEnd) {
        Matcher m = TIME.matcher(token);
        if (!m.matches()) {
            throw fail("bad time \"" + token + "\" (expected HH:MM)");
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hour == 24 && minute == 0 && second == 0) {
            if (!isEnd) {
                throw fail("\"" + token + "\" is only allowed as an end time");
            }
            return LocalTime.MIDNIGHT;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw fail("bad time \"" + token + "\"");
        }
        return LocalTime.of(hour, minute, second);
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return i;
            }
        }
        return -1;
    }

    private IllegalArgumentException fail(String reason) {
        return new IllegalArgumentException("cannot parse \"" + text + "\": " + reason);
    }
}
