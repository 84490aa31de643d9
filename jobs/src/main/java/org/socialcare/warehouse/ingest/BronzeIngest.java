package org.socialcare.warehouse.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.twcs.TwcsDumpReader;
import org.socialcare.warehouse.twcs.TwcsMapper;
import org.socialcare.warehouse.warehouse.DeltaWrites;
import org.socialcare.warehouse.warehouse.SqlFile;
import org.socialcare.warehouse.warehouse.WarehouseTable;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

/**
 * Ingests one dump date into bronze: reads every line (canonical JSON lines, or TWCS CSV rows mapped
 * to message records by {@link TwcsMapper}), validates it, writes the date's quarantine,
 * and MERGEs the winning copy of each record into bronze.messages, bronze.case_events and
 * bronze.surveys. Re-ingesting a dump, or an overlapping one, changes nothing that is already there.
 */
public final class BronzeIngest {
    private static final Logger LOG = LoggerFactory.getLogger(BronzeIngest.class);

    /** A bronze record table and the SQL file that selects its rows from a dump. */
    private record RecordTable(String type, WarehouseTable table, String batchSql) {
    }

    private static final List<RecordTable> RECORD_TABLES = List.of(
            new RecordTable("message", WarehouseTable.BRONZE_MESSAGES, "bronze/messages_batch.sql"),
            new RecordTable("case_event", WarehouseTable.BRONZE_CASE_EVENTS, "bronze/case_events_batch.sql"),
            new RecordTable("survey", WarehouseTable.BRONZE_SURVEYS, "bronze/surveys_batch.sql"));

    private final SparkSession spark;
    private final AppConfig config;

    public BronzeIngest(SparkSession spark, AppConfig config) {
        this.spark = spark;
        this.config = config;
    }

    public IngestCounts ingest(LocalDate dumpDate, String runId) {
        InputFormat format = config.ingest().format();
        List<String> files = DumpFiles.list(spark.sparkContext().hadoopConfiguration(),
                config.paths().landing(), dumpDate, format.fileSuffixes());
        LOG.info("dump {}: {} {} file(s) under {}", dumpDate, files.size(), format.configName(),
                DumpFiles.folder(config.paths().landing(), dumpDate));
        if (format == InputFormat.TWCS) {
            TwcsMapper mapper = new TwcsMapper(spark, config.ingest().twcsThreadLookbackDays());
            try {
                mapper.map(TwcsDumpReader.read(spark, files, dumpDate)).createOrReplaceTempView("parsed_lines");
                return ingestValidated(dumpDate, runId);
            } finally {
                mapper.release();
            }
        }
        CanonicalRecordParser.parse(RawLineReader.read(spark, files, dumpDate)).createOrReplaceTempView("parsed_lines");
        return ingestValidated(dumpDate, runId);
    }

    /** Takes the lines in temp view parsed_lines through validation, quarantine and MERGE. */
    IngestCounts ingestValidated(LocalDate dumpDate, String runId) {
        Dataset<Row> validated = keepRawLineOnlyWhenQuarantined(
                spark.sql(SqlFile.load("bronze/validated_lines.sql").render()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            validated.createOrReplaceTempView("validated_lines");
            BatchProfile profile = BatchProfile.of(spark);
            long quarantined = writeQuarantine(validated, dumpDate, runId);

            spark.sql(SqlFile.load("bronze/winning_copies.sql").render()).createOrReplaceTempView("winning_copies");
            Map<String, Long> written = new LinkedHashMap<>();
            long accepted = 0;
            for (RecordTable rt : RECORD_TABLES) {
                long n = mergeRecords(rt, profile, runId);
                written.put(rt.table().qualifiedName(), n);
                accepted += n;
            }
            written.put(WarehouseTable.BRONZE_QUARANTINE.qualifiedName(), quarantined);
            long duplicates = profile.validLines() - accepted;
            IngestCounts counts = new IngestCounts(profile.linesRead(), accepted, duplicates, quarantined, written);
            LOG.info("dump {}: {}", dumpDate, counts.reconciliation());
            return counts;
        } finally {
            validated.unpersist();
        }
    }

    private Dataset<Row> keepRawLineOnlyWhenQuarantined(Dataset<Row> validated) {
        int max = config.ingest().maxRawLineChars();
        return validated.withColumn("raw_line",
                when(col("quarantine_reason").isNull(), lit(null).cast("string"))
                        .when(length(col("raw_line")).gt(max),
                                concat(substring(col("raw_line"), 1, max),
                                        lit("...[cut: line had "), length(col("raw_line")).cast("string"),
                                        lit(" characters]")))
                        .otherwise(col("raw_line")));
    }

    /** Makes the dump date's quarantine match this read; returns the row count read back from the table. */
    private long writeQuarantine(Dataset<Row> validated, LocalDate dumpDate, String runId) {
        validated.where(col("quarantine_reason").isNotNull())
                .select(col("dump_date"), col("source_file"), col("line_number"), col("type").as("record_type"),
                        col("quarantine_code").as("reason_code"), col("quarantine_reason").as("reason"), col("raw_line"),
                        lit(runId).as("ingest_run_id"))
                .createOrReplaceTempView("batch_quarantine");
        String merge = SqlFile.load("bronze/merge_quarantine.sql").render(Map.of(
                "source", "batch_quarantine", "dump_date", dumpDate.toString()));
        DeltaWrites.merge(spark, WarehouseTable.BRONZE_QUARANTINE.qualifiedName(), merge, config.run().writeAttempts());
        return spark.table(WarehouseTable.BRONZE_QUARANTINE.qualifiedName())
                .where(col("dump_date").equalTo(lit(java.sql.Date.valueOf(dumpDate)))).count();
    }

    private long mergeRecords(RecordTable rt, BatchProfile profile, String runId) {
        BatchProfile.TypeProfile tp = profile.forType(rt.type());
        if (tp == null) {
            return 0;
        }
        String view = "batch_" + rt.table().tableName();
        spark.sql(SqlFile.load(rt.batchSql()).render(Map.of("run_id", runId))).createOrReplaceTempView(view);
        int lookback = config.ingest().dedupeLookbackDays();
        String merge = SqlFile.load("bronze/merge_records.sql").render(Map.of(
                "target", rt.table().qualifiedName(),
                "source", view,
                "scan_from", tp.minCreatedDate().minusDays(lookback).toString(),
                "scan_to", tp.maxCreatedDate().plusDays(lookback).toString()));
        Row metrics = DeltaWrites.merge(spark, rt.table().qualifiedName(), merge, config.run().writeAttempts());
        long changed = metrics.<Long>getAs("num_inserted_rows") + metrics.<Long>getAs("num_updated_rows");
        if (changed > tp.records()) {
            throw new IllegalStateException("MERGE into " + rt.table().qualifiedName() + " wrote " + changed
                    + " rows for " + tp.records() + " records: the table holds duplicate keys");
        }
        return changed;
    }

    /** Counts of one validated dump, computed in one pass: lines, and per record type the valid lines. */
    record BatchProfile(long linesRead, long validLines, Map<String, TypeProfile> types) {
        record TypeProfile(long validLines, long records, LocalDate minCreatedDate, LocalDate maxCreatedDate) {
        }

        static BatchProfile of(SparkSession spark) {
            Row total = spark.sql("SELECT count(*) AS lines_read, count_if(quarantine_reason IS NULL) AS valid_lines "
                    + "FROM validated_lines").first();
            Map<String, TypeProfile> types = new HashMap<>();
            for (Row r : spark.sql("SELECT type, count(*) AS valid_lines, count(DISTINCT channel, id) AS records, "
                    + "min(to_date(created_at)) AS min_date, max(to_date(created_at)) AS max_date "
                    + "FROM validated_lines WHERE quarantine_reason IS NULL GROUP BY type").collectAsList()) {
                types.put(r.getString(0), new TypeProfile(r.getLong(1), r.getLong(2),
                        r.getDate(3).toLocalDate(), r.getDate(4).toLocalDate()));
            }
            return new BatchProfile(total.getLong(0), total.getLong(1), types);
        }

        TypeProfile forType(String type) {
            return types.get(type);
        }
    }
}
