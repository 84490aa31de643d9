package org.socialcare.warehouse.infra.ops;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.socialcare.warehouse.infra.delta.DeltaWrites;
import org.socialcare.warehouse.infra.sql.SqlFile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ops.pipeline_state: how far the incremental steps have read their sources (Delta versions) and
 * the as-of time of the warehouse. Read once per run (a few rows); advanced in one commit, and only
 * forward, so a re-run of an older date cannot move it back.
 */
public final class PipelineState {
    private static final String SOURCE_VIEW = "pipeline_state_update";
    private static final StructType UPDATE = new StructType()
            .add("name", DataTypes.StringType, false)
            .add("version", DataTypes.LongType, true)
            .add("as_of", DataTypes.TimestampType, true);

    private final Map<String, Long> versions;
    private final Map<String, Instant> asOfs;

    private PipelineState(Map<String, Long> versions, Map<String, Instant> asOfs) {
        this.versions = versions;
        this.asOfs = asOfs;
    }

    public static PipelineState read(SparkSession spark) {
        Map<String, Long> versions = new HashMap<>();
        Map<String, Instant> asOfs = new HashMap<>();
        for (Row r : SqlFile.load("ops/pipeline_state.sql").query(spark).collectAsList()) {
            if (!r.isNullAt(1)) {
                versions.put(r.getString(0), r.getLong(1));
            }
            if (!r.isNullAt(2)) {
                asOfs.put(r.getString(0), r.getTimestamp(2).toInstant());
            }
        }
        return new PipelineState(versions, asOfs);
    }

    public Optional<Long> version(String name) {
        return Optional.ofNullable(versions.get(name));
    }

    public Optional<Instant> asOf(String name) {
        return Optional.ofNullable(asOfs.get(name));
    }

    /** Sets versions and an as-of time in one commit, so a step's progress is recorded atomically. */
    public static void advance(SparkSession spark, Map<String, Long> readUpTo, String asOfName, Instant asOf,
                               String runId, int attempts) {
        List<Row> rows = new ArrayList<>();
        readUpTo.forEach((name, version) -> rows.add(RowFactory.create(name, version, null)));
        rows.add(RowFactory.create(asOfName, null, Timestamp.from(asOf)));
        spark.createDataFrame(rows, UPDATE).createOrReplaceTempView(SOURCE_VIEW);
        try {
            DeltaWrites.merge(spark, SqlFile.load("ops/advance_pipeline_state.sql"), Map.of("run_id", runId), attempts);
        } finally {
            spark.catalog().dropTempView(SOURCE_VIEW);
        }
    }
}
