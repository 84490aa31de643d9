package org.socialcare.warehouse.silver;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.infra.catalog.WarehouseTable;
import org.socialcare.warehouse.infra.delta.TableVersions;
import org.socialcare.warehouse.infra.ops.PipelineState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The bronze rows changed since the sessionization last ran, from Delta's change data feed, as temp
 * views changes_messages, changes_case_events and changes_surveys (brand_id, channel, customer_id as
 * stored in silver, created_at, id, content_hash, dump_date, _change_type, _commit_version, and a
 * message's direction and reply_to_id, NULL for the other record types). Updates contribute
 * their pre-image too, so a record whose winning copy moved to another key or time marks both.
 */
final class BronzeChanges {
    static final String STATE_PREFIX = "sessionize<-";

    private record Source(WarehouseTable table, String view) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source(WarehouseTable.BRONZE_MESSAGES, "changes_messages"),
            new Source(WarehouseTable.BRONZE_CASE_EVENTS, "changes_case_events"),
            new Source(WarehouseTable.BRONZE_SURVEYS, "changes_surveys"));

    static final List<WarehouseTable> TABLES = SOURCES.stream().map(Source::table).toList();

    private BronzeChanges() {
    }

    static List<String> views() {
        return SOURCES.stream().map(Source::view).toList();
    }

    /** Registers the views; returns, per state name, the table version the views read up to. */
    static Map<String, Long> register(SparkSession spark, PipelineState state, String warehouseRoot) {
        Map<String, Long> readUpTo = new LinkedHashMap<>();
        for (Source s : SOURCES) {
            String location = s.table().location(warehouseRoot);
            String stateName = STATE_PREFIX + s.table().qualifiedName();
            long latest = TableVersions.latest(spark, location);
            Optional<Long> done = state.version(stateName);
            long from = done.map(v -> v + 1).orElse(0L);
            Dataset<Row> changes = from > latest
                    ? spark.read().format("delta").load(location).limit(0)
                    .withColumn("_change_type", col("id")).withColumn("_commit_version", col("line_number"))
                    : spark.read().format("delta").option("readChangeFeed", "true")
                    .option("startingVersion", from).option("endingVersion", latest).load(location);
            boolean messages = s.table() == WarehouseTable.BRONZE_MESSAGES;
            Column direction = messages ? col("direction") : lit(null).cast("string");
            Column replyTo = messages ? col("reply_to_id") : lit(null).cast("string");
            changes.select(col("brand_id"), col("channel"), callUDF("customer_key", col("customer_id")).as("customer_id"),
                            col("created_at"), col("id"), col("content_hash"), col("dump_date"), col("_change_type"),
                            col("_commit_version"), direction.as("direction"), replyTo.as("reply_to_id"))
                    .createOrReplaceTempView(s.view());
            readUpTo.put(stateName, latest);
        }
        return readUpTo;
    }
}
