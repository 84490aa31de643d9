package org.socialcare.warehouse.pipeline;

import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.bi.BiViews;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.functions.ReferenceViews;
import org.socialcare.warehouse.gold.GoldPublisher;
import org.socialcare.warehouse.infra.catalog.WarehouseTable;
import org.socialcare.warehouse.infra.delta.TableVersions;
import org.socialcare.warehouse.infra.spark.WorkTables;
import org.socialcare.warehouse.infra.ops.LineCounts;
import org.socialcare.warehouse.infra.ops.PipelineState;
import org.socialcare.warehouse.infra.ops.ProcessLiveness;
import org.socialcare.warehouse.infra.ops.PublishLock;
import org.socialcare.warehouse.infra.ops.QualityResult;
import org.socialcare.warehouse.infra.ops.RunAudit;
import org.socialcare.warehouse.infra.ops.RunRecord;
import org.socialcare.warehouse.ingest.BronzeIngest;
import org.socialcare.warehouse.ingest.IngestCounts;
import org.socialcare.warehouse.quality.IngestChecks;
import org.socialcare.warehouse.quality.QualityGate;
import org.socialcare.warehouse.quality.SessionizeChecks;
import org.socialcare.warehouse.silver.Sessionizer;
import org.socialcare.warehouse.silver.SilverChanges;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nightly job for one dump date, in stages: start (the run is recorded as running), bronze (the
 * dump is ingested), silver (what changed is sessionized, checked, written), gold (facts and
 * aggregates of the affected dates), publish (the pipeline state advances). A failed check stops the
 * run before anything reaches silver or gold. Silver, gold and publish hold the warehouse's publish
 * lock, so two dates run at once give the result of running them one after the other. The run's row
 * in ops.run_audit is completed whatever happens: succeeded, or failed with one line of error.
 */
public final class NightlyJob {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);
    public static final String JOB = "nightly";

    private final SparkSession spark;
    private final AppConfig config;
    private final String warehouseRoot;

    /** A job on a warehouse registered in the session's catalog (TableCatalog.register gives its root). */
    public NightlyJob(SparkSession spark, AppConfig config, String warehouseRoot) {
        this.spark = spark;
        this.config = config;
        this.warehouseRoot = warehouseRoot;
    }

    /** Runs the date; returns the audit record of a successful run, throws after recording a failed one. */
    public RunRecord run(LocalDate date) {
        String runId = RunAudit.newRunId(JOB, date);
        StageClock clock = new StageClock(JOB + " " + date);
        Duration staleAfter = Duration.ofMinutes(Math.round(config.run().staleAfterHours() * 60));
        RunAudit audit = new RunAudit(spark, config.run().writeAttempts(), staleAfter);
        RunRecord run = audit.start(RunRecord.started(runId, JOB, date, config.ingest().format().configName(),
                Instant.now(), ProcessLiveness.host(), ProcessLiveness.pid()));
        LOG.info("run {} started (pid {} on {})", runId, ProcessLiveness.pid(), ProcessLiveness.host());
        run.recoveredRunId().ifPresent(r -> LOG.info("run {} redoes interrupted run {}", runId, r));
        // Work folders (reliable work tables) of runs that died are deleted; those of live runs stay.
        WorkTables.removeLeftovers(spark, warehouseRoot, audit.runsInProgress());
        ReferenceViews.register(spark, config);
        clock.end("start", 0);

        Optional<LineCounts> lines = Optional.empty();
        List<QualityResult> checks = new ArrayList<>();
        Map<String, Long> written = new LinkedHashMap<>();
        Map<String, Long> goldVersions = new LinkedHashMap<>();
        Sessionizer sessionizer = new Sessionizer(spark, config, warehouseRoot, runId);
        DaySizedSession session = new DaySizedSession(spark, config.spark());
        try {
            session.reset();
            IngestCounts ingest = clock.stage("bronze", () -> new BronzeIngest(spark, config, warehouseRoot)
                    .ingest(date, runId), c -> c.lines().linesRead());
            lines = Optional.of(ingest.lines());
            session.sizeTo(ingest.lines().linesRead());
            written.putAll(ingest.rowsWrittenPerTable());
            checks.addAll(IngestChecks.of(ingest));
            QualityGate.enforce(checks);

            try (PublishLock lock = PublishLock.acquire(spark.sparkContext().hadoopConfiguration(), warehouseRoot,
                    runId, staleAfter, Duration.ofMinutes(Math.round(config.run().publishWaitMinutes())))) {
                PipelineState state = PipelineState.read(spark);
                SilverChanges changes = sessionizer.build(date, state);
                checks.addAll(SessionizeChecks.of(changes));
                QualityGate.enforce(checks);
                written.putAll(sessionizer.write(changes));
                clock.end("silver", changes.rebuilt().map(r -> r.counts().messagesRebuilt()).orElse(0L));

                Map<String, Long> gold = new GoldPublisher(spark, config, warehouseRoot, runId).publish(changes);
                written.putAll(gold);
                // The BI views read this run's gold tables from now on, all at once.
                goldVersions.putAll(goldVersions());
                BiViews.pin(spark, goldVersions);
                clock.end("gold", gold.values().stream().mapToLong(Long::longValue).sum());

                PipelineState.advance(spark, changes.sourceVersions(), Sessionizer.AS_OF_STATE, changes.asOf(), runId,
                        config.run().writeAttempts());
                clock.end("publish", changes.sourceVersions().size() + 1L);
            }
            RunRecord done = run.ended(Instant.now(), RunRecord.SUCCEEDED, Optional.empty(), lines, written, checks,
                    clock.stages(), goldVersions);
            audit.end(done);
            LOG.info("run {} succeeded: {}", runId, ingest.lines().reconciliation());
            return done;
        } catch (Throwable e) {
            audit.end(run.ended(Instant.now(), RunRecord.FAILED, Optional.of(Errors.oneLine(e)), lines, written,
                    checks, clock.stages(), Map.of()));
            throw RunFailure.of(e);
        } finally {
            sessionizer.release();
            session.reset();
        }
    }

    /** The latest Delta version of every gold table. */
    private Map<String, Long> goldVersions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (WarehouseTable t : WarehouseTable.values()) {
            if (t.schema().equals("gold")) {
                versions.put(t.qualifiedName(), TableVersions.latest(spark, t.location(warehouseRoot)));
            }
        }
        return versions;
    }
}
