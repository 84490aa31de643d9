package org.socialcare.warehouse.silver;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.infra.catalog.WarehouseTable;
import org.socialcare.warehouse.infra.delta.ChangeSets;
import org.socialcare.warehouse.infra.delta.DeltaWrites;
import org.socialcare.warehouse.infra.delta.TableVersions;
import org.socialcare.warehouse.infra.ops.PipelineState;
import org.socialcare.warehouse.infra.spark.ConcurrentJobs;
import org.socialcare.warehouse.infra.spark.WorkTables;
import org.socialcare.warehouse.infra.sql.SqlFile;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

/**
 * Rebuilds the conversations of the keys that changed since the last run (SPEC 3), or whose status or
 * SLA outcome changes by time alone by this run's as-of time, in two steps: {@link #build} computes
 * the rebuilt slice (the SQL steps of sql/silver/, in the waves of {@link #WAVES}) and hands it over
 * as {@link SilverChanges}; {@link #write} applies it to silver.messages, silver.case_events and
 * silver.conversations, one MERGE each, once the quality gate has passed. The silver tables are read
 * as they were when the run started (their versions are pinned), so nothing computed before the writes
 * changes after them. The steps read more than once are kept as work tables (WorkTables);
 * {@link #release} deletes them and drops the views.
 */
public final class Sessionizer {
    private static final Logger LOG = LoggerFactory.getLogger(Sessionizer.class);
    public static final String AS_OF_STATE = "sessionize.as_of";

    /** One SQL step: the temp view it is registered as, and whether it is kept as a work table (read more than once). */
    private record Step(String view, boolean cached) {
        String file() {
            return "silver/" + view + ".sql";
        }
    }

    /**
     * The rebuild, in waves: a step reads the views of earlier waves and the plain (not kept) views of
     * its own wave, which are registered first; the kept steps of a wave are computed concurrently
     * (run.concurrent_writes).
     */
    private static final List<List<Step>> WAVES = List.of(
            List.of(new Step("scope_events", true), new Step("existing_messages", true),
                    new Step("existing_case_events", true), new Step("existing_conversations", true)),
            List.of(new Step("scope_conversation_bounds", true), new Step("scope_messages", true),
                    new Step("scope_case_events", true)),
            List.of(new Step("scope_sla_targets", false), new Step("scope_surveys", false),
                    new Step("scope_replies", true)),
            List.of(new Step("scope_conversations", true)),
            List.of(new Step("removed_conversations", true)));

    /** The silver tables this stage writes, read at the version the run found them in (view &lt;schema&gt;_&lt;table&gt;_snapshot). */
    private static final List<WarehouseTable> SILVER = List.of(WarehouseTable.SILVER_MESSAGES,
            WarehouseTable.SILVER_CASE_EVENTS, WarehouseTable.SILVER_CONVERSATIONS);

    private final SparkSession spark;
    private final AppConfig config;
    private final String warehouseRoot;
    private final WorkTables work;
    private final Map<String, Object> params = new HashMap<>();

    public Sessionizer(SparkSession spark, AppConfig config, String warehouseRoot, String runId) {
        this.spark = spark;
        this.config = config;
        this.warehouseRoot = warehouseRoot;
        this.work = new WorkTables(spark, config.run().workTables(), warehouseRoot, runId, "silver");
    }

    /**
     * Sessionizes for a run of the given dump date. The as-of time of statuses is the end of the
     * latest dump date processed so far: this run's, an earlier run's (re-running an older date does
     * not move it back), or a later dump's whose bronze rows this run takes in because a concurrent
     * run ingested them before this one rebuilt (so the result does not depend on which run rebuilds first).
     */
    public SilverChanges build(LocalDate dumpDate, PipelineState state) {
        for (WarehouseTable table : SILVER) {
            String location = table.location(warehouseRoot);
            snapshot(table, TableVersions.latest(spark, location));
        }
        Map<String, Long> versions = BronzeChanges.register(spark, state, warehouseRoot);
        BronzeChanges.views().forEach(v -> work.view(v, spark.table(v)));
        Instant asOf = asOf(dumpDate, state);
        // Bronze is read at the versions whose changes this run takes in, so that a concurrent ingest
        // committed meanwhile is left, whole, to the next run.
        for (WarehouseTable table : BronzeChanges.TABLES) {
            snapshot(table, versions.get(BronzeChanges.STATE_PREFIX + table.qualifiedName()));
        }

        Instant publishedAsOf = state.asOf(AS_OF_STATE).orElse(Instant.EPOCH);
        Dataset<Row> changedKeys = work.keep("changed_keys",
                SqlFile.load("silver/changed_keys.sql").query(spark, Map.of("as_of", asOf,
                        "published_as_of", publishedAsOf)));
        Row bounds = changedKeys.agg(min("changed_from"), count(lit(1))).first();
        if (bounds.isNullAt(0)) {
            LOG.info("silver: nothing changed since the last run, nothing pending by {}", asOf);
            return SilverChanges.none(versions, asOf, publishedAsOf);
        }
        int lookback = config.sessionize().lookbackDays();
        LocalDate lookupFrom = utcDate(bounds.getTimestamp(0).toInstant()).minusDays(lookback + 1L);
        Dataset<Row> scope = work.keep("session_scope", SqlFile.load("silver/session_scope.sql").query(spark,
                Map.of("scan_from", lookupFrom, "lookback_days", lookback, "reach_seconds", reachSeconds(config))));
        LocalDate scanFrom = utcDate(scope.agg(min("rebuild_from")).first().getTimestamp(0).toInstant());
        LOG.info("silver: {} keys changed, rebuilt from {} on", bounds.getLong(1), scanFrom);

        params.put("scan_from", scanFrom);
        params.put("reopen_window_seconds", Math.round(config.sessionize().reopenWindowHours() * 3600));
        params.put("survey_attach_seconds", Math.round(config.sessionize().surveyAttachDays() * 86400));
        params.put("handle_cap_seconds", Math.round(config.metrics().handleTimeCapMinutes() * 60));
        params.put("count_bots", config.metrics().countBotReplies());
        params.put("default_time_zone", config.reference().defaultTimeZone());
        params.put("status_as_of", asOf);
        params.put("default_hourly_cost", config.costModel().defaultHourlyCost());
        params.put("repeat_contact_seconds", Math.round(config.metrics().repeatContactDays() * 86400));
        Map<String, Dataset<Row>> steps = new HashMap<>();
        for (List<Step> wave : WAVES) {
            Map<String, Supplier<Dataset<Row>>> kept = new LinkedHashMap<>();
            for (Step step : wave) {
                if (step.cached()) {
                    kept.put(step.view(), () -> work.keep(step.view(), SqlFile.load(step.file()).queryWith(spark, params)));
                } else {
                    steps.put(step.view(), work.view(step.view(), SqlFile.load(step.file()).queryWith(spark, params)));
                }
            }
            steps.putAll(ConcurrentJobs.run(config.run().concurrentWrites(), kept));
        }
        Row p = SqlFile.load("silver/rebuild_profile.sql").query(spark).first();
        SilverChanges.Counts counts = new SilverChanges.Counts(
                p.getLong(0), p.getLong(1), p.getLong(2), p.getLong(3), p.getLong(4), p.getLong(5), p.getLong(6),
                p.getLong(7), p.getLong(8));
        List<LocalDate> dates = new ArrayList<>();
        for (Row r : SqlFile.load("silver/affected_dates.sql").query(spark).collectAsList()) {
            dates.add(((Date) r.get(0)).toLocalDate());
        }
        LOG.info("silver: {} messages in {} conversations rebuilt ({} conversations removed), {} report dates affected",
                counts.messagesRebuilt(), counts.conversationsRebuilt(), counts.conversationsRemoved(), dates.size());
        return new SilverChanges(versions, asOf, publishedAsOf, Optional.of(new SilverChanges.Rebuilt(scanFrom, dates, counts,
                steps.get("scope_conversations"), steps.get("scope_replies"), steps.get("removed_conversations"),
                steps.get("scope_messages"), steps.get("scope_case_events"))));
    }

    /**
     * How long after a conversation's last message or event a new record can still change it (join,
     * reopen or rate it, or make it a repeat contact): the longest of the inactivity timeouts, the
     * reopen window, the survey attach window and the repeat-contact window (session_scope.sql).
     */
    static long reachSeconds(AppConfig config) {
        double hours = Math.max(config.sessionize().reopenWindowHours(),
                24 * Math.max(config.sessionize().surveyAttachDays(), config.metrics().repeatContactDays()));
        for (double timeout : config.sessionize().inactivityTimeoutHours().values()) {
            hours = Math.max(hours, timeout);
        }
        return (long) Math.ceil(hours * 3600);
    }

    /** The later of the end of the dump date, the state's as-of and the end of the latest dump date among the changes. */
    private Instant asOf(LocalDate dumpDate, PipelineState state) {
        Row latest = SqlFile.load("silver/latest_dump_date.sql").query(spark).first();
        LocalDate latestDump = latest.isNullAt(0) || ((Date) latest.get(0)).toLocalDate().isBefore(dumpDate)
                ? dumpDate : ((Date) latest.get(0)).toLocalDate();
        Instant endOfDump = latestDump.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return state.asOf(AS_OF_STATE).filter(a -> a.isAfter(endOfDump)).orElse(endOfDump);
    }

    /**
     * Applies a build to silver.messages, silver.case_events and silver.conversations: one MERGE each,
     * of the rows that differ from the stored ones; the three tables are independent, so their MERGEs
     * run concurrently (run.concurrent_writes).
     */
    public Map<String, Long> write(SilverChanges changes) {
        if (changes.rebuilt().isEmpty()) {
            return new HashMap<>();
        }
        SilverChanges.Rebuilt rebuilt = changes.rebuilt().get();
        Map<String, LocalDate> from = Map.of("scan_from", rebuilt.scanFrom());
        Map<String, Supplier<Long>> merges = new LinkedHashMap<>();
        merges.put(WarehouseTable.SILVER_MESSAGES.qualifiedName(), () -> merge("message_changes",
                rebuilt.messages(), spark.table("existing_messages"), "silver/merge_messages.sql", from,
                "channel", "message_id"));
        merges.put(WarehouseTable.SILVER_CASE_EVENTS.qualifiedName(), () -> merge("case_event_changes",
                rebuilt.caseEvents(), spark.table("existing_case_events"), "silver/merge_case_events.sql", from,
                "channel", "event_id"));
        merges.put(WarehouseTable.SILVER_CONVERSATIONS.qualifiedName(), () -> merge("conversation_changes",
                rebuilt.conversations(), spark.table("existing_conversations"), "silver/merge_conversations.sql", from,
                "conversation_id"));
        return ConcurrentJobs.run(config.run().concurrentWrites(), merges);
    }

    /**
     * Registers the change set the MERGE file reads (view {@code view}: the rebuilt rows and the stored
     * rows of the rebuilt keys that no longer exist), then runs the MERGE; returns rows written. The
     * rebuilt rows are a kept step already, so only the deletions are kept here: the MERGE reads its
     * source twice, and both parts then read the same rows each time without the rebuilt rows being
     * copied once more (a 1M-message day's 841,955 messages).
     */
    private long merge(String view, Dataset<Row> rebuilt, Dataset<Row> stored, String mergeFile,
                       Map<String, LocalDate> from, String... key) {
        Dataset<Row> deletions = work.keep(view + "_deletions", ChangeSets.deletions(stored, rebuilt, key));
        work.view(view, ChangeSets.withDeletions(rebuilt, deletions));
        return DeltaWrites.merge(spark, SqlFile.load(mergeFile), from, config.run().writeAttempts()).written();
    }

    /** Drops the run's views and deletes its work tables. */
    public void release() {
        work.close();
        params.clear();
    }

    private void snapshot(WarehouseTable table, long version) {
        work.view(table.schema() + "_" + table.tableName() + "_snapshot",
                TableVersions.at(spark, table.location(warehouseRoot), version));
    }

    private static LocalDate utcDate(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
