package org.socialcare.warehouse.ingest.adapters.twcs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the Twitter API time format of the TWCS {@code created_at} column,
 * {@code EEE MMM dd HH:mm:ss Z yyyy}, e.g. {@code Tue Oct 31 22:10:47 +0000 2017}.
 *
 * <p>Day and month names are the English three-letter abbreviations, fixed here rather than taken
 * from the JVM's locale data (some English locales spell September "Sept"); case is ignored and
 * surrounding blanks are trimmed. The date must exist (no Feb 30) and the weekday must match it: a
 * mismatch means the field was not written by Twitter and is reported, not guessed around.
 */
public final class TwcsTime {
    /** The example shown to people in error messages. */
    public static final String EXAMPLE = "Tue Oct 31 22:10:47 +0000 2017";

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendText(ChronoField.DAY_OF_WEEK, names(DAYS))
            .appendLiteral(' ')
            .append(dateAndTime())
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    /** The same without the weekday, to tell a wrong weekday from other faults. */
    private static final DateTimeFormatter WITHOUT_WEEKDAY = dateAndTime();

    private static DateTimeFormatter dateAndTime() {
        return new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendText(ChronoField.MONTH_OF_YEAR, names(MONTHS))
            .appendLiteral(' ')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .appendLiteral(' ')
            .appendPattern("HH:mm:ss")
            .appendLiteral(' ')
            .appendOffset("+HHMM", "+0000")
            .appendLiteral(' ')
            .appendValue(ChronoField.YEAR, 4)
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);
    }

    private TwcsTime() {
    }

    /** The instant, or null when the text is null, blank or not a valid time in this format. */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        Instant fast = parseExact(text);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text.strip(), FORMAT).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Fast path for the exact shape Twitter writes (30 characters, names capitalised), about twenty
     * times quicker than the formatter; null sends anything else to the formatter, which decides.
     */
    private static Instant parseExact(String t) {
        if (t.length() != 30 || t.charAt(3) != ' ' || t.charAt(7) != ' ' || t.charAt(10) != ' '
                || t.charAt(13) != ':' || t.charAt(16) != ':' || t.charAt(19) != ' ' || t.charAt(25) != ' ') {
            return null;
        }
        int weekday = indexOf(DAYS, t, 0);
        int month = indexOf(MONTHS, t, 4);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        char sign = t.charAt(20);
        int offsetHours = digits(t, 21, 2);
        int offsetMinutes = digits(t, 23, 2);
        int year = digits(t, 26, 4);
        if (weekday < 0 || month < 0 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || (sign != '+' && sign != '-') || offsetHours < 0
                || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59 || year < 0
                || day > YearMonth.of(year, month + 1).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month + 1, day);
        if (date.getDayOfWeek().ordinal() != weekday) {
            return null;
        }
        int offset = (sign == '+' ? 1 : -1) * (offsetHours * 3600 + offsetMinutes * 60);
        if (Math.abs(offset) > 18 * 3600) {
            return null;
        }
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second - offset);
    }

    private static int indexOf(String[] names, String t, int at) {
        for (int i = 0; i < names.length; i++) {
            if (t.startsWith(names[i], at)) {
                return i;
            }
        }
        return -1;
    }

    private static int digits(String t, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Why {@link #parse} returns null for this text, in words a person can act on, or null when the
     * text parses.
     */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "created_at is empty";
        }
        String t = text.strip();
        String reason;
        try {
            OffsetDateTime.parse(t, FORMAT);
            return null;
        } catch (DateTimeParseException e) {
            reason = reason(t, e);
        } catch (DateTimeException e) {
            reason = e.getMessage();
        }
        return "created_at '" + TwcsRowParser.shorten(text) + "' is not a time like '" + EXAMPLE + "' ("
                + reason + ")";
    }

    private static String reason(String t, DateTimeParseException e) {
        if (t.length() > 4) {
            try {
                OffsetDateTime date = OffsetDateTime.parse(t.substring(4), WITHOUT_WEEKDAY);
                return "weekday '" + t.substring(0, 3) + "' does not match " + date.toLocalDate() + ", a "
                        + DAYS[date.getDayOfWeek().ordinal()];
            } catch (DateTimeException ignored) {
                // not a weekday conflict: report the parser's own reason below
            }
        }
        String detail = e.getMessage();
        int colon = detail == null ? -1 : detail.indexOf("could not be parsed: ");
        if (colon >= 0) {
            // "Text '...' could not be parsed: Invalid value for HourOfDay (valid values 0 - 23): 25"
            return detail.substring(colon + "could not be parsed: ".length());
        }
        int at = Math.min(Math.max(e.getErrorIndex(), 0), t.length());
        return "unexpected text at character " + (at + 1) + ": '" + TwcsRowParser.shorten(t.substring(at)) + "'";
    }

    private static Map<Long, String> names(String[] abbreviations) {
        Map<Long, String> names = new HashMap<>();
        for (int i = 0; i < abbreviations.length; i++) {
            names.put((long) i + 1, abbreviations[i]);
        }
        return names;
    }
}
