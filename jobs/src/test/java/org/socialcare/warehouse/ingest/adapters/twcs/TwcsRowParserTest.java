package org.socialcare.warehouse.ingest.adapters.twcs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows below are written for these tests in the shape of the public TWCS file; none is copied from it. */
class TwcsRowParserTest {
    private static List<String> fields(String... values) {
        return List.of(values);
    }

    @Test
    void companyReplyWithSeveralResponses() {
        TwcsRowParser.Result result = TwcsRowParser.parse(fields("2001", "AcmeCare", "FALSE",
                "Wed Nov 01 09:15:00 +0000 2017", "@900301 Try a restart &amp; tell us -Lena", "2002,2005,2009", "1999"));

        assertTrue(result.isAccepted());
        assertNull(result.reason());
        assertEquals(new TwcsRow("2001", "AcmeCare", false, Instant.parse("2017-11-01T09:15:00Z"),
                "@900301 Try a restart & tell us -Lena", List.of("2002", "2005", "2009"), "1999"), result.row());
        assertTrue(result.row().authorIsCompany());
    }

    @Test
    void customerTweetStartingAThread() {
        TwcsRow row = TwcsRowParser.parse(fields(" 2101 ", "900302", "true",
                "Wed Nov 01 08:00:00 +0000 2017", "", "", "")).row();

        assertEquals("2101", row.tweetId());
        assertTrue(row.inbound());
        assertFalse(row.authorIsCompany());
        assertEquals("", row.text());
        assertEquals(List.of(), row.responseTweetIds());
        assertNull(row.inResponseToTweetId());
    }

    @Test
    void threadBetweenTwoCustomers() {
        String csv = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
                + "2201,900303,TRUE,Wed Nov 01 10:00:00 +0000 2017,@900304 is your internet down too?,2202,\n"
                + "2202,900304,TRUE,Wed Nov 01 10:03:00 +0000 2017,\"@900303 yes, since 9\n"
                + "no idea why\",,2201\n";
        List<TwcsRow> rows = new ArrayList<>();
        try (TwcsCsvReader reader = new TwcsCsvReader(new StringReader(csv))) {
            reader.forEachRemaining(record -> rows.add(TwcsRowParser.parse(record).row()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        assertEquals(List.of(
                new TwcsRow("2201", "900303", true, Instant.parse("2017-11-01T10:00:00Z"),
                        "@900304 is your internet down too?", List.of("2202"), null),
                new TwcsRow("2202", "900304", true, Instant.parse("2017-11-01T10:03:00Z"),
                        "@900303 yes, since 9\nno idea why", List.of(), "2201")), rows);
        assertFalse(rows.get(0).authorIsCompany());
        assertFalse(rows.get(1).authorIsCompany());
    }

    @Test
    void floatLookingIdsAndLooseResponseListsAreNormalised() {
        TwcsRow row = TwcsRowParser.parse(fields("2301", "AcmeCare", "FALSE",
                "Wed Nov 01 11:00:00 +0000 2017", "ok", " 2302 ,,2303.0,", "2300.0")).row();

        assertEquals(List.of("2302", "2303"), row.responseTweetIds());
        assertEquals("2300", row.inResponseToTweetId());
    }

    @Test
    void badTimeIsQuarantinedWithAReason() {
        TwcsRowParser.Result result = TwcsRowParser.parse(fields("2401", "900305", "TRUE",
                "Wed Nov 01 25:00:00 +0000 2017", "hi", "", ""));

        assertFalse(result.isAccepted());
        assertNull(result.row());
        assertEquals("created_at 'Wed Nov 01 25:00:00 +0000 2017' is not a time like 'Tue Oct 31 22:10:47 +0000 2017'"
                + " (Invalid value for HourOfDay (valid values 0 - 23): 25)", result.reason());
    }

    @Test
    void eachBadFieldIsNamed() {
        assertEquals("inbound 'yes' is not TRUE or FALSE", TwcsRowParser.parse(fields("2501", "900306", "yes",
                "Wed Nov 01 12:00:00 +0000 2017", "hi", "", "")).reason());
        assertEquals("inbound is empty; expected TRUE or FALSE", TwcsRowParser.parse(fields("2501", "900306", "",
                "Wed Nov 01 12:00:00 +0000 2017", "hi", "", "")).reason());
        assertEquals("tweet_id is empty", TwcsRowParser.parse(fields("", "900306", "TRUE",
                "Wed Nov 01 12:00:00 +0000 2017", "hi", "", "")).reason());
        assertEquals("tweet_id 'abc-1' is not a numeric tweet id", TwcsRowParser.parse(fields("abc-1", "900306",
                "TRUE", "Wed Nov 01 12:00:00 +0000 2017", "hi", "", "")).reason());
        assertEquals("author_id is empty", TwcsRowParser.parse(fields("2501", " ", "TRUE",
                "Wed Nov 01 12:00:00 +0000 2017", "hi", "", "")).reason());
        assertEquals("response_tweet_id 'x9' is not a numeric tweet id", TwcsRowParser.parse(fields("2501",
                "900306", "TRUE", "Wed Nov 01 12:00:00 +0000 2017", "hi", "2502,x9", "")).reason());
        assertEquals("in_response_to_tweet_id '25 00' is not a numeric tweet id", TwcsRowParser.parse(fields(
                "2501", "900306", "TRUE", "Wed Nov 01 12:00:00 +0000 2017", "hi", "", "25 00")).reason());
    }

    @Test
    void allProblemsOfARecordAreReportedTogether() {
        assertEquals("tweet_id is empty; inbound 'Y' is not TRUE or FALSE; created_at is empty",
                TwcsRowParser.parse(fields("", "AcmeCare", "Y", "", "hi", "", "")).reason());
    }

    @Test
    void readerErrorsAndWrongFieldCountsPassThrough() {
        assertEquals("expected 7 fields but found 2", TwcsRowParser.parse(fields("1", "2")).reason());
        TwcsCsvReader.Record broken = new TwcsCsvReader.Record(9, 1, null,
                "unterminated quoted field 5: the input ends inside quotes", "2601,900307,TRUE,x,\"oops");
        assertEquals("unreadable CSV record: unterminated quoted field 5: the input ends inside quotes",
                TwcsRowParser.parse(broken).reason());
    }
}
