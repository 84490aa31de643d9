package org.socialcare.warehouse.gold;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcare.warehouse.sample.SampleGenerator;
import org.socialcare.warehouse.testing.RebuiltViews;
import org.socialcare.warehouse.testing.TestWarehouse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One day of the sample generator (500 messages: every shape it makes, bots, transfers, reopens,
 * surveys, late replies), sessionized, with silver and gold as views: the waits and the conversations
 * agree.
 */
class GeneratedSampleTest {
    static final LocalDate D1 = LocalDate.of(2026, 11, 20);

    @TempDir
    Path tmp;

    @Test
    void onTheGeneratedSampleEveryWaitAgreesWithItsConversation() throws Exception {
        TestWarehouse wh = new TestWarehouse(tmp);
        SampleGenerator.generate(new SampleGenerator.Options(wh.landing, D1, 1, 500, 7));
        try (RebuiltViews night = new RebuiltViews(wh, D1)) {
            List<String> agreement = wh.csv(TestWarehouse.repliesAgainstConversations("gold_fact_conversation",
                    "gold_fact_reply"));
            assertEquals(1, agreement.size());
            assertTrue(Long.parseLong(agreement.get(0).split(",")[0]) > 100, "conversations: " + agreement);
            assertEquals("0", agreement.get(0).split(",")[1], "conversations whose waits disagree: " + agreement);
            // Every conversation with a wait has a reply 1, numbered without gaps.
            assertEquals(List.of("0"), wh.csv("SELECT count(*) FROM (SELECT conversation_id, max(reply_number) AS last, "
                    + "count(*) AS waits, min(reply_number) AS first FROM gold_fact_reply GROUP BY conversation_id) "
                    + "WHERE first <> 1 OR last <> waits"));
        }
    }
}
