package org.socialcare.warehouse.silver;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.warehouse.PipelineState;
import org.socialcare.warehouse.warehouse.WarehouseTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;

/**
 * The bronze rows changed since the sessionization last ran, from Delta's change data feed, as temp
 * views changes_messages, changes_case_events and changes_surveys (brand_id, channel, customer_id,
 * created_at; customer_id as stored in silver, see customer_key). Updates contribute their pre-image too, so a record whose winning copy moved to
 * another key or time marks both. The versions read up to are kept for {@link PipelineState}.
 */
final class BronzeChanges {
    static final String STATE_PREFIX = "sessionize<-";

    private static final Map<WarehouseTable, String> VIEWS = Map.of(
            WarehouseTable.BRONZE_MESSAGES, "changes_messages",
            WarehouseTable.BRONZE_CASE_EVENTS, "changes_case_events",
            WarehouseTable.BRONZE_SURVEYS, "changes_surveys");

    private BronzeChanges() {
    }

    /** Registers the views; returns, per state name, the table version the views read up to. */
    static Map<String, Long> register(SparkSession spark, PipelineState state) {
        Map<String, Long> readUpTo = new LinkedHashMap<>();
        for (Map.Entry<WarehouseTable, String> e : VIEWS.entrySet()) {
            String table = e.getKey().qualifiedName();
            String stateName = STATE_PREFIX + table;
            long latest = latestVersion(spark, table);
            Optional<Long> done = state.version(stateName);
            long from = done.map(v -> v + 1).orElse(0L);
            Dataset<Row> changes;
            if (from > latest) {
                changes = spark.table(table).limit(0);
            } else {
                changes = spark.read().format("delta").option("readChangeFeed", "true")
                        .option("startingVersion", from).option("endingVersion", latest).table(table);
            }
            changes.select(col("brand_id"), col("channel"), callUDF("customer_key", col("customer_id")).as("customer_id"),
                            col("created_at"))
                    .createOrReplaceTempView(e.getValue());
            readUpTo.put(stateName, latest);
        }
        return readUpTo;
    }

    private static long latestVersion(SparkSession spark, String table) {
        List<Row> h = spark.sql("DESCRIBE HISTORY " + table + " LIMIT 1").select("version").collectAsList();
        return h.get(0).getLong(0);
    }
}
