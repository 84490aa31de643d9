package org.socialcare.warehouse.gold;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcare.warehouse.infra.ops.QualityResult;
import org.socialcare.warehouse.testing.RebuiltViews;
import org.socialcare.warehouse.testing.TestWarehouse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialcare.warehouse.testing.Records.message;

/**
 * A month of two known agents (Ana at her team's 18/h, Bo at his own 36/h) and one unknown agent
 * (the default 24/h) on facebook and twitter; utilization 0.5, overhead 1 per contact, fixed
 * monthly cost facebook 30, twitter 10. Every figure below is worked out in the comments.
 */
class CostPerContactTest {
    static final String COSTS = String.join("\n",
            "agents { \"x/ana\" { name = Ana, team = t1 }, \"x/bo\" { name = Bo, team = t1, hourly_cost = 36 } }",
            "teams { t1 { hourly_cost = 18 } }",
            "cost { default_hourly_cost = 24, utilization = 0.5, overhead_per_contact = 1,",
            "       channel_monthly_cost { default = 0, facebook = 30, twitter = 10 } }");

    @TempDir
    Path tmp;

    static String msg(String id, String channel, String dir, String customer, String at, String extra) {
        return message(id, channel, "x", dir, customer, at, extra);
    }

    @Test
    void costPerContactByChannelIndustryAndAgent() {
        TestWarehouse wh = new TestWarehouse(tmp, COSTS);
        wh.writeDump(LocalDate.of(2026, 11, 20), "a.jsonl", List.of(
                // k1: Ana logs 300 s: 300/3600 h x 18 = 1.5, / 0.5 utilization = labour 3.
                msg("a1", "facebook", "in", "k1", "2026-11-02T10:00:00Z", ""),
                msg("a2", "facebook", "out", "k1", "2026-11-02T10:05:00Z", ",\"agent_id\":\"x/ana\",\"handle_seconds\":300"),
                // k2: Bo, nothing logged, 20 min after the question: estimate capped at 600 s: 600/3600 x 36 = 6,
                // labour 12. Ana transferred it to Bo.
                msg("b1", "facebook", "in", "k2", "2026-11-03T10:00:00Z", ""),
                "{\"type\":\"case_event\",\"id\":\"t1\",\"channel\":\"facebook\",\"brand_id\":\"x\",\"customer_id\":\"k2\","
                        + "\"event\":\"transferred\",\"agent_id\":\"x/ana\",\"target\":\"x/bo\",\"created_at\":\"2026-11-03T10:01:00Z\"}",
                msg("b2", "facebook", "out", "k2", "2026-11-03T10:20:00Z", ",\"agent_id\":\"x/bo\""),
                // k3: Ana after 4 min (estimated 240 s: 1.2, labour 2.4), then unknown Zed logs 120 s at the
                // default 24/h: 0.8, labour 1.6. Ana and Zed one reply each: Ana replied first, so it is hers.
                msg("c1", "twitter", "in", "k3", "2026-11-04T10:00:00Z", ""),
                msg("c2", "twitter", "out", "k3", "2026-11-04T10:04:00Z", ",\"agent_id\":\"x/ana\""),
                msg("c3", "twitter", "out", "k3", "2026-11-04T10:10:00Z", ",\"agent_id\":\"x/zed\",\"handle_seconds\":120"),
                // k4: never answered: not a contact handled.
                msg("d1", "twitter", "in", "k4", "2026-11-05T10:00:00Z", "")));

        try (RebuiltViews night = new RebuiltViews(wh, LocalDate.of(2026, 11, 20))) {
            assertTheCosts(wh, night);
        }
    }

    private static void assertTheCosts(TestWarehouse wh, RebuiltViews night) {
        assertEquals(List.of("a2,300.0,logged", "b2,600.0,estimated", "c2,240.0,estimated", "c3,120.0,logged"),
                wh.csv("SELECT message_id, handle_seconds, handle_source FROM silver_messages "
                        + "WHERE direction = 'out' ORDER BY message_id"));
        assertEquals(List.of("k1,x/ana,300.0,logged,0", "k2,x/bo,600.0,estimated,1", "k3,x/ana,360.0,mixed,0"),
                wh.csv("SELECT customer_id, agent_id, handle_seconds, handle_source, transfers FROM gold_fact_conversation "
                        + "WHERE agent_touches > 0 ORDER BY customer_id"));
        // facebook: 2 contacts, 0.25 h, labour 3 + 12, channel 30, overhead 2: 47, per contact 23.5.
        // twitter: 1 contact, 0.1 h, labour 2.4 + 1.6, channel 10, overhead 1: 15.
        // industry unknown: 3 contacts, labour 19, channel 40, overhead 3: 62, per contact 20.666667.
        // agent x/ana (k1, k3): labour 3 + 4, channel 15 + 10, overhead 2: 34, per contact 17.
        // agent x/bo (k2): labour 12, channel 15, overhead 1: 28.
        assertEquals(List.of(
                        "2026-11-01,agent,x/ana,2,0.183333,7.0,25.0,2.0,34.0,17.0,USD",
                        "2026-11-01,agent,x/bo,1,0.166667,12.0,15.0,1.0,28.0,28.0,USD",
                        "2026-11-01,channel,facebook,2,0.25,15.0,30.0,2.0,47.0,23.5,USD",
                        "2026-11-01,channel,twitter,1,0.1,4.0,10.0,1.0,15.0,15.0,USD",
                        "2026-11-01,industry,unknown,3,0.35,19.0,40.0,3.0,62.0,20.666667,USD"),
                wh.csv("SELECT month, grain, grain_value, contacts_handled, round(handle_hours, 6), round(labour_cost, 6), "
                        + "round(channel_cost, 6), round(overhead_cost, 6), round(total_cost, 6), "
                        + "round(cost_per_contact, 6), currency FROM gold_cost_per_contact_monthly ORDER BY grain, grain_value"));
        // Agent grain: Ana transferred k2 to Bo on 11-03; Bo's k2 has a case event and no resolution
        // event: unresolved, so Bo completed 0 of 1; Ana's k1 and k3 are resolved (inferred): 1 of 1 each day.
        // Zed only replied (to Ana's k3): a row with no conversations of its own.
        assertEquals(List.of("2026-11-02,x/ana,1,1,1,1.0,0,0", "2026-11-03,x/ana,0,0,0,null,0,1",
                        "2026-11-03,x/bo,1,1,0,0.0,1,0", "2026-11-04,x/ana,1,1,1,1.0,0,0",
                        "2026-11-04,x/zed,0,0,0,null,0,0"),
                wh.csv("SELECT report_date, agent_id, conversations, conversations_handled, completion_rate_num, "
                        + "completion_rate, transfers_in, transfers_out FROM gold_agg_agent_daily "
                        + "WHERE agent_id LIKE 'x/%' AND channel <> 'none' ORDER BY report_date, agent_id"));
        QualityResult unknownAgents = night.checks.stream().filter(q -> q.check().equals("unknown_agents"))
                .findFirst().orElseThrow();
        assertEquals("1 rebuilt agent replies of 1 agents not in agents (reported under team unknown at "
                + "cost.default_hourly_cost)", unknownAgents.detail());
        assertEquals(List.of("cost_per_contact,all,all,3.0,USD"),
                wh.csv("SELECT metric, scope, scope_value, value, unit FROM gold_benchmarks WHERE metric = 'cost_per_contact'"));
    }
}
