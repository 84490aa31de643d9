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
 * The reply-level measures and the backlog on hand-built conversations of brand acme (UTC, the default
 * zone): a dump 2026-11-20 (as-of 2026-11-21T00:00Z), then one of 2026-11-21 (as-of 11-22T00:00Z), with a
 * 15-minute next-reply target; first reply 3 h, reply window 24 h on facebook and none on twitter,
 * inactivity timeout 24 h (the defaults). Expected values are worked out in the comments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplyMetricsTest {
    static final LocalDate DUMP = LocalDate.of(2026, 11, 20);
    static final LocalDate NEXT_DUMP = LocalDate.of(2026, 11, 21);
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
                message("d3", "facebook", "acme", "in", "r4", "2026-11-20T09:00:00Z", ""),
                // r5: answered on day 1 (11-16), resolved on day 2: in the backlog at the end of day 1 only.
                message("f1", "facebook", "acme", "in", "r5", "2026-11-16T20:00:00Z", ""),
                message("f2", "facebook", "acme", "out", "r5", "2026-11-16T20:10:00Z", agent),
                caseEvent("e2", "facebook", "r5", "resolved", "2026-11-17T09:00:00Z")));
        wh.nightly(DUMP);
        // The next night: r6 writes at 23:00 (still within its targets at the as-of), and r4's second
        // conversation, unanswered since 11-20 09:00, closes by inactivity at 11-21 09:00 (abandoned).
        wh.writeDump(NEXT_DUMP, "a.jsonl", List.of(
                message("g1", "facebook", "acme", "in", "r6", "2026-11-21T23:00:00Z", "")));
        wh.nightly(NEXT_DUMP);
    }

    @AfterAll
    void tearDown() throws IOException {
        try (var paths = Files.walk(tmp)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void eachWaitCarriesItsTargetOutcomeAndReplyWindow() {
        // r4's second conversation (d3) is unanswered: the 3 h target passed at 12:00 (breached), its window
        // closed 11-21 09:00 (outside, known since the second night). r6's target (02:00) and window are
        // still ahead of the as-of 11-22 00:00: both NULL.
        assertEquals(List.of(
                "r1,1,600,first_reply,10800,2026-11-16T13:00:00Z,true,true",
                "r1,2,1200,next_reply,900,2026-11-16T10:35:00Z,false,true",
                "r1,3,1800,next_reply,900,2026-11-16T11:15:00Z,false,true",
                "r2,1,90000,first_reply,10800,2026-11-17T12:00:00Z,false,false",
                "r3,1,90000,first_reply,10800,2026-11-17T12:00:00Z,false,null",
                "r4,1,300,first_reply,10800,2026-11-16T15:00:00Z,true,true",
                "r4,1,null,first_reply,10800,2026-11-20T12:00:00Z,false,false",
                "r5,1,600,first_reply,10800,2026-11-16T23:00:00Z,true,true",
                "r6,1,null,first_reply,10800,2026-11-22T02:00:00Z,null,null"),
                wh.csv("SELECT customer_id, reply_number, wait_seconds, sla_metric, sla_target_seconds, due_at, sla_met, "
                        + "inside_reply_window FROM gold.fact_reply ORDER BY customer_id, waited_from"));
        assertEquals(List.of("r2,2026-11-17T09:00:00Z,2026-11-18T09:00:00Z,2026-11-18T10:00:00Z"),
                wh.csv("SELECT customer_id, customer_last_message_at, window_closes_at, replied_at FROM gold.fact_reply "
                        + "WHERE inside_reply_window = false AND replied_at IS NOT NULL"));
    }

    @Test
    void dailyAggregatesCountNextAndEveryReplyAdherenceOutsideWindowRepliesAndRepeatContacts() {
        // 11-16 facebook: r1's waits (next reply 0/2, every reply 1/3), r4's and r5's first (met): every
        // reply 3/5; replies inside the window 5 of 5. r1 (resolved: the brand's last word) and r5 do not
        // come back, r4 does: repeat contacts 1/3. 11-17 facebook: r2's reply outside the window, its first wait missed it;
        // r2 and r3 are resolved (the brand's last word) and do not come back: 0/1 each. 11-18 has their
        // replies' message rows only. 11-20: r4's unanswered wait breached and missed its window; r4's second
        // conversation is abandoned (no repeat rate). 11-21: r6, nothing measured yet.
        assertEquals(List.of(
                "2026-11-16,facebook,0,2,3,5,0,5,0,1,3",
                "2026-11-17,facebook,0,0,0,1,1,1,1,0,1",
                "2026-11-17,twitter,0,0,0,1,0,0,0,0,1",
                "2026-11-18,facebook,0,0,0,0,0,0,0,0,0",
                "2026-11-18,twitter,0,0,0,0,0,0,0,0,0",
                "2026-11-20,facebook,0,0,0,1,0,0,1,0,0",
                "2026-11-21,facebook,0,0,0,0,0,0,0,0,0"),
                wh.csv("SELECT report_date, channel, sla_next_reply_rate_num, sla_next_reply_rate_den, "
                        + "sla_every_reply_rate_num, sla_every_reply_rate_den, outside_window_reply_rate_num, "
                        + "outside_window_reply_rate_den, conversations_window_missed, repeat_contact_rate_num, "
                        + "repeat_contact_rate_den FROM gold.agg_channel_daily ORDER BY report_date, channel"));
        assertEquals(List.of("2026-11-16,ag1,0,2,3,5"), wh.csv("SELECT report_date, agent_id, sla_next_reply_rate_num, "
                + "sla_next_reply_rate_den, sla_every_reply_rate_num, sla_every_reply_rate_den FROM gold.agg_agent_daily "
                + "WHERE report_date = '2026-11-16'"));
    }

    @Test
    void theBacklogCountsWhatIsOpenAtTheEndOfEachDayAndWhoOwesTheNextMessage() {
        // 11-16: r1 and r4's first conversation begin and are resolved the same day; r5 is open at midnight
        // (4 h old, answered: the customer owes). 11-17: r5 resolved; r2 open at midnight (15 h old,
        // unanswered: the brand owes); r3 likewise on twitter. 11-18: r2 and r3 resolved. 11-19: nothing
        // open, created or closed: no row. 11-20: r4 back, unanswered at midnight. 11-21: r4's second
        // conversation closed by inactivity (09:00, not resolved); r6 open since 23:00.
        assertEquals(List.of(
                "2026-11-16,facebook,1,1,0,0,0,0,1,3,2,2",
                "2026-11-17,facebook,1,1,0,0,0,1,0,1,1,1",
                "2026-11-17,twitter,1,1,0,0,0,1,0,1,0,0",
                "2026-11-18,facebook,0,0,0,0,0,0,0,0,1,1",
                "2026-11-18,twitter,0,0,0,0,0,0,0,0,1,1",
                "2026-11-20,facebook,1,1,0,0,0,1,0,1,0,0",
                "2026-11-21,facebook,1,1,0,0,0,1,0,1,0,1"),
                wh.csv("SELECT report_date, channel, open_conversations, open_age_lt_1d, open_age_1d_3d, open_age_3d_7d, "
                        + "open_age_ge_7d, open_brand_owes, open_customer_owes, conversations_created, "
                        + "conversations_resolved, conversations_closed FROM gold.agg_backlog_daily ORDER BY report_date, channel"));
        assertEquals(List.of("2026-11-21,facebook,1,1,0,1,1.0"), wh.csv("SELECT report_date, channel, open_at_end_of_day, "
                + "created, net_change, brand_owes, brand_owes_share FROM bi.backlog WHERE report_date = '2026-11-21'"));
    }
}
