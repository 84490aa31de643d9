package org.socialcare.warehouse.warehouse;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and advances ops.pipeline_state: the source versions and as-of time an incremental step has processed. */
public final class PipelineState {
    private static final String TABLE = WarehouseTable.OPS_PIPELINE_STATE.qualifiedName();

    private final SparkSession spark;

    public PipelineState(SparkSession spark) {
        this.spark = spark;
    }

    public Optional<Long> version(String name) {
        return value(name, "version").map(r -> r.getLong(0));
    }

    public Optional<Instant> asOf(String name) {
        return value(name, "as_of").map(r -> r.getTimestamp(0).toInstant());
    }

    /** The row holding one column of the named state row, empty when the row or its value is missing. */
    private Optional<Row> value(String name, String column) {
        List<Row> rows = spark.sql("SELECT " + column + " FROM " + TABLE + " WHERE name = '" + name + "'").collectAsList();
        return rows.isEmpty() || rows.get(0).isNullAt(0) ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Sets versions and an as-of time in one commit, so a step's progress is recorded atomically. */
    public void advance(Map<String, Long> versions, String asOfName, Instant asOf, String runId, int attempts) {
        StringBuilder values = new StringBuilder();
        for (Map.Entry<String, Long> e : versions.entrySet()) {
            values.append("('").append(e.getKey()).append("', ").append(e.getValue()).append("L, CAST(NULL AS TIMESTAMP)), ");
        }
        values.append("('").append(asOfName).append("', CAST(NULL AS BIGINT), TIMESTAMP'")
                .append(asOf).append("')");
        String merge = SqlFile.load("ops/advance_pipeline_state.sql").render(Map.of(
                "values", values.toString(), "run_id", runId));
        DeltaWrites.merge(spark, TABLE, merge, attempts);
    }
}
