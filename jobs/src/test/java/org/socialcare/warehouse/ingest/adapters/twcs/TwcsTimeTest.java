package org.socialcare.warehouse.ingest.adapters.twcs;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TwcsTimeTest {
    @Test
    void parsesTheTwitterFormat() {
        assertEquals(Instant.parse("2017-11-01T09:15:00Z"), TwcsTime.parse("Wed Nov 01 09:15:00 +0000 2017"));
        assertEquals(Instant.parse("2017-09-04T23:02:03Z"), TwcsTime.parse("Tue Sep 05 01:02:03 +0200 2017"));
        assertEquals(Instant.parse("2017-12-31T23:59:59Z"), TwcsTime.parse(" sun dec 31 23:59:59 +0000 2017 "));
        assertEquals(Instant.parse("2016-02-29T12:00:00Z"), TwcsTime.parse("Mon Feb 29 12:00:00 +0000 2016"));
        assertNull(TwcsTime.problem("Wed Nov 01 09:15:00 +0000 2017"));
    }

    @Test
    void agreesWithTheJdkFormatterOnRandomTimesAndOffsets() {
        DateTimeFormatter twitter = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(1_000_000_000L + (long) (random.nextDouble() * 1_000_000_000L));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1800);
            String text = twitter.format(instant.atOffset(offset));
            assertEquals(instant, TwcsTime.parse(text), text);
            assertEquals(instant, TwcsTime.parse(text.toUpperCase(Locale.ROOT)), text);
        }
    }

    @Test
    void badTimesGiveNullAndAReason() {
        assertNull(TwcsTime.parse(null));
        assertNull(TwcsTime.parse(""));
        assertNull(TwcsTime.parse("2017-11-01T09:15:00Z"));
        assertNull(TwcsTime.parse("Wed Nov 31 09:15:00 +0000 2017"));
        assertNull(TwcsTime.parse("Thu Nov 01 09:15:00 +0000 2017"));
        assertNull(TwcsTime.parse("Wed Nov 01 09:15:00 2017"));
        assertNull(TwcsTime.parse("Wed Feb 29 09:15:00 +0000 2017"));
        assertNull(TwcsTime.parse("Wed Nov 01 09:60:00 +0000 2017"));
        assertNull(TwcsTime.parse("Wed Nov 01 09:15:00 +1900 2017"));
        assertNull(TwcsTime.parse("Wed Nov 01 09:15:00 *0000 2017"));
        assertNull(TwcsTime.parse("Wed Nov 0x 09:15:00 +0000 2017"));

        assertEquals("created_at is empty", TwcsTime.problem(" "));
        assertEquals("created_at 'Thu Nov 01 09:15:00 +0000 2017' is not a time like 'Tue Oct 31 22:10:47 +0000 2017'"
                + " (weekday 'Thu' does not match 2017-11-01, a Wed)", TwcsTime.problem("Thu Nov 01 09:15:00 +0000 2017"));
        assertEquals("created_at 'Wed Nov 01 24:15:00 +0000 2017' is not a time like 'Tue Oct 31 22:10:47 +0000 2017'"
                + " (Invalid value for HourOfDay (valid values 0 - 23): 24)",
                TwcsTime.problem("Wed Nov 01 24:15:00 +0000 2017"));
        assertEquals("created_at '2017-11-01T09:15:00Z' is not a time like 'Tue Oct 31 22:10:47 +0000 2017'"
                + " (unexpected text at character 1: '2017-11-01T09:15:00Z')", TwcsTime.problem("2017-11-01T09:15:00Z"));
        assertEquals("created_at 'Wed Nov 01 09:15:00 2017' is not a time like 'Tue Oct 31 22:10:47 +0000 2017'"
                + " (unexpected text at character 21: '2017')", TwcsTime.problem("Wed Nov 01 09:15:00 2017"));
    }
}
