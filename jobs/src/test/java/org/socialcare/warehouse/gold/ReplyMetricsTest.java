package org.socialcare.warehouse.gold;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socialcare.warehouse.testing.TestWarehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialcare.warehouse.testing.Records.caseEvent;
import static org.socialcare.warehouse.testing.Records.message;

/**
 * The reply-level measures on hand-built conversations of brand acme (time zone of the defaults), one
 * dump 2026-11-20 (as-of 2026-11-21T00:00Z), with a 15-minute next-reply target; first reply 3 h, reply
 * window 24 h on facebook and none on twitter (the defaults). Expected values are worked out in the comments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplyMetricsTest {
    static final LocalDate DUMP = LocalDate.of(2026, 11, 20);
    Path tmp;
    TestWarehouse wh;

    @BeforeAll
    void setUp() throws IOException {
        tmp = Files.createTempDirectory("reply-metrics-test");
        wh = new TestWarehouse(tmp, "sla.next_reply.default { hours = 0.25, clock = calendar }");
        String agent = ",\"agent_id\":\"ag1\"";
        wh.writeDump(DUMP, "a.jsonl", List.of(
                // r1: waits of 10, 20 and 30 minutes. The first meets the 3 h first-reply target, the
                // other two miss the 15-minute next-reply target: next reply 0/2, every reply 1/3.
                message("a1", "facebook", "acme", "in", "r1", "2026-11-16T10:00:00Z", ""),
                message("a2", "facebook", "acme", "out", "r1", "2026-11-16T10:10:00Z", agent),
                message("a3", "facebook", "acme", "in", "r1", "2026-11-16T10:20:00Z", ""),
                message("a4", "facebook", "acme", "out", "r1", "2026-11-16T10:40:00Z", agent),
                message("a5", "facebook", "acme", "in", "r1", "2026-11-16T11:00:00Z", ""),
                message("a6", "facebook", "acme", "out", "r1", "2026-11-16T11:30:00Z", agent),
                // r2 on Messenger: a reply 25 h after the customer's last message is outside the 24 h
                // window (still the same conversation: the customer was waiting for it).
                message("b1", "facebook", "acme", "in", "r2", "2026-11-17T09:00:00Z", ""),
                message("b2", "facebook", "acme", "out", "r2", "2026-11-18T10:00:00Z", agent),
                // r3 on twitter: as late, but the channel has no window.
                message("c1", "twitter", "acme", "in", "r3", "2026-11-17T09:00:00Z", ""),
                message("c2", "twitter", "acme", "out", "r3", "2026-11-18T10:00:00Z", agent),
                // r4: resolved on day 1 (11-16), back on day 5 (11-20, past the 72 h reopen window: a new
                // conversation): the first conversation is a repeat contact.
                message("d1", "facebook", "acme", "in", "r4", "2026-11-16T12:00:00Z", ""),
                message("d2", "facebook", "acme", "out", "r4", "2026-11-16T12:05:00Z", agent),
                caseEvent("e1", "facebook", "r4", "resolved", "2026-11-16T12:10:00Z"),
                message("d3", "facebook", "acme", "in", "r4", "2026-11-20T09:00:00Z", "")));
        wh.nightly(DUMP);
    }

    @AfterAll
    void tearDown() throws IOException {
        try (var paths = Files.walk(tmp)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void eachWaitCarriesItsTargetOutcomeAndReplyWindow() {
        // r4's second conversation (d3) is unanswered: the 3 h target passed at 12:00 (breached); its window
        // closes 11-21 09:00, after the as-of: not yet known (NULL).
        assertEquals(List.of(
                "r1,1,600,first_reply,10800,2026-11-16T13:00:00Z,true,true",
                "r1,2,1200,next_reply,900,2026-11-16T10:35:00Z,false,true",
                "r1,3,1800,next_reply,900,2026-11-16T11:15:00Z,false,true",
                "r2,1,90000,first_reply,10800,2026-11-17T12:00:00Z,false,false",
                "r3,1,90000,first_reply,10800,2026-11-17T12:00:00Z,false,null",
                "r4,1,300,first_reply,10800,2026-11-16T15:00:00Z,true,true",
                "r4,1,null,first_reply,10800,2026-11-20T12:00:00Z,false,null"),
                wh.csv("SELECT customer_id, reply_number, wait_seconds, sla_metric, sla_target_seconds, due_at, sla_met, "
                        + "inside_reply_window FROM gold.fact_reply ORDER BY customer_id, waited_from"));
        assertEquals(List.of("r2,2026-11-17T09:00:00Z,2026-11-18T09:00:00Z,2026-11-18T10:00:00Z"),
                wh.csv("SELECT customer_id, customer_last_message_at, window_closes_at, replied_at FROM gold.fact_reply "
                        + "WHERE inside_reply_window = false AND replied_at IS NOT NULL"));
    }

    @Test
    void dailyAggregatesCountNextAndEveryReplyAdherenceOutsideWindowRepliesAndRepeatContacts() {
        // 11-16 facebook: r1's waits (next reply 0/2, every reply 1/3) and r4's first (met): every reply 2/4;
        // replies inside the window 4 of 4. r1 (resolved: the brand's last word) does not come back, r4
        // does: repeat contacts 1/2. 11-17 facebook: r2's reply outside the window, its first wait missed it;
        // r2 and r3 are resolved (the brand's last word) and do not come back: 0/1 each. 11-18 has their
        // replies' message rows only.
        assertEquals(List.of(
                "2026-11-16,facebook,0,2,2,4,0,4,0,1,2",
                "2026-11-17,facebook,0,0,0,1,1,1,1,0,1",
                "2026-11-17,twitter,0,0,0,1,0,0,0,0,1",
                "2026-11-18,facebook,0,0,0,0,0,0,0,0,0",
                "2026-11-18,twitter,0,0,0,0,0,0,0,0,0",
                "2026-11-20,facebook,0,0,0,1,0,0,0,0,0"),
                wh.csv("SELECT report_date, channel, sla_next_reply_rate_num, sla_next_reply_rate_den, "
                        + "sla_every_reply_rate_num, sla_every_reply_rate_den, outside_window_reply_rate_num, "
                        + "outside_window_reply_rate_den, conversations_window_missed, repeat_contact_rate_num, "
                        + "repeat_contact_rate_den FROM gold.agg_channel_daily ORDER BY report_date, channel"));
        assertEquals(List.of("2026-11-16,ag1,0,2,2,4"), wh.csv("SELECT report_date, agent_id, sla_next_reply_rate_num, "
                + "sla_next_reply_rate_den, sla_every_reply_rate_num, sla_every_reply_rate_den FROM gold.agg_agent_daily "
                + "WHERE report_date = '2026-11-16'"));
    }
}
