package org.socialcare.warehouse.jobs;

import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.ingest.BronzeIngest;
import org.socialcare.warehouse.ingest.IngestCounts;
import org.socialcare.warehouse.gold.GoldPublisher;
import org.socialcare.warehouse.quality.IngestChecks;
import org.socialcare.warehouse.quality.SessionizeChecks;
import org.socialcare.warehouse.reference.ReferenceViews;
import org.socialcare.warehouse.silver.SilverChanges;
import org.socialcare.warehouse.silver.Sessionizer;
import org.socialcare.warehouse.warehouse.PipelineState;
import org.socialcare.warehouse.warehouse.WarehouseTable;
import org.socialcare.warehouse.quality.QualityGate;
import org.socialcare.warehouse.quality.QualityResult;
import org.socialcare.warehouse.warehouse.RunAudit;
import org.socialcare.warehouse.warehouse.RunRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nightly job for one dump date: ingest the dump into bronze, sessionize what changed, check it
 * (a failed check stops the run before anything reaches silver or gold), publish silver and gold,
 * record the progress, and record the run in ops.run_audit whether it succeeded or failed.
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
        List<QualityResult> checks = new ArrayList<>();
        Map<String, Long> written = new LinkedHashMap<>();
        Sessionizer sessionizer = new Sessionizer(spark, config);
        try {
            counts = Optional.of(new BronzeIngest(spark, config).ingest(date, runId));
            written.putAll(counts.get().rowsWrittenPerTable());
            checks.addAll(IngestChecks.of(counts.get()));
            QualityGate.enforce(checks);

            ReferenceViews.register(spark, config);
            SilverChanges changes = sessionizer.prepare(date);
            checks.addAll(SessionizeChecks.of(changes));
            QualityGate.enforce(checks);
            sessionizer.apply(changes);
            written.put(WarehouseTable.SILVER_MESSAGES.qualifiedName(), changes.messagesRebuilt());
            written.put(WarehouseTable.SILVER_CONVERSATIONS.qualifiedName(), changes.conversationsRebuilt());
            written.putAll(new GoldPublisher(spark, config).publish(changes));
            new PipelineState(spark).advance(changes.sourceVersions(), Sessionizer.AS_OF_STATE, changes.asOf(), runId,
                    config.run().writeAttempts());

            RunRecord done = record(runId, date, startedAt, RunRecord.SUCCEEDED, Optional.empty(), counts, written, checks);
            LOG.info("run {} succeeded: {}", runId, counts.get().reconciliation());
            return done;
        } catch (RuntimeException e) {
            record(runId, date, startedAt, RunRecord.FAILED, Optional.of(Errors.oneLine(e)), counts, written, checks);
            throw e;
        } finally {
            sessionizer.release();
        }
    }

    private RunRecord record(String runId, LocalDate date, Instant startedAt, String status, Optional<String> error,
                             Optional<IngestCounts> counts, Map<String, Long> written, List<QualityResult> checks) {
        RunRecord run = new RunRecord(runId, JOB, date, config.ingest().format().configName(), startedAt, Instant.now(), status,
                error, counts, written, checks);
        RunAudit.record(spark, config.paths().warehouse(), run, config.run().writeAttempts());
        return run;
    }
}
