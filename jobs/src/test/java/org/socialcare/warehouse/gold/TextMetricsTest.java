package org.socialcare.warehouse.gold;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcare.warehouse.testing.RebuiltViews;
import org.socialcare.warehouse.testing.TestWarehouse;
import org.socialcare.warehouse.text.Pseudonymizer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialcare.warehouse.testing.Records.message;

/** Sentiment and topics of inbound messages, top topics and quick replies, and the privacy switch. */
class TextMetricsTest {
    static final LocalDate DUMP = LocalDate.of(2026, 11, 20);

    @TempDir
    Path tmp;

    static String in(String id, String customer, String at, String extra) {
        return message(id, "facebook", "acme", "in", customer, at, extra);
    }

    static String reply(String id, String customer, String at, String quickReply) {
        return message(id, "facebook", "acme", "out", customer, at,
                ",\"agent_id\":\"a\",\"quick_reply\":\"" + quickReply + "\"");
    }

    static List<String> dump() {
        return List.of(
                in("p1", "c9", "2026-11-19T09:00:00Z", ",\"text\":\"My invoice is wrong\",\"tags\":[\"billing/invoice\"]"),
                in("m1", "c1", "2026-11-20T09:00:00Z", ",\"text\":\"I love this, thanks! \\ud83d\\ude0d\""),
                in("m2", "c2", "2026-11-20T09:00:00Z", ",\"text\":\"fine\",\"sentiment\":\"negative\""),
                in("m3", "c3", "2026-11-20T09:00:00Z", ",\"text\":\"Where is my parcel? Still waiting\""),
                in("m4", "c4", "2026-11-20T09:00:00Z", ",\"text\":\"invoice 123\",\"tags\":[\"billing/invoice\"]"),
                in("m5", "c5", "2026-11-20T09:00:00Z", ",\"text\":\"Still waiting for my package\""),
                in("m6", "c6", "2026-11-20T09:00:00Z", ",\"text\":\"question\",\"tags\":[\"billing/invoice\"]"),
                reply("r1", "c1", "2026-11-20T10:00:00Z", "Please DM us"),
                reply("r2", "c2", "2026-11-20T10:00:00Z", "Thanks for reaching out"),
                reply("r3", "c3", "2026-11-20T10:00:00Z", "Please DM us"),
                reply("r4", "c4", "2026-11-20T10:00:00Z", "Thanks for reaching out"));
    }

    @Test
    void sentimentAndTopicsComeFromTheDumpElseFromTheText() {
        TestWarehouse wh = new TestWarehouse(tmp);
        wh.writeDump(DUMP, "a.jsonl", dump());
        try (RebuiltViews night = new RebuiltViews(wh, DUMP)) {
            assertSentimentAndTopics(wh);
        }
    }

    private static void assertSentimentAndTopics(TestWarehouse wh) {
        assertEquals(List.of(
                        "m1,positive,analyzer,[],null",
                        "m2,negative,dump,[],null",
                        "m3,neutral,analyzer,[delivery/late],taxonomy",
                        "m4,neutral,analyzer,[billing/invoice],dump",
                        "m5,neutral,analyzer,[delivery/late],taxonomy",
                        "m6,neutral,analyzer,[billing/invoice],dump",
                        "p1,negative,analyzer,[billing/invoice],dump"),
                wh.csv("SELECT message_id, sentiment_label, sentiment_source, "
                        + "concat('[', array_join(topics, ','), ']'), topic_source FROM silver_messages "
                        + "WHERE direction = 'in' ORDER BY message_id"));
        // 11-20: 6 inbound, 1 positive, 1 negative, 4 neutral; net (1 - 1) / (1 + 1) = 0.
        assertEquals(List.of("2026-11-20,6,1,4,1,0.16666666666666666,0,2,0.0"),
                wh.csv("SELECT report_date, inbound_messages, sentiment_positive, sentiment_neutral, "
                        + "sentiment_negative, sentiment_positive_share, net_sentiment_num, net_sentiment_den, "
                        + "net_sentiment FROM gold_agg_channel_daily WHERE report_date = '2026-11-20'"));
        // Two topics of two messages each on 11-20: the tie goes to the name; 4 messages have a topic.
        // billing/invoice had 1 message on 11-19: +1, x2.
        assertEquals(List.of(
                        "2026-11-19,1,billing/invoice,billing,invoice,1,1.0,0,1,null",
                        "2026-11-20,1,billing/invoice,billing,invoice,2,0.5,1,1,2.0",
                        "2026-11-20,2,delivery/late,delivery,late,2,0.5,0,2,null"),
                wh.csv("SELECT report_date, rank, topic, topic_root, subtopic, messages, share, "
                        + "previous_day_messages, day_over_day_change, day_over_day_ratio FROM gold_top_topics_daily "
                        + "ORDER BY report_date, rank"));
        assertEquals(List.of("1,Please DM us,2,0.5", "2,Thanks for reaching out,2,0.5"),
                wh.csv("SELECT rank, quick_reply, uses, share FROM gold_top_quick_replies_daily "
                        + "ORDER BY rank"));
        // No message text in gold: no gold table has a text column (the tables' own schemas).
        for (String table : List.of("fact_conversation", "agg_channel_daily", "top_topics_daily")) {
            assertEquals(false, List.of(wh.spark.table("gold." + table).columns()).contains("text"), table);
        }
    }

    @Test
    void pseudonymisedCustomerIdsAreKeyedHashesInSilverAndGold() {
        String key = "0123456789abcdef-test-key";
        TestWarehouse wh = new TestWarehouse(tmp, "privacy { pseudonymize_customers = true, key = \"" + key + "\" }");
        wh.writeDump(DUMP, "a.jsonl", dump());
        wh.nightly(DUMP);
        // Run the day again: the same ids, nothing added.
        wh.nightly(DUMP);

        Pseudonymizer p = new Pseudonymizer(key.getBytes(StandardCharsets.UTF_8));
        List<String> expected = List.of("c1", "c2", "c3", "c4", "c5", "c6", "c9").stream().map(p::pseudonymize)
                .sorted().toList();
        assertEquals(expected, wh.csv("SELECT customer_id FROM gold.fact_conversation ORDER BY 1"));
        assertEquals(expected, wh.csv(
                "SELECT DISTINCT customer_id FROM silver.messages ORDER BY 1"));
        assertEquals(32, expected.get(0).length());
    }
}
