package org.socialcare.warehouse.ingest.adapters.twcs;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socialcare.warehouse.ingest.BronzeIngest;
import org.socialcare.warehouse.ingest.IngestCounts;
import org.socialcare.warehouse.testing.RebuiltViews;
import org.socialcare.warehouse.testing.TestWarehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The TWCS adapter through the ingest, and its bronze rows through the sessionization (silver and gold
 * as views): rows written in the shape of the public dataset's (quoted
 * multi-line text, several response ids, sign-offs, a thread between two customers, a broadcast post,
 * a reply to a tweet missing from the data, chains that cross from one dump to the next).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwcsIngestTest {
    static final LocalDate D1 = LocalDate.of(2026, 11, 20);
    static final LocalDate D2 = LocalDate.of(2026, 11, 21);
    static final String HEADER = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id";

    /** Both dumps ingested once, D1 then D2, then sessionized (for D2), shared by the tests. */
    Path tmp;
    TestWarehouse wh;
    IngestCounts first;
    IngestCounts second;
    RebuiltViews night;

    @BeforeAll
    void setUp() throws IOException {
        tmp = Files.createTempDirectory("twcs-ingest-test");
        wh = new TestWarehouse(tmp, "ingest.format = twcs");
        writeDumps();
        first = ingest(D1);
        second = ingest(D2);
        night = RebuiltViews.ofBronze(wh, D2);
    }

    @BeforeEach
    void useTheSharedWarehouse() {
        wh.use();
    }

    @AfterAll
    void tearDown() throws IOException {
        night.close();
        try (var paths = Files.walk(tmp)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String d1(String time) {
        return "Fri Nov 20 " + time + " +0000 2026";
    }

    private static String d2(String time) {
        return "Sat Nov 21 " + time + " +0000 2026";
    }

    private void writeDumps() {
        wh.writeDump(D1, "twcs-2026-11-20.csv", List.of(HEADER,
                // a customer's question, text quoted over two lines with a comma, doubled quotes and an entity
                "1001,501,TRUE," + d1("10:00:00") + ",\"@AcmeHelp my router, again\nis down &amp; I'm \"\"offline\"\"\",\"1002,1003\",",
                "1002,AcmeHelp,FALSE," + d1("10:05:00") + ",\"@501 Sorry to hear that! Can you DM us?\n^HSB\",1004,1001",
                "1003,AcmeHelp,FALSE," + d1("10:06:00") + ",@501 We have also opened a ticket for you. -Becky,,1001",
                "1004,501,TRUE," + d1("10:20:00") + ",@AcmeHelp done,1005,1002",
                "1005,AcmeHelp,FALSE," + d1("10:30:00") + ",@501 Thanks - KC,1006,1004",
                // a thread between two customers: no company in it
                "2001,601,TRUE," + d1("11:00:00") + ",@602 anyone else having issues?,2002,",
                "2002,602,TRUE," + d1("11:10:00") + ",@601 yes same here,,2001",
                // a broadcast post, answered by two customers
                "3001,AcmeHelp,FALSE," + d1("09:00:00") + ",New plans are live! https://t.co/x,\"3002,3003\",",
                "3002,701,TRUE," + d1("12:00:00") + ",are they cheaper?,3004,3001",
                "3003,702,TRUE," + d1("12:30:00") + ",@AcmeHelp what about 5G?,,3001",
                "3004,AcmeHelp,FALSE," + d1("12:10:00") + ",@701 Yes! ^JK,,3002",
                // an impossible time
                "4001,501,TRUE,Fri Nov 20 25:00:00 +0000 2026,hi,,",
                // a reply to a tweet that is not in the data
                "5001,AcmeHelp,FALSE," + d1("13:00:00") + ",@801 Glad to help!,,9999",
                // a question late in the day, answered in the next dump
                "6001,901,TRUE," + d1("23:50:00") + ",@AcmeHelp bill is wrong,6002,"));
        wh.writeDump(D1, "notes.csv", List.of("id,comment", "1,not a TWCS file"));
        wh.writeDump(D2, "twcs-2026-11-21.csv", List.of(HEADER,
                // the first customer again, 28.5 hours later, replying to the last answer
                "1006,501,TRUE," + d2("15:00:00") + ",@AcmeHelp it is down again,1007,1005",
                "1007,AcmeHelp,FALSE," + d2("15:30:00") + ",@501 On it -Becky,,1006",
                "6002,AcmeHelp,FALSE," + d2("00:10:00") + ",@901 Let us check -Becky,,6001"));
    }

    private IngestCounts ingest(LocalDate date) {
        return new BronzeIngest(wh.use().spark, wh.config, wh.root).ingest(date, "twcs-ingest-test-" + date);
    }

    @Test
    void mapsRowsToMessagesAlongReplyChainsAndQuarantinesWhatCannotBeMapped() {
        // D1: 14 TWCS rows + 1 file without the TWCS header; 5 quarantined
        assertEquals("read 15 = accepted 10 + duplicates 0 + quarantined 5", first.lines().reconciliation());
        assertEquals("read 3 = accepted 3 + duplicates 0 + quarantined 0", second.lines().reconciliation());

        assertEquals(List.of(
                "1001,AcmeHelp,in,501,1001,null,null,2026-11-20T10:00:00Z",
                "1002,AcmeHelp,out,501,1001,1001,AcmeHelp/HSB,2026-11-20T10:05:00Z",
                "1003,AcmeHelp,out,501,1001,1001,AcmeHelp/Becky,2026-11-20T10:06:00Z",
                "1004,AcmeHelp,in,501,1001,1002,null,2026-11-20T10:20:00Z",
                "1005,AcmeHelp,out,501,1001,1004,AcmeHelp/KC,2026-11-20T10:30:00Z",
                "1006,AcmeHelp,in,501,1001,1005,null,2026-11-21T15:00:00Z",
                "1007,AcmeHelp,out,501,1001,1006,AcmeHelp/Becky,2026-11-21T15:30:00Z",
                "3002,AcmeHelp,in,701,3001,3001,null,2026-11-20T12:00:00Z",
                "3003,AcmeHelp,in,702,3001,3001,null,2026-11-20T12:30:00Z",
                "3004,AcmeHelp,out,701,3001,3002,AcmeHelp/JK,2026-11-20T12:10:00Z",
                "5001,AcmeHelp,out,801,9999,9999,null,2026-11-20T13:00:00Z",
                "6001,AcmeHelp,in,901,6001,null,null,2026-11-20T23:50:00Z",
                "6002,AcmeHelp,out,901,6001,6001,AcmeHelp/Becky,2026-11-21T00:10:00Z"),
                wh.csv("SELECT id, brand_id, direction, customer_id, thread_id, reply_to_id, agent_id, created_at "
                        + "FROM bronze.messages ORDER BY id"));
        assertEquals(List.of("@AcmeHelp my router, again\nis down & I'm \"offline\""),
                wh.csv("SELECT text FROM bronze.messages WHERE id = '1001'"));

        assertEquals(List.of(
                "9,message,twcs_no_company,tweet 2001 by 601 is in a thread with no company account: no company tweets in it or is @mentioned (a thread between customers)",
                "10,message,twcs_no_company,tweet 2002 by 602 is in a thread with no company account: no company tweets in it or is @mentioned (a thread between customers)",
                "11,message,twcs_no_customer,company tweet 3001 by AcmeHelp answers no customer (a broadcast post: each customer who answers it has a conversation of their own)",
                "15,null,bad_time,created_at 'Fri Nov 20 25:00:00 +0000 2026' is not a time like 'Tue Oct 31 22:10:47 +0000 2017' (Invalid value for HourOfDay (valid values 0 - 23): 25)"),
                wh.csv("SELECT line_number, record_type, reason_code, reason FROM bronze.quarantine "
                        + "WHERE source_file LIKE '%twcs-2026-11-20.csv' ORDER BY line_number"));
        assertEquals(List.of("1,bad_header"),
                wh.csv("SELECT line_number, reason_code FROM bronze.quarantine WHERE source_file LIKE '%notes.csv'"));

        // One conversation per customer; the reply chain keeps 501's reply after 28.5 hours in its conversation.
        assertEquals(List.of(
                "501,3,4,300,2700,3",
                "701,1,1,600,600,1",
                "702,1,0,null,0,0",
                "801,0,1,null,0,0",
                "901,1,1,1200,1200,1"),
                wh.csv("SELECT customer_id, inbound_messages, replies, first_reply_seconds, reply_wait_seconds_sum, "
                        + "reply_wait_seconds_count FROM gold_fact_conversation WHERE brand_id = 'AcmeHelp' ORDER BY customer_id"));
    }

    /**
     * Bronze is unchanged, so nothing downstream changes either (that a re-run leaves silver and gold
     * as they were is ConversationMetricsTest's and TextMetricsTest's).
     */
    @Test
    void reIngestingATwcsDumpChangesNothing() {
        List<String> before = wh.csv("SELECT * FROM bronze.messages ORDER BY channel, id");
        IngestCounts again = ingest(D1);

        assertEquals("read 15 = accepted 0 + duplicates 10 + quarantined 5", again.lines().reconciliation());
        assertEquals(List.of("13"), wh.csv("SELECT count(*) FROM bronze.messages"));
        assertEquals(before, wh.csv("SELECT * FROM bronze.messages ORDER BY channel, id"));
    }
}
