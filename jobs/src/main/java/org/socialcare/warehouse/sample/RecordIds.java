package org.socialcare.warehouse.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Hands out record ids for the conversations started on one day, e.g. {@code msg-20261116-0000042}
 * (and makes customer ids). The date in the id keeps samples generated for different date ranges
 * from reusing ids.
 */
final class RecordIds {
    private final String day;
    private long next = 1;

    RecordIds(LocalDate day) {
        this.day = day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** The next id with the given prefix ({@code msg}, {@code evt}, {@code srv}, {@code thr}). */
    String next(String prefix) {
        return padded(prefix + "-" + day + "-", next++, 7);
    }

    /** A customer id, e.g. {@code cust-0001234}. */
    static String customer(int number) {
        return padded("cust-", number, 7);
    }

    /** The prefix and the number with leading zeros to at least {@code digits} digits. */
    static String padded(String prefix, long number, int digits) {
        String value = Long.toString(number);
        StringBuilder s = new StringBuilder(prefix.length() + Math.max(digits, value.length())).append(prefix);
        for (int i = value.length(); i < digits; i++) {
            s.append('0');
        }
        return s.append(value).toString();
    }
}
