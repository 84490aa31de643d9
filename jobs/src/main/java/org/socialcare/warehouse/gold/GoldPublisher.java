package org.socialcare.warehouse.gold;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.infra.catalog.WarehouseTable;
import org.socialcare.warehouse.infra.delta.ChangeSets;
import org.socialcare.warehouse.infra.delta.DeltaWrites;
import org.socialcare.warehouse.infra.spark.ConcurrentJobs;
import org.socialcare.warehouse.infra.spark.ConcurrentJobs.Piece;
import org.socialcare.warehouse.infra.spark.WorkTables;
import org.socialcare.warehouse.infra.sql.SqlFile;
import org.socialcare.warehouse.silver.SilverChanges;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Publishes the gold tables for what the sessionization rebuilt: MERGEs the rebuilt conversations'
 * facts and their waits for a reply, then rewrites exactly the affected report dates (months for the
 * cost per contact) of every other gold table, each from its own file in sql/gold/ (named after the
 * table). The daily aggregates read one shared intermediate (daily_measures.sql) and the message-based
 * tables another (messages_of_dates.sql); both are computed once, as work tables. The backlog is
 * rewritten for the days the changed conversations span and the days since the last published run,
 * also when nothing was rebuilt. One commit per table.
 */
public final class GoldPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(GoldPublisher.class);

    /** The work tables of the shared intermediates (sql/gold/messages_of_dates.sql, daily_measures.sql). */
    private static final String MESSAGES_OF_DATES = "gold_messages_of_dates";
    private static final String DAILY_MEASURES = "gold_daily_measures";
    private static final String FACT_CONVERSATION = WarehouseTable.GOLD_FACT_CONVERSATION.qualifiedName();
    private static final String FACT_REPLY = WarehouseTable.GOLD_FACT_REPLY.qualifiedName();

    /** Gold tables rewritten by report date from their sql/gold/&lt;table&gt;.sql, by the intermediate they read. */
    private static final List<WarehouseTable> FROM_DAILY_MEASURES = List.of(
            WarehouseTable.GOLD_AGG_CHANNEL_DAILY, WarehouseTable.GOLD_AGG_INDUSTRY_DAILY,
            WarehouseTable.GOLD_AGG_AGENT_DAILY);
    private static final List<WarehouseTable> FROM_MESSAGES_OF_DATES = List.of(
            WarehouseTable.GOLD_AGG_HOURLY_VOLUME, WarehouseTable.GOLD_TOP_QUICK_REPLIES_DAILY);

    private final SparkSession spark;
    private final AppConfig config;
    private final String warehouseRoot;
    private final String runId;

    public GoldPublisher(SparkSession spark, AppConfig config, String warehouseRoot, String runId) {
        this.spark = spark;
        this.config = config;
        this.warehouseRoot = warehouseRoot;
        this.runId = runId;
    }

    /**
     * Returns the rows written per table. The writes run concurrently (run.concurrent_writes), each as
     * soon as what it reads is written, the longest first when threads are short: the facts and the
     * messages of the affected dates; the daily aggregates' shared measures and from them the three daily
     * aggregates; the backlog; the other tables of the affected dates; the benchmarks.
     */
    public Map<String, Long> publish(SilverChanges changes) {
        try (WorkTables work = new WorkTables(spark, config.run().workTables(), warehouseRoot, runId, "gold")) {
            TreeSet<LocalDate> backlogDates = daysSince(changes.publishedAsOf(), changes.asOf());
            Map<String, Piece<Long>> pieces = new LinkedHashMap<>();
            List<String> facts = List.of();
            List<LocalDate> dates = changes.rebuilt().map(SilverChanges.Rebuilt::affectedDates).orElse(List.of());
            if (changes.rebuilt().isPresent()) {
                SilverChanges.Rebuilt rebuilt = changes.rebuilt().get();
                work.view("gold_rebuilt_conversations", rebuilt.conversations());
                work.view("gold_removed_conversations", rebuilt.removedConversations());
                // Read before the MERGE: the days the stored versions spanned change too.
                for (Row r : SqlFile.load("gold/backlog_dates.sql").query(spark, reportFrom(rebuilt)).collectAsList()) {
                    backlogDates.add(((Date) r.get(0)).toLocalDate());
                }
                facts = List.of(FACT_REPLY, FACT_CONVERSATION);
                pieces.put(FACT_REPLY, Piece.of(() -> mergeReplies(work, rebuilt)));
                pieces.put(FACT_CONVERSATION, Piece.of(() -> mergeFacts(work, rebuilt)));
                if (!dates.isEmpty()) {
                    pieces.putAll(dailyAggregates(work, dates));
                }
            }
            pieces.put(WarehouseTable.GOLD_AGG_BACKLOG_DAILY.qualifiedName(),
                    Piece.after(facts, () -> rewriteBacklog(backlogDates, changes.asOf())));
            if (!dates.isEmpty()) {
                pieces.putAll(otherTablesOfDates(work, dates));
            }
            pieces.put(WarehouseTable.GOLD_BENCHMARKS.qualifiedName(), Piece.of(this::publishBenchmarks));
            Map<String, Long> written = new LinkedHashMap<>(ConcurrentJobs.runGraph(config.run().concurrentWrites(), pieces));
            // Work tables are not tables written.
            written.remove(MESSAGES_OF_DATES);
            written.remove(DAILY_MEASURES);
            if (!dates.isEmpty()) {
                LOG.info("gold: {} conversations merged, {} report dates rewritten ({} .. {})",
                        changes.rebuilt().get().counts().conversationsRebuilt(), dates.size(), dates.get(0),
                        dates.get(dates.size() - 1));
            }
            return written;
        }
    }

    /** Keeps a shared intermediate as a work table (no table written: 0 rows). */
    private long keep(WorkTables work, String view, String file, Map<String, Object> params) {
        work.keep(view, SqlFile.load(file).queryWith(spark, params));
        return 0L;
    }

    private long mergeFacts(WorkTables work, SilverChanges.Rebuilt rebuilt) {
        Dataset<Row> facts = SqlFile.load("gold/fact_conversation.sql").query(spark);
        work.keep("gold_fact_changes", ChangeSets.of(facts, rebuilt.removedConversations().select("conversation_id", "report_date"),
                "conversation_id"));
        return DeltaWrites.merge(spark, SqlFile.load("gold/merge_fact.sql"),
                reportFrom(rebuilt), config.run().writeAttempts()).written();
    }

    /** Every stored gold row of a rebuilt or removed conversation has report_date >= this (a local date is within a day of the UTC date). */
    private static Map<String, LocalDate> reportFrom(SilverChanges.Rebuilt rebuilt) {
        return Map.of("report_from", rebuilt.scanFrom().minusDays(1));
    }

    /**
     * The days from the day before the last published as-of time to this run's (UTC dates; each brand's
     * days are within a day of them): open conversations reach them without changing. Only this
     * run's last days when none has published (the rebuild then covers everything).
     */
    private static TreeSet<LocalDate> daysSince(Instant publishedAsOf, Instant asOf) {
        LocalDate to = asOf.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate from = (publishedAsOf.equals(Instant.EPOCH) ? asOf : publishedAsOf).atZone(ZoneOffset.UTC)
                .toLocalDate().minusDays(1);
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** Rewrites gold.agg_backlog_daily for the given days (those over by the as-of time get rows). */
    private long rewriteBacklog(TreeSet<LocalDate> days, Instant asOf) {
        List<LocalDate> dates = new ArrayList<>(days);
        Map<String, Object> params = dateParams(dates);
        params.put("as_of", asOf);
        params.put("default_time_zone", config.reference().defaultTimeZone());
        params.put("lookback_days", config.sessionize().lookbackDays());
        return DeltaWrites.replace(SqlFile.load("gold/agg_backlog_daily.sql").query(spark, params),
                WarehouseTable.GOLD_AGG_BACKLOG_DAILY.location(warehouseRoot), "report_date", sqlDateList(dates),
                config.run().writeAttempts());
    }

    /** MERGEs the rebuilt conversations' waits; those of removed conversations, or no longer produced, are deleted. */
    private long mergeReplies(WorkTables work, SilverChanges.Rebuilt rebuilt) {
        Map<String, LocalDate> from = reportFrom(rebuilt);
        work.view("gold_rebuilt_replies", rebuilt.replies());
        Dataset<Row> replies = SqlFile.load("gold/fact_reply.sql").query(spark);
        Dataset<Row> stored = SqlFile.load("gold/stored_replies.sql").query(spark, from);
        work.keep("gold_reply_changes", ChangeSets.of(replies, stored, "conversation_id", "reply_number"));
        return DeltaWrites.merge(spark, SqlFile.load("gold/merge_fact_reply.sql"), from,
                config.run().writeAttempts()).written();
    }

    /**
     * The daily aggregates of the affected dates, as pieces that wait for what they read: the messages
     * of the dates (a work table), the shared measures (a work table, from the merged facts and the
     * messages), then the three aggregates.
     */
    private Map<String, Piece<Long>> dailyAggregates(WorkTables work, List<LocalDate> dates) {
        Map<String, Object> range = dateParams(dates);
        Map<String, Piece<Long>> pieces = new LinkedHashMap<>();
        pieces.put(MESSAGES_OF_DATES, Piece.of(() -> keep(work, MESSAGES_OF_DATES, "gold/messages_of_dates.sql", range)));
        pieces.put(DAILY_MEASURES, Piece.after(List.of(FACT_REPLY, FACT_CONVERSATION, MESSAGES_OF_DATES),
                () -> keep(work, DAILY_MEASURES, "gold/daily_measures.sql", range)));
        for (WarehouseTable table : FROM_DAILY_MEASURES) {
            pieces.put(table.qualifiedName(), Piece.after(List.of(DAILY_MEASURES), () -> rewrite(table, range, dates)));
        }
        return pieces;
    }

    /**
     * The other rewrites of the affected dates, as pieces that wait for what they read: the months of
     * the cost per contact (from the merged facts); the topics (a date's topics also change the next
     * day's day-over-day columns) and the message-based tables (from the messages of the dates).
     */
    private Map<String, Piece<Long>> otherTablesOfDates(WorkTables work, List<LocalDate> dates) {
        int attempts = config.run().writeAttempts();
        Map<String, Object> params = dateParams(dates);
        params.put("top_n", config.text().topN());
        Map<String, Piece<Long>> pieces = new LinkedHashMap<>();
        TreeSet<LocalDate> months = new TreeSet<>();
        dates.forEach(d -> months.add(d.withDayOfMonth(1)));
        Map<String, Object> cost = new HashMap<>();
        cost.put("months", sqlDates(new ArrayList<>(months)));
        cost.put("month_from", months.first());
        cost.put("month_to", months.last());
        cost.put("utilization", config.costModel().utilization());
        cost.put("overhead_per_contact", config.costModel().overheadPerContact());
        cost.put("currency", config.costModel().currency());
        pieces.put(WarehouseTable.GOLD_COST_PER_CONTACT_MONTHLY.qualifiedName(), Piece.after(List.of(FACT_CONVERSATION),
                () -> DeltaWrites.replace(SqlFile.load("gold/cost_per_contact_monthly.sql").query(spark, cost),
                        WarehouseTable.GOLD_COST_PER_CONTACT_MONTHLY.location(warehouseRoot), "month",
                        sqlDateList(new ArrayList<>(months)), attempts)));
        TreeSet<LocalDate> topicDates = new TreeSet<>(dates);
        dates.forEach(d -> topicDates.add(d.plusDays(1)));
        Map<String, Object> topics = new HashMap<>(params);
        topics.put("topic_dates", sqlDates(new ArrayList<>(topicDates)));
        pieces.put(WarehouseTable.GOLD_TOP_TOPICS_DAILY.qualifiedName(), Piece.after(List.of(MESSAGES_OF_DATES),
                () -> DeltaWrites.replace(SqlFile.load("gold/top_topics_daily.sql").queryWith(spark, topics),
                        WarehouseTable.GOLD_TOP_TOPICS_DAILY.location(warehouseRoot), "report_date",
                        sqlDateList(new ArrayList<>(topicDates)), attempts)));
        for (WarehouseTable table : FROM_MESSAGES_OF_DATES) {
            pieces.put(table.qualifiedName(), Piece.after(List.of(MESSAGES_OF_DATES), () -> rewrite(table, params, dates)));
        }
        return pieces;
    }

    /** Rewrites the dates of a table from its sql/gold/&lt;table&gt;.sql. */
    private long rewrite(WarehouseTable table, Map<String, Object> params, List<LocalDate> dates) {
        Dataset<Row> rows = SqlFile.load("gold/" + table.tableName() + ".sql").queryWith(spark, params);
        return DeltaWrites.replace(rows, table.location(warehouseRoot), "report_date", sqlDateList(dates),
                config.run().writeAttempts());
    }

    /** Rewrites gold.benchmarks when the config's benchmarks differ from it (a few rows); returns rows written. */
    private long publishBenchmarks() {
        long differing = SqlFile.load("gold/benchmarks_changed.sql").query(spark).first().getLong(0);
        if (differing == 0) {
            return 0;
        }
        return DeltaWrites.overwrite(SqlFile.load("gold/benchmarks.sql").query(spark),
                WarehouseTable.GOLD_BENCHMARKS.location(warehouseRoot), config.run().writeAttempts());
    }

    /** Sorted dates as the parameters dates (an array), date_from and date_to (its bounds, for partition pruning). */
    private static Map<String, Object> dateParams(List<LocalDate> dates) {
        Map<String, Object> params = new HashMap<>();
        params.put("dates", sqlDates(dates));
        params.put("date_from", dates.get(0));
        params.put("date_to", dates.get(dates.size() - 1));
        return params;
    }

    /** Dates as a SQL parameter (an array literal). */
    private static Date[] sqlDates(List<LocalDate> dates) {
        return dates.stream().map(Date::valueOf).toArray(Date[]::new);
    }

    private static List<Date> sqlDateList(List<LocalDate> dates) {
        return dates.stream().map(Date::valueOf).toList();
    }
}
