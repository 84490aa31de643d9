package org.socialcare.warehouse.silver;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socialcare.warehouse.testing.RebuiltViews;
import org.socialcare.warehouse.testing.TestWarehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialcare.warehouse.testing.Records.caseEvent;
import static org.socialcare.warehouse.testing.Records.message;
import static org.socialcare.warehouse.testing.Records.survey;

/**
 * Hand-built conversations of brand acme (not in the reference data: industry unknown), one dump
 * 2026-11-20, so the as-of time of statuses is 2026-11-21T00:00Z. Timeout 24 h, reopen window 72 h,
 * first-reply SLA 3 h, handle-time cap 10 min (the defaults). Every expected value is worked out in
 * the comments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationMetricsTest {
    static final LocalDate DUMP = LocalDate.of(2026, 11, 20);

    /**
     * The dump of dump() ingested and sessionized, with silver and gold as views (gold_fact_conversation,
     * gold_agg_channel_daily, ...), shared by the tests (they only read it).
     */
    Path tmp;
    TestWarehouse wh;
    RebuiltViews night;

    @BeforeAll
    void setUp() throws IOException {
        tmp = Files.createTempDirectory("conversation-metrics-test");
        wh = new TestWarehouse(tmp.resolve("one"));
        wh.writeDump(DUMP, "a.jsonl", dump());
        night = new RebuiltViews(wh, DUMP);
    }

    @BeforeEach
    void useTheSharedWarehouse() {
        wh.use(); // a test below registers a warehouse of its own in the same catalog
    }

    @AfterAll
    void tearDown() throws IOException {
        night.close();
        try (var paths = Files.walk(tmp)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static String in(String id, String customer, String at) {
        return message(id, "facebook", "acme", "in", customer, at, "");
    }

    static String out(String id, String customer, String at, String agent) {
        return message(id, "facebook", "acme", "out", customer, at, ",\"agent_id\":\"" + agent + "\"");
    }

    static List<String> dump() {
        List<String> lines = new ArrayList<>();
        // c1: replies after 5 and 10 minutes -> waits 300 + 600, mean 450 s (7.5 min). No case events,
        // brand had the last word, closed at as-of (10:30 + 24 h < 11-21) -> resolved, inferred at the
        // last reply: 1800 s. Handle estimated: 300 + min(600, 600) = 900. CSAT 4 of 5 is positive.
        lines.add(in("a1", "c1", "2026-11-19T10:00:00Z"));
        lines.add(out("a2", "c1", "2026-11-19T10:05:00Z", "ag1"));
        lines.add(in("a3", "c1", "2026-11-19T10:20:00Z"));
        lines.add(out("a4", "c1", "2026-11-19T10:30:00Z", "ag1"));
        lines.add(survey("s1", "facebook", "c1", "csat", "4", "2026-11-19T11:00:00Z"));
        // c2: a 25-hour gap splits two conversations. First: reply after 600 s with 120 s handle time
        // logged, resolved (inferred), one agent reply -> first contact resolution; NPS 9 = promoter.
        // Second: unanswered, closed -> abandoned, SLA breached (09:00 + 3 h < as-of).
        lines.add(in("b1", "c2", "2026-11-18T08:00:00Z"));
        lines.add(message("b2", "facebook", "acme", "out", "c2", "2026-11-18T08:10:00Z",
                ",\"agent_id\":\"ag2\",\"handle_seconds\":120"));
        lines.add(survey("s2", "facebook", "c2", "nps", "9", "2026-11-18T09:00:00Z"));
        lines.add(in("b3", "c2", "2026-11-19T09:00:00Z"));
        // c3: resolved at 11:00, an inbound 10 h later reopens it, resolved again at 22:00.
        // Waits 1800 + 900. First resolution 3600, final 43200. ag1 and ag2 one reply each: ag1 replied
        // first. Handle estimated min(1800, 600) + min(900, 600) = 1200.
        lines.add(in("c1m", "c3", "2026-11-18T10:00:00Z"));
        lines.add(out("c2m", "c3", "2026-11-18T10:30:00Z", "ag1"));
        lines.add(caseEvent("e1", "facebook", "c3", "resolved", "2026-11-18T11:00:00Z"));
        lines.add(in("c3m", "c3", "2026-11-18T21:00:00Z"));
        lines.add(out("c4m", "c3", "2026-11-18T21:15:00Z", "ag2"));
        lines.add(caseEvent("e2", "facebook", "c3", "resolved", "2026-11-18T22:00:00Z"));
        // c4: resolved 10:10; an inbound 80 h later starts a new conversation (abandoned).
        lines.add(in("d1", "c4", "2026-11-16T10:00:00Z"));
        lines.add(out("d2", "c4", "2026-11-16T10:05:00Z", "ag1"));
        lines.add(caseEvent("e3", "facebook", "c4", "resolved", "2026-11-16T10:10:00Z"));
        lines.add(in("d3", "c4", "2026-11-19T18:10:00Z"));
        // c5: resolved 09:30, an inbound 30 h later (past the 24 h timeout, within the 72 h reopen
        // window) reopens it; answered but never resolved again -> unresolved. Waits 1200 + 3600.
        lines.add(in("f1", "c5", "2026-11-17T09:00:00Z"));
        lines.add(out("f2", "c5", "2026-11-17T09:20:00Z", "ag2"));
        lines.add(caseEvent("e4", "facebook", "c5", "resolved", "2026-11-17T09:30:00Z"));
        lines.add(in("f3", "c5", "2026-11-18T15:30:00Z"));
        lines.add(out("f4", "c5", "2026-11-18T16:30:00Z", "ag2"));
        // c6 (instagram): answered by a bot only, which is not counted as a reply (no first reply, first
        // reply SLA breached), but the brand had the last word: resolved, inferred at the bot's message,
        // 120 s after the start, so the resolution SLA is met whatever the as-of time of the rebuild.
        lines.add(message("g1", "instagram", "acme", "in", "c6", "2026-11-16T08:00:00Z", ""));
        lines.add(message("g2", "instagram", "acme", "out", "c6", "2026-11-16T08:02:00Z", ",\"sender_type\":\"bot\""));
        return lines;
    }

    @Test
    void eachConversationMeasureMatchesTheHandComputedValue() {
        assertEquals(List.of(
                // customer, started, report date, status, resolution source, first reply, wait sum, wait count,
                // wait avg, first resolution, resolution, reopens, agent, handle, source, SLA met, FCR,
                // csat positive/responses, nps promoters/responses
                "c1,2026-11-19T10:00:00Z,2026-11-19,resolved,inferred,300,900,2,450.0,1800,1800,0,ag1,900.0,estimated,true,false,1,1,0,0",
                "c2,2026-11-18T08:00:00Z,2026-11-18,resolved,inferred,600,600,1,600.0,600,600,0,ag2,120.0,logged,true,true,0,0,1,1",
                "c2,2026-11-19T09:00:00Z,2026-11-19,abandoned,null,null,0,0,null,null,null,0,null,null,null,false,null,0,0,0,0",
                "c3,2026-11-18T10:00:00Z,2026-11-18,resolved,case_event,1800,2700,2,1350.0,3600,43200,1,ag1,1200.0,estimated,true,false,0,0,0,0",
                "c4,2026-11-16T10:00:00Z,2026-11-16,resolved,case_event,300,300,1,300.0,600,600,0,ag1,300.0,estimated,true,true,0,0,0,0",
                "c4,2026-11-19T18:10:00Z,2026-11-19,abandoned,null,null,0,0,null,null,null,0,null,null,null,false,null,0,0,0,0",
                "c5,2026-11-17T09:00:00Z,2026-11-17,unresolved,null,1200,4800,2,2400.0,1800,null,1,ag2,1200.0,estimated,true,null,0,0,0,0",
                "c6,2026-11-16T08:00:00Z,2026-11-16,resolved,inferred,null,0,0,null,120,120,0,null,null,null,false,false,0,0,0,0"),
                csv("SELECT customer_id, started_at, report_date, status, resolution_source, first_reply_seconds, "
                        + "reply_wait_seconds_sum, reply_wait_seconds_count, reply_wait_seconds_avg, "
                        + "first_resolution_seconds, resolution_seconds, reopens, agent_id, handle_seconds, handle_source, "
                        + "sla_first_reply_met, first_contact_resolution, csat_positive, csat_responses, nps_promoters, "
                        + "nps_responses FROM gold_fact_conversation ORDER BY customer_id, started_at"));
        assertEquals(List.of("unknown,8"), csv("SELECT industry, count(*) FROM gold_fact_conversation GROUP BY industry"));
        assertEquals(List.of("c6,2026-11-16T08:02:00Z,120,true"), csv("SELECT customer_id, resolved_at, resolution_seconds, "
                + "sla_resolution_met FROM silver_conversations WHERE customer_id = 'c6'"));
    }

    @Test
    void dailyAggregatesCountConversationsOnTheirDateAndMessagesOnTheirOwn() {
        // 2026-11-19: conversations c1, c2 (2nd), c4 (2nd): 3, all closed; resolved 1, abandoned 2.
        // First reply only c1: 300. SLA: c1 met, the two abandoned breached: 1/3. CSAT 1/1.
        // Messages created on 11-19: inbound a1, a3, b3, d3 = 4, replies a2, a4 = 2; of the 4 inbound
        // needing a reply, a1 and a3 were answered: 2/4.
        // 2026-11-18: conversations c2 (1st), c3: 2, both resolved, none abandoned. Messages on 11-18:
        // inbound b1, c1m, c3m, f3 = 4 (f3 belongs to c5 of 11-17), replies b2, c2m, c4m, f4 = 4, all 4 answered.
        // 2026-11-16 on instagram: c6, its bot message a reply in the counts but not an answer: 0/1.
        assertEquals(List.of(
                "2026-11-16,facebook,1,1,1,1,1,1.0,300,1,300.0,1,1,1,1.0,0,1,0.0,0,0,null",
                "2026-11-16,instagram,1,1,1,0,1,0.0,0,0,null,0,1,1,1.0,0,1,0.0,0,0,null",
                "2026-11-17,facebook,1,1,1,1,1,1.0,1200,1,1200.0,1,1,0,0.0,0,1,0.0,0,0,null",
                "2026-11-18,facebook,2,4,4,4,4,1.0,2400,2,1200.0,2,2,2,1.0,0,2,0.0,0,0,null",
                "2026-11-19,facebook,3,4,2,2,4,0.5,300,1,300.0,1,3,1,0.3333333333333333,2,3,0.6666666666666666,1,1,1.0"),
                csv("SELECT report_date, channel, conversations, inbound_messages, replies, response_rate_num, response_rate_den, "
                        + "response_rate, first_reply_seconds_sum, first_reply_seconds_count, first_reply_seconds_avg, "
                        + "sla_first_reply_rate_num, sla_first_reply_rate_den, resolution_rate_num, resolution_rate, "
                        + "abandonment_rate_num, abandonment_rate_den, abandonment_rate, csat_rate_num, csat_rate_den, "
                        + "csat_rate FROM gold_agg_channel_daily ORDER BY report_date, channel"));
        // Reply-wait rolls up as sum of waits / number of waits: 11-18 = (600 + 2700) / 3.
        assertEquals(List.of("2026-11-18,3300,3,1100.0"), csv("SELECT report_date, reply_wait_seconds_sum, "
                + "reply_wait_seconds_count, reply_wait_seconds_avg FROM gold_agg_industry_daily WHERE report_date = '2026-11-18'"));
        // Agent grain: replies by sender on the message date; conversations by their agent.
        assertEquals(List.of("2026-11-18,ag1,1,1", "2026-11-18,ag2,1,3", "2026-11-19,ag1,1,2",
                        "2026-11-19,unassigned,2,0"),
                csv("SELECT report_date, agent_id, conversations, replies FROM gold_agg_agent_daily "
                        + "WHERE report_date >= '2026-11-18' ORDER BY report_date, agent_id"));
        // Hourly volume on 11-19 (a Thursday, ISO day 4): inbound at 09h (b3), 10h (a1, a3), 18h (d3).
        assertEquals(List.of("9,4,1", "10,4,2", "18,4,1"), csv("SELECT local_hour, day_of_week, inbound_messages "
                + "FROM gold_agg_hourly_volume WHERE report_date = '2026-11-19' AND inbound_messages > 0 ORDER BY local_hour"));
    }

    @Test
    void everyWaitIsAReplyRowThatAgreesWithItsConversation() {
        // Targets: first reply 3 h, next reply 1 h; facebook and instagram have a 24 h reply window.
        // c1: 10:00 -> 10:05 (300 s), 10:20 -> 10:30 (600 s). c2: 600 s; its second conversation's b3 is
        // unanswered: due 12:00 and window closed 11-20 09:00, both before the as-of 11-21 00:00. c3: 1800,
        // then 900 after the reopen. c4: 300, then d3 unanswered (window closed 11-20 18:10). c5: 1200,
        // then 3600 = exactly the 1 h next-reply target: met. c6: the bot's message is no reply.
        assertEquals(List.of(
                "c1,1,2026-11-19T10:00:00Z,2026-11-19T10:05:00Z,300,ag1,first_reply,true,true",
                "c1,2,2026-11-19T10:20:00Z,2026-11-19T10:30:00Z,600,ag1,next_reply,true,true",
                "c2,1,2026-11-18T08:00:00Z,2026-11-18T08:10:00Z,600,ag2,first_reply,true,true",
                "c2,1,2026-11-19T09:00:00Z,null,null,null,first_reply,false,false",
                "c3,1,2026-11-18T10:00:00Z,2026-11-18T10:30:00Z,1800,ag1,first_reply,true,true",
                "c3,2,2026-11-18T21:00:00Z,2026-11-18T21:15:00Z,900,ag2,next_reply,true,true",
                "c4,1,2026-11-16T10:00:00Z,2026-11-16T10:05:00Z,300,ag1,first_reply,true,true",
                "c4,1,2026-11-19T18:10:00Z,null,null,null,first_reply,false,false",
                "c5,1,2026-11-17T09:00:00Z,2026-11-17T09:20:00Z,1200,ag2,first_reply,true,true",
                "c5,2,2026-11-18T15:30:00Z,2026-11-18T16:30:00Z,3600,ag2,next_reply,true,true",
                "c6,1,2026-11-16T08:00:00Z,null,null,null,first_reply,false,false"),
                csv("SELECT customer_id, reply_number, waited_from, replied_at, wait_seconds, agent_id, sla_metric, "
                        + "sla_met, inside_reply_window FROM gold_fact_reply ORDER BY customer_id, waited_from"));
        // Per conversation: the answered waits sum to the reply-wait sum, and reply 1 is the first reply.
        assertEquals(List.of("8,0"), csv(TestWarehouse.repliesAgainstConversations("gold_fact_conversation", "gold_fact_reply")));
    }

    @Test
    void dailyAggregatesCountRepliesCustomersAndRepeatContacts() {
        // 11-16 facebook: c4 resolved 10:10, back 11-19 18:10 (within 7 days): a repeat contact, 1/1.
        // 11-17: c5 unresolved, no rate. 11-18: c2 (resolved 08:10, back 11-19 09:00) repeats, c3 does
        // not: 1/2; its waits c2 #1, c3 #1 and #2, c5 #2 all met: next reply 2/2, every reply 4/4.
        // 11-19: c1 resolved, 0/1. Waits of 11-19: c1's two (met), the unanswered b3 and d3 (breached, window closed): next reply
        // 1/1, every reply 2/4; both replies inside the window 0/2; two first waits missed the window.
        // Customers: 11-19 c1, c2, c4 = 3; over the whole facebook channel c1..c5 = 5 (the sketches' union).
        assertEquals(List.of(
                "2026-11-16,1,1,1,0,0,1,1,0,1,0",
                "2026-11-17,1,0,0,0,0,1,1,0,1,0",
                "2026-11-18,2,1,2,2,2,4,4,0,4,0",
                "2026-11-19,3,0,1,1,1,2,4,0,2,2"),
                csv("SELECT report_date, customers, repeat_contact_rate_num, repeat_contact_rate_den, "
                        + "sla_next_reply_rate_num, sla_next_reply_rate_den, sla_every_reply_rate_num, sla_every_reply_rate_den, "
                        + "outside_window_reply_rate_num, outside_window_reply_rate_den, conversations_window_missed "
                        + "FROM gold_agg_channel_daily WHERE channel = 'facebook' ORDER BY report_date"));
        assertEquals(List.of("5,5"), csv("SELECT hll_sketch_estimate(hll_union_agg(customers_hll)), "
                + "(SELECT count(DISTINCT customer_id) FROM gold_fact_conversation WHERE channel = 'facebook') "
                + "FROM gold_agg_channel_daily WHERE channel = 'facebook'"));
    }

    @Test
    void aConversationAcrossDumpsComesOutAsIfItArrivedAtOnce() {
        // The shared views hold the records of one dump, as its night would write them into empty tables.
        // status_as_of says when a row was last rebuilt; a closed conversation is not rebuilt again.
        List<String> expectedFacts = facts("gold_fact_conversation");
        List<String> expectedDaily = daily("gold_agg_channel_daily");

        // The same records over three dumps: late ones (c3's reopen and c5's second half a dump later,
        // c2's survey two dumps later, c4's resolution after its next conversation), events out of
        // order, a duplicate of c1's first message in one dump, and a re-export of it in the last.
        List<String> all = dump();
        TestWarehouse split = new TestWarehouse(tmp.resolve("split"));
        split.writeDump(LocalDate.of(2026, 11, 18), "a.jsonl", pick(all, 5, 6, 9, 10, 11, 14, 15, 16, 19, 24, 25));
        split.writeDump(LocalDate.of(2026, 11, 19), "a.jsonl", pick(all, 0, 0, 1, 8, 12, 13, 20, 21, 22));
        split.writeDump(DUMP, "a.jsonl", pick(all, 2, 3, 4, 7, 17, 18, 23, 0));
        for (LocalDate d = LocalDate.of(2026, 11, 18); !d.isAfter(DUMP); d = d.plusDays(1)) {
            split.nightly(d);
        }
        assertEquals(expectedFacts, facts("gold.fact_conversation"));
        assertEquals(expectedDaily, daily("gold.agg_channel_daily"));

        // Running the last day again changes nothing.
        split.nightly(DUMP);
        assertEquals(expectedFacts, facts("gold.fact_conversation"));
        assertEquals(expectedDaily, daily("gold.agg_channel_daily"));
    }


    static List<String> pick(List<String> lines, int... indexes) {
        List<String> picked = new ArrayList<>();
        for (int i : indexes) {
            picked.add(lines.get(i));
        }
        return picked;
    }

    /** Every column of gold.agg_channel_daily (the table or its view), the customers' sketch by its estimate. */
    private List<String> daily(String tableOrView) {
        return TestWarehouse.csv(TestWarehouse.sketchesAsEstimates(wh.spark.table(tableOrView).orderBy("report_date", "channel")));
    }

    /** Every column of gold.fact_conversation (the table or its view) but status_as_of. */
    private List<String> facts(String tableOrView) {
        return TestWarehouse.csv(wh.spark.table(tableOrView).drop("status_as_of").orderBy("conversation_id"));
    }

    private List<String> csv(String sql) {
        return wh.csv(sql);
    }
}
