package org.socialcare.warehouse.silver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcare.warehouse.testing.RebuiltViews;
import org.socialcare.warehouse.testing.TestWarehouse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialcare.warehouse.testing.Records.message;

/**
 * Two brands in different zones, open mon-fri 09:00-17:00 local, New York closed on Thanksgiving
 * (2026-11-26): report dates are local, business seconds follow each brand's schedule, and the
 * first-reply SLA of 1 h (waw) and 2 h (nyc) is measured in business time. One dump 2026-11-27.
 */
class BusinessTimeTest {
    static final String REFERENCE = String.join("\n",
            "schedules.office { hours = \"mon-fri 09:00-17:00\", holidays = [\"2026-11-26\"] }",
            "reference.brands.waw { name = W, industry = retail, time_zone = \"Europe/Warsaw\", schedule = office }",
            "reference.brands.nyc { name = N, industry = banking, time_zone = \"America/New_York\", schedule = office }",
            "sla.first_reply.brands.waw { default { hours = 1, clock = business } }",
            "sla.first_reply.brands.nyc { default { hours = 2, clock = business } }");

    @TempDir
    Path tmp;

    @Test
    void reportDatesAreLocalAndDurationsCountOpenHoursOnly() {
        TestWarehouse wh = new TestWarehouse(tmp, REFERENCE);
        wh.writeDump(LocalDate.of(2026, 11, 27), "a.jsonl", List.of(
                // waw/k1: Fri 16:50 local (UTC+1) -> Mon 09:10 local: 600 + 600 = 1200 business s;
                // calendar Fri 15:50Z -> Mon 08:10Z = 64 h 20 min = 231600 s. Due: 10 min on Friday,
                // 50 min on Monday: Mon 09:50 local = 08:50Z.
                message("w1", "facebook", "waw", "in", "k1", "2026-11-20T15:50:00Z", ""),
                message("w2", "facebook", "waw", "out", "k1", "2026-11-23T08:10:00Z", ",\"agent_id\":\"a\""),
                // waw/k2: Thu 23:30Z is Fri 00:30 local: report date 2026-11-20. Closed until 09:00 local,
                // answered 09:30 local: 1800 business s, 9 h = 32400 calendar s. Due 10:00 local = 09:00Z.
                message("w3", "facebook", "waw", "in", "k2", "2026-11-19T23:30:00Z", ""),
                message("w4", "facebook", "waw", "out", "k2", "2026-11-20T08:30:00Z", ",\"agent_id\":\"a\""),
                // nyc/k3: 2026-11-26 01:30Z is Wed 20:30 local (UTC-5): report date 2026-11-25. Closed
                // (evening, then the holiday) until Fri 09:00; answered Fri 10:00 local = 15:00Z: 3600 business
                // s, 37 h 30 min = 135000 calendar s. Due Fri 11:00 local = 16:00Z.
                message("n1", "twitter", "nyc", "in", "k3", "2026-11-26T01:30:00Z", ""),
                message("n2", "twitter", "nyc", "out", "k3", "2026-11-27T15:00:00Z", ",\"agent_id\":\"b\"")));

        // Run without adaptive execution: a cluster may turn it off, and the plans must not depend on it
        // (scope_replies once failed to resolve scope_sla_targets' columns without it).
        wh.spark.conf().set("spark.sql.adaptive.enabled", "false");
        try (RebuiltViews night = new RebuiltViews(wh, LocalDate.of(2026, 11, 27))) {
            assertLocalDatesAndBusinessSeconds(wh);
        } finally {
            wh.spark.conf().unset("spark.sql.adaptive.enabled");
        }
    }

    private static void assertLocalDatesAndBusinessSeconds(TestWarehouse wh) {

        assertEquals(List.of(
                        "nyc,k3,banking,2026-11-25,135000,3600,business,7200,2026-11-27T16:00:00Z,true",
                        "waw,k1,retail,2026-11-20,231600,1200,business,3600,2026-11-23T08:50:00Z,true",
                        "waw,k2,retail,2026-11-20,32400,1800,business,3600,2026-11-20T09:00:00Z,true"),
                wh.csv("SELECT brand_id, customer_id, industry, report_date, first_reply_seconds, "
                        + "first_reply_business_seconds, sla_first_reply_clock, sla_first_reply_target_seconds, "
                        + "first_reply_due_at, sla_first_reply_met FROM gold_fact_conversation ORDER BY brand_id, customer_id"));
        // Daily rows on local dates; waw 11-20: business first reply (1200 + 1800) / 2 = 1500.
        assertEquals(List.of("2026-11-20,waw,2,3000,2,1500.0,2", "2026-11-25,nyc,1,3600,1,3600.0,1"),
                wh.csv("SELECT report_date, brand_id, conversations, first_reply_business_seconds_sum, "
                        + "first_reply_business_seconds_count, first_reply_business_seconds_avg, sla_first_reply_rate_num "
                        + "FROM gold_agg_channel_daily WHERE conversations > 0 ORDER BY report_date"));
        // The hourly volume uses local hours: k2's message came at 00h local on 11-20, k1's at 16h.
        assertEquals(List.of("2026-11-20,0,1", "2026-11-20,16,1", "2026-11-25,20,1"),
                wh.csv("SELECT report_date, local_hour, inbound_messages FROM gold_agg_hourly_volume "
                        + "WHERE inbound_messages > 0 ORDER BY report_date, local_hour"));
    }
}
