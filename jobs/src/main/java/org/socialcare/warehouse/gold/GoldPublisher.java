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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Publishes the gold tables for what the sessionization rebuilt: MERGEs the rebuilt conversations'
 * facts and their waits for a reply, then rewrites exactly the affected report dates (months for the
 * cost per contact) of every other gold table, each from its own file in sql/gold/ (named after the
 * table; {@link GoldQueries} gives the rows). The daily aggregates read one shared intermediate
 * (daily_measures.sql) and the message-based tables another (messages_of_dates.sql); both are computed
 * once, as work tables. The backlog is
 * rewritten for the days the changed conversations span and the days since the last published run,
 * also when nothing was rebuilt. One commit per table.
 */
public final class GoldPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(GoldPublisher.class);

    private static final String FACT_CONVERSATION = WarehouseTable.GOLD_FACT_CONVERSATION.qualifiedName();
    private static final String FACT_REPLY = WarehouseTable.GOLD_FACT_REPLY.qualifiedName();

    private final SparkSession spark;
    private final AppConfig config;
    private final String warehouseRoot;
    private final String runId;
    private final GoldQueries queries;

    public GoldPublisher(SparkSession spark, AppConfig config, String warehouseRoot, String runId) {
        this.spark = spark;
        this.config = config;
        this.warehouseRoot = warehouseRoot;
        this.runId = runId;
        this.queries = new GoldQueries(spark, config, GoldSources.WAREHOUSE);
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
                work.view(GoldQueries.REBUILT_CONVERSATIONS, rebuilt.conversations());
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
                pieces.putAll(otherTablesOfDates(dates));
            }
            pieces.put(WarehouseTable.GOLD_BENCHMARKS.qualifiedName(), Piece.of(this::publishBenchmarks));
            Map<String, Long> written = new LinkedHashMap<>(ConcurrentJobs.runGraph(config.run().concurrentWrites(), pieces));
            // Work tables are not tables written.
            written.remove(GoldQueries.MESSAGES_OF_DATES);
            written.remove(GoldQueries.DAILY_MEASURES);
            if (!dates.isEmpty()) {
                LOG.info("gold: {} conversations merged, {} report dates rewritten ({} .. {})",
                        changes.rebuilt().get().counts().conversationsRebuilt(), dates.size(), dates.get(0),
                        dates.get(dates.size() - 1));
            }
            return written;
        }
    }

    /** Keeps a shared intermediate as a work table (no table written: 0 rows). */
    private static long keep(WorkTables work, String view, Dataset<Row> rows) {
        work.keep(view, rows);
        return 0L;
    }

    private long mergeFacts(WorkTables work, SilverChanges.Rebuilt rebuilt) {
        work.keep("gold_fact_changes", ChangeSets.of(queries.facts(),
                rebuilt.removedConversations().select("conversation_id", "report_date"), "conversation_id"));
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
        return replace(queries.backlog(dates, asOf), WarehouseTable.GOLD_AGG_BACKLOG_DAILY, "report_date", dates);
    }

    /** MERGEs the rebuilt conversations' waits; those of removed conversations, or no longer produced, are deleted. */
    private long mergeReplies(WorkTables work, SilverChanges.Rebuilt rebuilt) {
        Map<String, LocalDate> from = reportFrom(rebuilt);
        work.view(GoldQueries.REBUILT_REPLIES, rebuilt.replies());
        Dataset<Row> stored = SqlFile.load("gold/stored_replies.sql").query(spark, from);
        work.keep("gold_reply_changes", ChangeSets.of(queries.replies(), stored, "conversation_id", "reply_number"));
        return DeltaWrites.merge(spark, SqlFile.load("gold/merge_fact_reply.sql"), from,
                config.run().writeAttempts()).written();
    }

    /**
     * The daily aggregates of the affected dates, as pieces that wait for what they read: the messages
     * of the dates (a work table), the shared measures (a work table, from the merged facts and the
     * messages), then the three aggregates.
     */
    private Map<String, Piece<Long>> dailyAggregates(WorkTables work, List<LocalDate> dates) {
        Map<String, Piece<Long>> pieces = new LinkedHashMap<>();
        pieces.put(GoldQueries.MESSAGES_OF_DATES, Piece.of(
                () -> keep(work, GoldQueries.MESSAGES_OF_DATES, queries.messagesOfDates(dates))));
        pieces.put(GoldQueries.DAILY_MEASURES, Piece.after(List.of(FACT_REPLY, FACT_CONVERSATION, GoldQueries.MESSAGES_OF_DATES),
                () -> keep(work, GoldQueries.DAILY_MEASURES, queries.dailyMeasures(dates))));
        for (WarehouseTable table : GoldQueries.DAILY_AGGREGATES) {
            pieces.put(table.qualifiedName(), Piece.after(List.of(GoldQueries.DAILY_MEASURES),
                    () -> replace(queries.ofDates(table, dates), table, "report_date", dates)));
        }
        return pieces;
    }

    /**
     * The other rewrites of the affected dates, as pieces that wait for what they read: the months of
     * the cost per contact (from the merged facts); the topics (a date's topics also change the next
     * day's day-over-day columns) and the message-based tables (from the messages of the dates).
     */
    private Map<String, Piece<Long>> otherTablesOfDates(List<LocalDate> dates) {
        Map<String, Piece<Long>> pieces = new LinkedHashMap<>();
        pieces.put(WarehouseTable.GOLD_COST_PER_CONTACT_MONTHLY.qualifiedName(), Piece.after(List.of(FACT_CONVERSATION),
                () -> replace(queries.costPerContact(dates), WarehouseTable.GOLD_COST_PER_CONTACT_MONTHLY, "month",
                        new ArrayList<>(GoldQueries.months(dates)))));
        pieces.put(WarehouseTable.GOLD_TOP_TOPICS_DAILY.qualifiedName(), Piece.after(List.of(GoldQueries.MESSAGES_OF_DATES),
                () -> replace(queries.topTopics(dates), WarehouseTable.GOLD_TOP_TOPICS_DAILY, "report_date",
                        new ArrayList<>(GoldQueries.topicDates(dates)))));
        for (WarehouseTable table : GoldQueries.MESSAGE_TABLES) {
            pieces.put(table.qualifiedName(), Piece.after(List.of(GoldQueries.MESSAGES_OF_DATES),
                    () -> replace(queries.ofDates(table, dates), table, "report_date", dates)));
        }
        return pieces;
    }

    /** Replaces the rows of the given values of a partition column (report dates, months) of a table. */
    private long replace(Dataset<Row> rows, WarehouseTable table, String column, List<LocalDate> values) {
        return DeltaWrites.replace(rows, table.location(warehouseRoot), column,
                values.stream().map(Date::valueOf).toList(), config.run().writeAttempts());
    }

    /** Rewrites gold.benchmarks when the config's benchmarks differ from it (a few rows); returns rows written. */
    private long publishBenchmarks() {
        long differing = SqlFile.load("gold/benchmarks_changed.sql").query(spark).first().getLong(0);
        if (differing == 0) {
            return 0;
        }
        return DeltaWrites.overwrite(queries.benchmarks(), WarehouseTable.GOLD_BENCHMARKS.location(warehouseRoot),
                config.run().writeAttempts());
    }
}
