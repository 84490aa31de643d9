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
 * written after the last published as-of.
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

    private void changes(String view, String... rows) {
        spark.sql("SELECT * FROM VALUES " + String.join(", ", rows) + " AS c(" + CHANGE_COLUMNS + ")")
                .createOrReplaceTempView(view);
    }
}
