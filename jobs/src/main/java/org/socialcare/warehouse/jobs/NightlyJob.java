package org.socialcare.warehouse.jobs;

import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.ingest.BronzeIngest;
import org.socialcare.warehouse.ingest.IngestCounts;
import org.socialcare.warehouse.quality.IngestChecks;
import org.socialcare.warehouse.quality.QualityGate;
import org.socialcare.warehouse.quality.QualityResult;
import org.socialcare.warehouse.warehouse.RunAudit;
import org.socialcare.warehouse.warehouse.RunRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The nightly job for one dump date: ingest the dump into bronze, check it, and record the run in
 * ops.run_audit whether it succeeded or failed.
 */
public final class NightlyJob {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);
    public static final String JOB = "nightly";

    private final SparkSession spark;
    private final AppConfig config;

    public NightlyJob(SparkSession spark, AppConfig config) {
        this.spark = spark;
        this.config = config;
    }

    /** Runs the date; returns the audit record of a successful run, throws after recording a failed one. */
    public RunRecord run(LocalDate date) {
        String runId = RunAudit.newRunId(JOB, date);
        Instant startedAt = Instant.now();
        Optional<IngestCounts> counts = Optional.empty();
        List<QualityResult> checks = List.of();
        try {
            counts = Optional.of(new BronzeIngest(spark, config).ingest(date, runId));
            checks = IngestChecks.of(counts.get());
            QualityGate.enforce(checks);
            RunRecord done = record(runId, date, startedAt, RunRecord.SUCCEEDED, Optional.empty(), counts, checks);
            LOG.info("run {} succeeded: {}", runId, counts.get().reconciliation());
            return done;
        } catch (RuntimeException e) {
            record(runId, date, startedAt, RunRecord.FAILED, Optional.of(Errors.oneLine(e)), counts, checks);
            throw e;
        }
    }

    private RunRecord record(String runId, LocalDate date, Instant startedAt, String status, Optional<String> error,
                             Optional<IngestCounts> counts, List<QualityResult> checks) {
        RunRecord run = new RunRecord(runId, JOB, date, config.ingest().format(), startedAt, Instant.now(), status,
                error, counts, checks);
        RunAudit.record(spark, config.paths().warehouse(), run, config.run().writeAttempts());
        return run;
    }
}
