package org.socialcare.warehouse.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.infra.catalog.WarehouseTable;
import org.socialcare.warehouse.infra.delta.DeltaWrites;
import org.socialcare.warehouse.infra.ops.LineCounts;
import org.socialcare.warehouse.infra.spark.ConcurrentJobs;
import org.socialcare.warehouse.infra.spark.WorkTables;
import org.socialcare.warehouse.infra.sql.SqlFile;
import org.socialcare.warehouse.ingest.source.DumpFiles;
import org.socialcare.warehouse.ingest.source.DumpReader;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Ingests one dump date into bronze: reads every line with the format's {@link DumpReader}, validates
 * it (sql/bronze/validated_lines.sql), replaces the date's quarantine, and MERGEs the winning copy of
 * each record into bronze.messages, bronze.case_events and bronze.surveys: one pass over the dump
 * (kept in memory, then disk) and one commit per table. Re-ingesting a dump, or an overlapping one,
 * changes nothing that is already there.
 */
public final class BronzeIngest {
    private static final Logger LOG = LoggerFactory.getLogger(BronzeIngest.class);

    /** A bronze record table and the SQL file that selects its rows from a dump's winning copies. */
    private record RecordTable(String type, WarehouseTable table, String batchSql) {
    }

    private static final List<RecordTable> RECORD_TABLES = List.of(
            new RecordTable("message", WarehouseTable.BRONZE_MESSAGES, "bronze/messages_batch.sql"),
            new RecordTable("case_event", WarehouseTable.BRONZE_CASE_EVENTS, "bronze/case_events_batch.sql"),
            new RecordTable("survey", WarehouseTable.BRONZE_SURVEYS, "bronze/surveys_batch.sql"));

    private final SparkSession spark;
    private final AppConfig config;
    private final String warehouseRoot;

    public BronzeIngest(SparkSession spark, AppConfig config, String warehouseRoot) {
        this.spark = spark;
        this.config = config;
        this.warehouseRoot = warehouseRoot;
    }

    public IngestCounts ingest(LocalDate dumpDate, String runId) {
        DumpReader reader = DumpReaders.forConfig(config.ingest());
        DumpFiles.Listing listing = DumpFiles.list(spark.sparkContext().hadoopConfiguration(),
                config.paths().landing(), dumpDate, reader.fileSuffixes());
        LOG.info("dump {}: {} {} file(s) under {}", dumpDate, listing.files().size(), config.ingest().format().configName(),
                DumpFiles.folder(config.paths().landing(), dumpDate));
        listing.skipped().forEach(s -> LOG.warn("dump {}: not read: {}: {}", dumpDate, s.path(), s.reason()));
        // The validated lines are read six times (profile, quarantine, three batches): computed once, as a
        // work table (a checkpoint: rows copied as they are, cheaper than building a columnar cache).
        try (WorkTables work = new WorkTables(spark, config.run().workTables(), warehouseRoot, runId, "bronze")) {
            reader.read(spark, listing.files(), dumpDate).createOrReplaceTempView("parsed_lines");
            work.keep("validated_lines", SqlFile.load("bronze/validated_lines.sql").query(spark, Map.of(
                    "min_year", config.ingest().minYear(), "max_year", config.ingest().maxYear(),
                    "max_raw_line_chars", config.ingest().maxRawLineChars())));
            spark.catalog().dropTempView("parsed_lines");
            reader.release();
            Batch batch = Batch.profile(spark);
            return write(work, batch, dumpDate, runId, listing);
        } finally {
            spark.catalog().dropTempView("parsed_lines");
            reader.release();
        }
    }

    /**
     * Writes the dump's quarantine and MERGEs each record type into its table; the four tables are
     * independent, so the writes run concurrently (run.concurrent_writes).
     */
    private IngestCounts write(WorkTables work, Batch batch, LocalDate dumpDate, String runId,
                               DumpFiles.Listing listing) {
        int attempts = config.run().writeAttempts();
        Map<String, Supplier<Long>> writes = new LinkedHashMap<>();
        for (RecordTable rt : RECORD_TABLES) {
            writes.put(rt.table().qualifiedName(), () -> mergeRecords(work, rt, batch, runId, attempts));
        }
        writes.put(WarehouseTable.BRONZE_QUARANTINE.qualifiedName(), () -> DeltaWrites.replace(
                SqlFile.load("bronze/quarantine_batch.sql").query(spark, Map.of("run_id", runId)),
                WarehouseTable.BRONZE_QUARANTINE.location(warehouseRoot), "dump_date",
                List.of(java.sql.Date.valueOf(dumpDate)), attempts));
        Map<String, Long> written = ConcurrentJobs.run(config.run().concurrentWrites(), writes);
        long accepted = 0;
        for (RecordTable rt : RECORD_TABLES) {
            accepted += written.get(rt.table().qualifiedName());
        }
        long quarantined = written.get(WarehouseTable.BRONZE_QUARANTINE.qualifiedName());
        LineCounts lines = new LineCounts(batch.linesRead(), accepted, batch.validLines() - accepted, quarantined);
        LOG.info("dump {}: {}", dumpDate, lines.reconciliation());
        return new IngestCounts(lines, written, listing.skipped());
    }

    private long mergeRecords(WorkTables work, RecordTable rt, Batch batch, String runId, int attempts) {
        Batch.Type type = batch.types().get(rt.type());
        if (type == null) {
            return 0;
        }
        String view = "batch_" + rt.table().tableName();
        // Read by the record type's batch file; one view per type, so the types' writes can run at once.
        String winners = "winning_" + rt.table().tableName();
        SqlFile.load("bronze/winning_copies.sql").query(spark, Map.of("type", rt.type()))
                .createOrReplaceTempView(winners);
        // The MERGE reads its source twice (to match, then to write): computed once, here.
        Dataset<Row> rows = work.keep(view, SqlFile.load(rt.batchSql()).query(spark, Map.of("run_id", runId)));
        try {
            int lookback = config.ingest().dedupeLookbackDays();
            DeltaWrites.MergeMetrics m = DeltaWrites.merge(spark, SqlFile.load("bronze/merge_records.sql"), Map.of(
                    "target", rt.table().qualifiedName(), "source", view,
                    "scan_from", type.minDate().minusDays(lookback), "scan_to", type.maxDate().plusDays(lookback)),
                    attempts);
            long records = rows.count();
            if (m.written() > records) {
                throw new IllegalStateException("MERGE into " + rt.table().qualifiedName() + " wrote " + m.written()
                        + " rows for " + records + " records: the table holds duplicate keys");
            }
            return m.written();
        } finally {
            spark.catalog().dropTempView(winners);
        }
    }

    /** Counts of one validated dump, from one aggregate pass: lines read, and per record type its valid lines. */
    record Batch(long linesRead, long validLines, Map<String, Type> types) {
        record Type(long lines, LocalDate minDate, LocalDate maxDate) {
        }

        static Batch profile(SparkSession spark) {
            long lines = 0;
            long valid = 0;
            Map<String, Type> types = new HashMap<>();
            for (Row r : SqlFile.load("bronze/batch_profile.sql").query(spark).collectAsList()) {
                long n = r.getLong(r.fieldIndex("lines"));
                lines += n;
                if (!r.isNullAt(0)) {
                    valid += n;
                    types.put(r.getString(0), new Type(n, r.getDate(r.fieldIndex("min_date")).toLocalDate(),
                            r.getDate(r.fieldIndex("max_date")).toLocalDate()));
                }
            }
            return new Batch(lines, valid, types);
        }
    }
}
