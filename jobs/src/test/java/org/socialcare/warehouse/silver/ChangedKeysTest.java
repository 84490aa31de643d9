package org.socialcare.warehouse.silver;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialcare.warehouse.infra.sql.SqlFile;
import org.socialcare.warehouse.testing.SparkTestSession;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * sql/silver/changed_keys.sql on change-feed rows built here: which keys a night rebuilds, and from
 * when. Inserts and deletes count as they are; an update counts only when the copy's content changed
 * (its pre- and post-image in one commit differ in content_hash), and then for its old and its new key;
 * stored conversations count when something falls due by the run's as-of time or when they were
 * written after the last published as-of. And sql/silver/session_scope.sql: from where each key is
 * rebuilt.
 */
class ChangedKeysTest {
    private static final String CHANGE_COLUMNS = "brand_id, channel, customer_id, created_at, id, content_hash, dump_date, "
            + "_change_type, _commit_version";

    private final SparkSession spark = SparkTestSession.get();

    @AfterEach
    void dropViews() {
        List.of("changes_messages", "changes_case_events", "changes_surveys", "silver_conversations_snapshot")
                .forEach(spark.catalog()::dropTempView);
    }

    @Test
    void insertsDeletesContentUpdatesAndDueConversationsMarkTheirKeysFromTheirEarliestTime() {
        changes("changes_messages",
                // k1: two new messages; the key is rebuilt from the earlier one.
                "('b', 'facebook', 'k1', TIMESTAMP'2026-11-16 10:00:00', 'm1', 'h1', DATE'2026-11-16', 'insert', 1)",
                "('b', 'facebook', 'k1', TIMESTAMP'2026-11-16 07:00:00', 'm2', 'h2', DATE'2026-11-16', 'insert', 1)",
                // m3 re-delivered with another customer and time (content h3 -> h4): its old key k2 and its new key k3.
                "('b', 'facebook', 'k2', TIMESTAMP'2026-11-15 09:00:00', 'm3', 'h3', DATE'2026-11-15', 'update_preimage', 2)",
                "('b', 'facebook', 'k3', TIMESTAMP'2026-11-16 11:00:00', 'm3', 'h4', DATE'2026-11-16', 'update_postimage', 2)",
                // m4 re-delivered with the same content (only its lineage changed): k4 is not rebuilt.
                "('b', 'twitter', 'k4', TIMESTAMP'2026-11-15 08:00:00', 'm4', 'h5', DATE'2026-11-15', 'update_preimage', 2)",
                "('b', 'twitter', 'k4', TIMESTAMP'2026-11-15 08:00:00', 'm4', 'h5', DATE'2026-11-16', 'update_postimage', 2)");
        changes("changes_case_events",
                // A case event with the same id as m4 on the same channel, updated in the same commit with new
                // content: the copies of different record types are compared apart, so only k5 counts.
                "('b', 'twitter', 'k5', TIMESTAMP'2026-11-14 12:00:00', 'm4', 'e1', DATE'2026-11-14', 'update_preimage', 2)",
                "('b', 'twitter', 'k5', TIMESTAMP'2026-11-14 12:00:00', 'm4', 'e2', DATE'2026-11-16', 'update_postimage', 2)");
        changes("changes_surveys",
                // A deleted survey copy marks its key.
                "('b', 'viber', 'k6', TIMESTAMP'2026-11-13 06:00:00', 's1', 'h6', DATE'2026-11-13', 'delete', 3)");
        spark.sql("SELECT * FROM VALUES "
                        // k7: a reply falls due before the as-of; k8: written by a run that never published;
                        // k9: nothing pending and published.
                        + "('b', 'facebook', 'k7', TIMESTAMP'2026-11-10 05:00:00', TIMESTAMP'2026-11-16 12:00:00', TIMESTAMP'2026-11-16 00:00:00'), "
                        + "('b', 'facebook', 'k8', TIMESTAMP'2026-11-11 05:00:00', CAST(NULL AS TIMESTAMP), TIMESTAMP'2026-11-17 00:00:00'), "
                        + "('b', 'facebook', 'k9', TIMESTAMP'2026-11-12 05:00:00', TIMESTAMP'2026-11-18 00:00:00', TIMESTAMP'2026-11-16 00:00:00') "
                        + "AS c(brand_id, channel, customer_id, started_at, revisit_at, status_as_of)")
                .createOrReplaceTempView("silver_conversations_snapshot");

        Map<String, String> changedFrom = new TreeMap<>();
        for (Row r : SqlFile.load("silver/changed_keys.sql").query(spark, Map.of(
                "as_of", Instant.parse("2026-11-17T00:00:00Z"),
                "published_as_of", Instant.parse("2026-11-16T00:00:00Z"))).collectAsList()) {
            changedFrom.put(r.getString(1) + "/" + r.getString(2), r.getTimestamp(3).toInstant().toString());
        }
        assertEquals(Map.of(
                "facebook/k1", "2026-11-16T07:00:00Z",
                "facebook/k2", "2026-11-15T09:00:00Z",
                "facebook/k3", "2026-11-16T11:00:00Z",
                "twitter/k5", "2026-11-14T12:00:00Z",
                "viber/k6", "2026-11-13T06:00:00Z",
                "facebook/k7", "2026-11-10T05:00:00Z",
                "facebook/k8", "2026-11-11T05:00:00Z"), changedFrom);
    }

    @Test
    void aChangeLinksBackWhenItMayBelongToAnEarlierConversationWhateverTheGap() {
        spark.sql("SELECT * FROM VALUES "
                        // k1: a new inbound message and the reply to it: nothing points before them.
                        + "('b', 'facebook', 'k1', TIMESTAMP'2026-11-16 10:00:00', 'm1', 'h1', DATE'2026-11-16', 'insert', 1, 'in', CAST(NULL AS STRING)), "
                        + "('b', 'facebook', 'k1', TIMESTAMP'2026-11-16 10:30:00', 'm2', 'h2', DATE'2026-11-16', 'insert', 1, 'out', 'm1'), "
                        // k2: a reply to a message stored before (m0 is not among the changes).
                        + "('b', 'facebook', 'k2', TIMESTAMP'2026-11-16 11:00:00', 'm3', 'h3', DATE'2026-11-16', 'insert', 1, 'out', 'm0'), "
                        // k4: a new inbound message, then its conversation's case event (below).
                        + "('b', 'facebook', 'k4', TIMESTAMP'2026-11-16 13:00:00', 'm4', 'h5', DATE'2026-11-16', 'insert', 1, 'in', CAST(NULL AS STRING)), "
                        // k5: a case event (below) before a new inbound message.
                        + "('b', 'facebook', 'k5', TIMESTAMP'2026-11-16 15:00:00', 'm5', 'h6', DATE'2026-11-16', 'insert', 1, 'in', CAST(NULL AS STRING)), "
                        // k6: a new inbound message, then a reply to a message stored before.
                        + "('b', 'facebook', 'k6', TIMESTAMP'2026-11-16 16:00:00', 'm6', 'h7', DATE'2026-11-16', 'insert', 1, 'in', CAST(NULL AS STRING)), "
                        + "('b', 'facebook', 'k6', TIMESTAMP'2026-11-16 17:00:00', 'm7', 'h8', DATE'2026-11-16', 'insert', 1, 'out', 'm0') "
                        + "AS c(" + CHANGE_COLUMNS + ", direction, reply_to_id)")
                .createOrReplaceTempView("changes_messages");
        // k3: a case event (it attaches to the conversation open or just ended at its time); k4: one
        // after the key's new inbound message, at the same instant (it attaches to the new
        // conversation); k5: one before it (the earliest change).
        changes("changes_case_events",
                "('b', 'viber', 'k3', TIMESTAMP'2026-11-16 12:00:00', 'e1', 'h4', DATE'2026-11-16', 'insert', 1)",
                "('b', 'facebook', 'k4', TIMESTAMP'2026-11-16 13:00:00', 'e2', 'h9', DATE'2026-11-16', 'insert', 1)",
                "('b', 'facebook', 'k5', TIMESTAMP'2026-11-16 14:00:00', 'e3', 'h10', DATE'2026-11-16', 'insert', 1)");
        changes("changes_surveys");
        spark.sql("SELECT 'b' AS brand_id, 'facebook' AS channel, 'k9' AS customer_id, TIMESTAMP'2026-11-12 05:00:00' AS started_at, "
                + "CAST(NULL AS TIMESTAMP) AS revisit_at, TIMESTAMP'2026-11-16 00:00:00' AS status_as_of")
                .createOrReplaceTempView("silver_conversations_snapshot");

        // Per key: links_back, starts_outbound (the earliest change is a message to the customer).
        Map<String, String> flags = new TreeMap<>();
        for (Row r : SqlFile.load("silver/changed_keys.sql").query(spark, Map.of(
                "as_of", Instant.parse("2026-11-17T00:00:00Z"),
                "published_as_of", Instant.parse("2026-11-16T00:00:00Z"))).collectAsList()) {
            flags.put(r.getString(2), r.getBoolean(4) + "," + r.getBoolean(5));
        }
        assertEquals(Map.of("k1", "false,false", "k2", "true,true", "k3", "true,false", "k4", "false,false",
                "k5", "true,false", "k6", "true,false"), flags);
    }

    @Test
    void aKeyIsRebuiltFromItsLastConversationOnlyWhenTheChangeCanStillReachIt() {
        // Each key's change on 11-20 10:00 (k6: no stored conversation); each stored conversation started
        // 11-10 08:00 and ended 11-10 09:00 unless said otherwise. Reach: 7 days.
        spark.sql("SELECT * FROM VALUES "
                        + "('b', 'facebook', 'k1', TIMESTAMP'2026-11-20 10:00:00', false, false), "
                        + "('b', 'facebook', 'k2', TIMESTAMP'2026-11-20 10:00:00', true, false), "
                        + "('b', 'facebook', 'k3', TIMESTAMP'2026-11-20 10:00:00', false, false), "
                        + "('b', 'facebook', 'k4', TIMESTAMP'2026-11-20 10:00:00', false, false), "
                        + "('b', 'facebook', 'k5', TIMESTAMP'2026-11-20 10:00:00', false, true), "
                        + "('b', 'facebook', 'k6', TIMESTAMP'2026-11-20 10:00:00', false, false), "
                        + "('b', 'facebook', 'k7', TIMESTAMP'2026-11-20 10:00:00', false, false) "
                        + "AS k(brand_id, channel, customer_id, changed_from, links_back, starts_outbound)")
                .createOrReplaceTempView("changed_keys");
        spark.sql("SELECT *, to_date(started_at) AS started_date FROM VALUES "
                        // k1: closed 10 days before the change, nobody waiting: the change starts afresh.
                        + "('b', 'facebook', 'k1', TIMESTAMP'2026-11-10 08:00:00', TIMESTAMP'2026-11-10 09:00:00', 'resolved', false), "
                        // k2: the same, but the change links back (a reply to a stored message, a case event as the earliest change).
                        + "('b', 'facebook', 'k2', TIMESTAMP'2026-11-10 08:00:00', TIMESTAMP'2026-11-10 09:00:00', 'resolved', false), "
                        // k3: ended 11-14 (6 days before the change, within the reach); an older one started 11-01.
                        + "('b', 'facebook', 'k3', TIMESTAMP'2026-11-01 08:00:00', TIMESTAMP'2026-11-01 09:00:00', 'resolved', false), "
                        + "('b', 'facebook', 'k3', TIMESTAMP'2026-11-13 08:00:00', TIMESTAMP'2026-11-14 09:00:00', 'resolved', false), "
                        // k4: still open; k5: its customer still waits for a reply, and the change is the reply;
                        // k7: the customer waits, but comes back first (an inbound message starts afresh).
                        + "('b', 'facebook', 'k4', TIMESTAMP'2026-11-10 08:00:00', TIMESTAMP'2026-11-10 09:00:00', 'open', false), "
                        + "('b', 'facebook', 'k5', TIMESTAMP'2026-11-10 08:00:00', TIMESTAMP'2026-11-10 09:00:00', 'unresolved', true), "
                        + "('b', 'facebook', 'k7', TIMESTAMP'2026-11-10 08:00:00', TIMESTAMP'2026-11-10 09:00:00', 'abandoned', true) "
                        + "AS c(brand_id, channel, customer_id, started_at, ended_at, status, customer_waiting)")
                .createOrReplaceTempView("silver_conversations_snapshot");

        Map<String, String> rebuildFrom = new TreeMap<>();
        for (Row r : SqlFile.load("silver/session_scope.sql").query(spark, Map.of(
                "scan_from", java.time.LocalDate.of(2026, 10, 20), "lookback_days", 30,
                "reach_seconds", 7 * 86400L)).collectAsList()) {
            rebuildFrom.put(r.getString(2), r.getTimestamp(3).toInstant().toString());
        }
        assertEquals(Map.of(
                "k1", "2026-11-20T10:00:00Z",
                "k2", "2026-11-10T08:00:00Z",
                "k3", "2026-11-13T08:00:00Z",
                "k4", "2026-11-10T08:00:00Z",
                "k5", "2026-11-10T08:00:00Z",
                "k6", "2026-11-20T10:00:00Z",
                "k7", "2026-11-20T10:00:00Z"), rebuildFrom);
        spark.catalog().dropTempView("changed_keys");
    }

    /** Change rows without a direction and reply_to_id. */
    private void changes(String view, String... rows) {
        String values = rows.length == 0
                ? "(CAST(NULL AS STRING), '', '', CAST(NULL AS TIMESTAMP), '', '', CAST(NULL AS DATE), '', 0)"
                : String.join(", ", rows);
        spark.sql("SELECT *, CAST(NULL AS STRING) AS direction, CAST(NULL AS STRING) AS reply_to_id FROM VALUES " + values
                        + " AS c(" + CHANGE_COLUMNS + ") WHERE " + (rows.length > 0))
                .createOrReplaceTempView(view);
    }
}
