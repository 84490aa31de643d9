package org.socialcare.warehouse.warehouse;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.socialcare.warehouse.ingest.IngestCounts;
import org.socialcare.warehouse.quality.QualityResult;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** Appends one row per run to ops.run_audit. Appends never conflict, so concurrent runs are safe. */
public final class RunAudit {
    private RunAudit() {
    }

    /** A new run id: job, date and a random suffix, readable in a listing and unique. */
    public static String newRunId(String job, java.time.LocalDate date) {
        return job + "-" + date + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static void record(SparkSession spark, String warehouseRoot, RunRecord run, int attempts) {
        StructType schema = spark.table(WarehouseTable.OPS_RUN_AUDIT.qualifiedName()).schema();
        IngestCounts c = run.counts().orElse(null);
        Row row = RowFactory.create(
                run.runId(), run.job(), Date.valueOf(run.runDate()), run.inputFormat(),
                Timestamp.from(run.startedAt()), Timestamp.from(run.endedAt()), run.status(), run.error().orElse(null),
                c == null ? null : c.linesRead(), c == null ? null : c.rowsAccepted(),
                c == null ? null : c.duplicates(), c == null ? null : c.rowsQuarantined(),
                run.rowsWritten().isEmpty() ? null : run.rowsWritten(),
                run.qualityResults().stream()
                        .map(q -> RowFactory.create(q.check(), q.passed(), q.detail())).toList());
        DeltaWrites.appendEvents(spark.createDataFrame(List.of(row), schema),
                WarehouseTable.OPS_RUN_AUDIT.location(warehouseRoot), attempts);
    }
}
