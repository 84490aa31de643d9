package org.socialcare.warehouse.infra.ops;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.socialcare.warehouse.infra.catalog.WarehouseTable;
import org.socialcare.warehouse.infra.delta.DeltaWrites;
import org.socialcare.warehouse.infra.sql.SqlFile;
import scala.collection.JavaConverters;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes ops.run_audit: a row when a run starts (running) and the same row, completed, when it ends.
 * At its start a run also marks as interrupted every run still "running" whose process is gone (on
 * this host: the process id is not alive, or belongs to a process started later; elsewhere: it has
 * been running longer than run.stale_after_hours), and names the interrupted run of its own date it
 * redoes. One MERGE per write: the start's interrupted marks and its own row are one commit.
 */
public final class RunAudit {
    private static final String TABLE = WarehouseTable.OPS_RUN_AUDIT.qualifiedName();
    private static final String SOURCE_VIEW = "run_audit_rows";

    private final SparkSession spark;
    private final int attempts;
    private final Duration staleAfter;

    private final Set<String> inProgress = new HashSet<>();

    public RunAudit(SparkSession spark, int attempts, Duration staleAfter) {
        this.spark = spark;
        this.attempts = attempts;
        this.staleAfter = staleAfter;
    }

    /** A new run id: job, date and a random suffix, readable in a listing and unique. */
    public static String newRunId(String job, java.time.LocalDate date) {
        return job + "-" + date + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Records a run's start, after marking the runs it finds interrupted; returns it with recoveredRunId set. */
    public RunRecord start(RunRecord run) {
        StructType schema = spark.table(TABLE).schema();
        List<Row> rows = new ArrayList<>();
        Optional<String> recovered = Optional.empty();
        for (Row r : SqlFile.load("ops/unfinished_runs.sql").query(spark, Map.of("job", run.job())).collectAsList()) {
            boolean interrupted = r.getString(r.fieldIndex("status")).equals(RunRecord.INTERRUPTED);
            if (!interrupted && ProcessLiveness.isGone(r.getString(r.fieldIndex("host")), r.getLong(r.fieldIndex("pid")),
                    r.getTimestamp(r.fieldIndex("started_at")).toInstant(), staleAfter)) {
                rows.add(withStatus(r, schema, RunRecord.INTERRUPTED));
                interrupted = true;
            } else if (!interrupted) {
                inProgress.add(r.getString(r.fieldIndex("run_id")));
            }
            // The run of this date that this one redoes: the latest one of the date, if it was interrupted.
            if (interrupted && r.getBoolean(r.fieldIndex("is_latest_of_its_date"))
                    && r.getDate(r.fieldIndex("run_date")).toLocalDate().equals(run.runDate())) {
                recovered = Optional.of(r.getString(r.fieldIndex("run_id")));
            }
        }
        inProgress.add(run.runId());
        RunRecord withRecovery = run.recovered(recovered);
        rows.add(toRow(withRecovery));
        write(rows);
        return withRecovery;
    }

    /** The runs still in progress when this one started (this one included): their work folders stay. */
    public Set<String> runsInProgress() {
        return Set.copyOf(inProgress);
    }

    /** Records how a run ended. */
    public void end(RunRecord run) {
        write(List.of(toRow(run)));
    }

    private void write(List<Row> rows) {
        spark.createDataFrame(rows, spark.table(TABLE).schema()).createOrReplaceTempView(SOURCE_VIEW);
        try {
            DeltaWrites.merge(spark, SqlFile.load("ops/record_runs.sql"), Map.of(), attempts);
        } finally {
            spark.catalog().dropTempView(SOURCE_VIEW);
        }
    }

    /** A stored row (with the table's columns, by name) with another status. */
    private static Row withStatus(Row stored, StructType table, String status) {
        Object[] values = new Object[table.length()];
        for (int i = 0; i < values.length; i++) {
            String column = table.fields()[i].name();
            values[i] = column.equals("status") ? status : stored.get(stored.fieldIndex(column));
        }
        return RowFactory.create(values);
    }

    static Row toRow(RunRecord run) {
        Optional<LineCounts> c = run.counts();
        Map<String, Row> stages = new LinkedHashMap<>();
        run.stages().forEach((k, v) -> stages.put(k, RowFactory.create(v.seconds(), v.rows())));
        return RowFactory.create(
                run.runId(), run.job(), Date.valueOf(run.runDate()), run.inputFormat(),
                Timestamp.from(run.startedAt()), run.endedAt().map(Timestamp::from).orElse(null), run.status(),
                run.error().orElse(null),
                c.map(LineCounts::linesRead).orElse(null), c.map(LineCounts::rowsAccepted).orElse(null),
                c.map(LineCounts::duplicates).orElse(null), c.map(LineCounts::rowsQuarantined).orElse(null),
                run.rowsWritten().isEmpty() ? null : scalaMap(run.rowsWritten()),
                JavaConverters.asScalaBuffer(run.qualityResults().stream()
                        .map(q -> RowFactory.create(q.check(), q.passed(), q.detail())).toList()).toList(),
                stages.isEmpty() ? null : scalaMap(stages),
                run.host(), run.pid(), run.recoveredRunId().orElse(null),
                run.tableVersions().isEmpty() ? null : scalaMap(run.tableVersions()));
    }

    private static <V> scala.collection.Map<String, V> scalaMap(Map<String, V> map) {
        return JavaConverters.mapAsScalaMap(new LinkedHashMap<>(map));
    }
}
