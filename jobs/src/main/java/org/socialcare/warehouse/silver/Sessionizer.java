package org.socialcare.warehouse.silver;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.warehouse.ChangeSets;
import org.socialcare.warehouse.warehouse.DeltaWrites;
import org.socialcare.warehouse.warehouse.PipelineState;
import org.socialcare.warehouse.warehouse.SqlFile;
import org.socialcare.warehouse.warehouse.WarehouseTable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apache.spark.sql.functions.col;

/**
 * Rebuilds the conversations of the keys touched since the last run (SPEC 3) and MERGEs them into
 * silver.messages and silver.conversations. The SQL steps live in sql/silver/, in the order run here.
 * Leaves temp views for the gold step: session_scope, rebuilt_conversations, affected_dates.
 */
public final class Sessionizer {
    private static final Logger LOG = LoggerFactory.getLogger(Sessionizer.class);
    public static final String AS_OF_STATE = "sessionize.as_of";

    private final SparkSession spark;
    private final AppConfig config;
    private final List<String> views = new ArrayList<>();
    private Map<String, String> mergeParams = Map.of();

    public Sessionizer(SparkSession spark, AppConfig config) {
        this.spark = spark;
        this.config = config;
    }

    /**
     * Sessionizes for a run of the given dump date. The as-of time of statuses is the end of the
     * latest dump date processed so far, so re-running an older date does not move it back.
     */
    public SilverChanges prepare(LocalDate dumpDate) {
        PipelineState state = new PipelineState(spark);
        Instant endOfDump = dumpDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant asOf = state.asOf(AS_OF_STATE).filter(a -> a.isAfter(endOfDump)).orElse(endOfDump);
        Map<String, Long> versions = BronzeChanges.register(spark, state);

        Dataset<Row> changedKeys = materialize("changed_keys", "silver/changed_keys.sql", Map.of());
        Row bounds = changedKeys.selectExpr("min(changed_from)", "count(*)").first();
        if (bounds.isNullAt(0)) {
            LOG.info("sessionize: nothing changed since the last run");
            return SilverChanges.none(versions, asOf);
        }
        LocalDate lookupFrom = utcDate(bounds.getTimestamp(0).toInstant()).minusDays(config.sessionize().lookbackDays() + 1L);
        Dataset<Row> scope = materialize("session_scope", "silver/session_scope.sql", Map.of(
                "scan_from", lookupFrom.toString(),
                "lookback_days", String.valueOf(config.sessionize().lookbackDays())));
        LocalDate scanFrom = utcDate(scope.selectExpr("min(rebuild_from)").first().getTimestamp(0).toInstant());
        LOG.info("sessionize: {} keys changed, rebuilt from {} on", bounds.getLong(1), scanFrom);

        Map<String, String> params = new HashMap<>();
        params.put("scan_from", scanFrom.toString());
        params.put("reopen_window_seconds", String.valueOf(Math.round(config.sessionize().reopenWindowHours() * 3600)));
        params.put("survey_attach_seconds", String.valueOf(Math.round(config.sessionize().surveyAttachDays() * 86400)));
        params.put("handle_cap_seconds", String.valueOf(Math.round(config.metrics().handleTimeCapMinutes() * 60)));
        params.put("count_bots", String.valueOf(config.metrics().countBotReplies()));
        params.put("default_time_zone", config.reference().defaultTimeZone());
        params.put("status_as_of", asOf.toString());
        params.put("default_hourly_cost", String.valueOf(config.costModel().defaultHourlyCost()));

        materialize("scope_events", "silver/scope_events.sql", params);
        materialize("scope_conversation_starts", "silver/scope_conversation_starts.sql", params);
        materialize("scope_messages", "silver/scope_messages.sql", params);
        materialize("scope_conversation_bounds", "silver/scope_conversation_bounds.sql", params);
        materialize("scope_surveys", "silver/scope_surveys.sql", params);
        materialize("scope_conversations", "silver/scope_conversations.sql", params);

        // What the tables hold for the rebuilt keys before the MERGE: rows not rebuilt are deleted,
        // and the dates they counted on are re-aggregated. Materialised now, as the MERGE changes them.
        Dataset<Row> oldMessages = materialize("existing_messages", "silver/existing_messages.sql", params);
        Dataset<Row> oldConversations = materialize("existing_conversations", "silver/existing_conversations.sql", params);
        Dataset<Row> messageChanges = keep("message_changes",
                ChangeSets.of(spark.table("scope_messages"), oldMessages, "channel", "message_id"));
        Dataset<Row> conversationChanges = keep("conversation_changes",
                ChangeSets.of(spark.table("scope_conversations"), oldConversations, "conversation_id"));
        spark.table("scope_conversations").createOrReplaceTempView("rebuilt_conversations");
        List<LocalDate> dates = affectedDates();

        long messages = spark.table("scope_messages").count();
        long conversations = spark.table("scope_conversations").count();
        long deletedMessages = messageChanges.where(col("is_deleted")).count();
        long deletedConversations = conversationChanges.where(col("is_deleted")).count();
        long inScope = spark.sql(SqlFile.load("silver/scope_bronze_message_count.sql").renderFrom(params)).first().getLong(0);

        long distinctConversations = spark.table("scope_conversations").select("conversation_id").distinct().count();
        Row unknown = spark.sql(SqlFile.load("silver/unknown_references.sql").render()).first();
        LOG.info("sessionize: {} messages in {} conversations rebuilt ({} / {} removed), {} report dates affected",
                messages, conversations, deletedMessages, deletedConversations, dates.size());
        this.mergeParams = params;
        return new SilverChanges(versions, asOf, Optional.of(scanFrom), dates, inScope, messages, conversations,
                distinctConversations, deletedConversations, unknown.getLong(0), unknown.getLong(1), unknown.getLong(2), unknown.getLong(3));
    }

    /** Applies what {@link #prepare} computed to silver.messages and silver.conversations (one MERGE each). */
    public void apply(SilverChanges changes) {
        if (!changes.changed()) {
            return;
        }
        merge("silver/merge_messages.sql", WarehouseTable.SILVER_MESSAGES, mergeParams);
        merge("silver/merge_conversations.sql", WarehouseTable.SILVER_CONVERSATIONS, mergeParams);
    }

    /** Drops the run's intermediate views; Spark's cleaner then frees their blocks. */
    public void release() {
        for (String view : views) {
            spark.catalog().dropTempView(view);
        }
        views.clear();
    }

    /** Runs a SQL step and keeps its result as a temp view (see {@link #keep}). */
    private Dataset<Row> materialize(String view, String sqlFile, Map<String, String> params) {
        return keep(view, spark.sql(SqlFile.load(sqlFile).renderFrom(params)));
    }

    /**
     * Computes a step's result once and registers it under a view name. The result is checkpointed
     * (memory and local disk), which also cuts its query plan: later steps that use several views
     * several times stay small to analyse, and the MERGEs that change the tables these were read
     * from do not change them.
     */
    private Dataset<Row> keep(String view, Dataset<Row> result) {
        Dataset<Row> kept = result.localCheckpoint(true);
        kept.createOrReplaceTempView(view);
        views.add(view);
        return kept;
    }

    private List<LocalDate> affectedDates() {
        Dataset<Row> dates = materialize("affected_dates", "silver/affected_dates.sql", Map.of());
        List<LocalDate> out = new ArrayList<>();
        for (Row r : dates.orderBy("report_date").collectAsList()) {
            out.add(r.getDate(0).toLocalDate());
        }
        return out;
    }

    private void merge(String sqlFile, WarehouseTable table, Map<String, String> params) {
        String merge = SqlFile.load(sqlFile).renderFrom(params);
        DeltaWrites.merge(spark, table.qualifiedName(), merge, config.run().writeAttempts());
    }

    private static LocalDate utcDate(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
