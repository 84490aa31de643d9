package org.socialcare.warehouse.ingest.adapters.twcs;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcare.warehouse.testing.RebuiltViews;
import org.socialcare.warehouse.testing.TestWarehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * split-twcs, the ingest and the sessionization (silver and gold as views) on the real sample ../shared/data/twcs/twcs-head.csv (106 tweets of
 * the public dataset, not copied into this repository: its licence is CC BY-NC-SA). The expected
 * values were worked out from the file's timestamps and reply links by hand (they are spelt out below).
 * Skipped where ../shared is not present.
 */
class TwcsSampleTest {
    static final Path SAMPLE = Path.of(System.getProperty("project.root", "."), "..", "shared", "data", "twcs",
            "twcs-head.csv").normalize();

    @TempDir
    Path tmp;

    @Test
    void splitIngestAndSessionizationGiveTheHandCheckedNumbersPerBrand() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SAMPLE), "skipped: " + SAMPLE + " is not present");
        TestWarehouse wh = new TestWarehouse(tmp, "ingest.format = twcs");

        TwcsSplitter.Summary split = TwcsSplitter.split(new Configuration(), SAMPLE.toString(), wh.landing.toString());

        // 156 is from Oct 23 and the broadcast post 81 from Oct 30; the other 104 tweets from Oct 31
        assertEquals(106, split.recordsRead());
        assertEquals(0, split.undatedRecords());
        assertEquals(Map.of(LocalDate.of(2017, 10, 23), 1L, LocalDate.of(2017, 10, 30), 1L,
                LocalDate.of(2017, 10, 31), 104L), split.recordsPerDate());

        // The three dumps ingested one after the other, then sessionized, with silver and gold as views.
        try (RebuiltViews night = new RebuiltViews(wh, List.of(LocalDate.of(2017, 10, 23), LocalDate.of(2017, 10, 30),
                LocalDate.of(2017, 10, 31)))) {
            assertEquals(List.of("read 1 = accepted 1 + duplicates 0 + quarantined 0",
                            "read 1 = accepted 0 + duplicates 0 + quarantined 1",
                            "read 104 = accepted 104 + duplicates 0 + quarantined 0"),
                    night.ingested.stream().map(c -> c.lines().reconciliation()).toList());
            assertTheHandCheckedNumbers(wh);
        }
    }

    private static void assertTheHandCheckedNumbers(TestWarehouse wh) {

        // The broadcast post answers no customer; its one answer in the sample (80) is 115733's own conversation.
        assertEquals(List.of("81,twcs_no_customer"),
                wh.csv("SELECT split(raw_line, ',')[0], reason_code FROM bronze.quarantine"));

        // Conversations per brand: one per customer who wrote to it (115722, who signs like an agent
        // but tweets inbound, is a customer of VerizonSupport; 115744 joined 115743's thread).
        List<String> perBrand = List.of("AskPlayStation,4", "Ask_Spectrum,3", "ChipotleTweets,15",
                "VerizonSupport,7", "sprintcare,3");
        assertEquals(perBrand, wh.csv("SELECT brand_id, count(*) FROM gold_fact_conversation GROUP BY brand_id ORDER BY brand_id"));
        assertEquals(perBrand, wh.csv("SELECT brand_id, sum(conversations) FROM gold_agg_channel_daily "
                + "GROUP BY brand_id ORDER BY brand_id"));

        // First replies, from the timestamps:
        //   sprintcare/115712:    8 at 21:45:10 -> 6 at 21:46:24                       =     74 s
        //   Ask_Spectrum/115716: 29 at 22:01:35 -> 28 at 22:05:37                      =    242 s
        //   VerizonSupport/115721: 49 at 21:42:09 -> 40 at 22:12:00 (115722's tweets are inbound) = 1791 s
        //   AskPlayStation/115743: 180 at 08:17:37 -> 178 at 22:14:49                  =  50232 s
        //   ChipotleTweets/115735: 156 on Oct 23 03:19:06 -> 154 on Oct 31 22:09:00; 155 replies to 156
        //     eight days later, so the reply chain keeps it in the same conversation  = 758994 s
        assertEquals(List.of(
                "AskPlayStation,115743,2017-10-31,50232,null",
                "Ask_Spectrum,115716,2017-10-31,242,Ask_Spectrum/JK",
                "ChipotleTweets,115735,2017-10-23,758994,ChipotleTweets/Becky",
                "VerizonSupport,115721,2017-10-31,1791,VerizonSupport/HSB",
                "sprintcare,115712,2017-10-31,74,null"),
                wh.csv("SELECT brand_id, customer_id, report_date, first_reply_seconds, "
                        + "coalesce(agent_id, 'null') FROM gold_fact_conversation "
                        + "WHERE customer_id IN ('115712', '115716', '115721', '115735', '115743') ORDER BY brand_id"));
    }
}
