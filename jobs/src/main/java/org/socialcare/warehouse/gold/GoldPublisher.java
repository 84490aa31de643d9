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

    /** A gold table rewritten by report date from its sql/gold/&lt;table&gt;.sql. */
    private static final List<WarehouseTable> BY_REPORT_DATE = List.of(
            WarehouseTable.GOLD_AGG_CHANNEL_DAILY, WarehouseTable.GOLD_AGG_INDUSTRY_DAILY,
            WarehouseTable.GOLD_AGG_AGENT_DAILY, WarehouseTable.GOLD_AGG_HOURLY_VOLUME,
            WarehouseTable.GOLD_TOP_QUICK_REPLIES_DAILY);

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

    /** Returns the rows written per table. */
    public Map<String, Long> publish(SilverChanges changes) {
        try (WorkTables work = new WorkTables(spark, config.run().workTables(), warehouseRoot, runId, "gold")) {
            Map<String, Long> written = new LinkedHashMap<>();
            written.put(WarehouseTable.GOLD_BENCHMARKS.qualifiedName(), publishBenchmarks());
            TreeSet<LocalDate> backlogDates = daysSince(changes.publishedAsOf(), changes.asOf());
            if (changes.rebuilt().isEmpty()) {
                written.put(WarehouseTable.GOLD_AGG_BACKLOG_DAILY.qualifiedName(), rewriteBacklog(backlogDates, changes.asOf()));
                return written;
            }
            SilverChanges.Rebuilt rebuilt = changes.rebuilt().get();
            work.view("gold_rebuilt_conversations", rebuilt.conversations());
            work.view("gold_removed_conversations", rebuilt.removedConversations());
            // Read before the MERGE: the days the stored versions spanned change too.
            for (Row r : SqlFile.load("gold/backlog_dates.sql").query(spark, reportFrom(rebuilt)).collectAsList()) {
                backlogDates.add(((Date) r.get(0)).toLocalDate());
            }
            written.put(WarehouseTable.GOLD_FACT_CONVERSATION.qualifiedName(), mergeFacts(work, rebuilt));
            written.put(WarehouseTable.GOLD_FACT_REPLY.qualifiedName(), mergeReplies(work, rebuilt));
            List<LocalDate> dates = rebuilt.affectedDates();
            if (!dates.isEmpty()) {
                written.putAll(rewriteDates(work, dates));
                LOG.info("gold: {} conversations merged, {} report dates rewritten ({} .. {})",
                        rebuilt.counts().conversationsRebuilt(), dates.size(), dates.get(0), dates.get(dates.size() - 1));
            }
            written.put(WarehouseTable.GOLD_AGG_BACKLOG_DAILY.qualifiedName(), rewriteBacklog(backlogDates, changes.asOf()));
            return written;
        }
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

    private Map<String, Long> rewriteDates(WorkTables work, List<LocalDate> dates) {
        int attempts = config.run().writeAttempts();
        Map<String, Long> written = new LinkedHashMap<>();
        Map<String, Object> range = dateParams(dates);
        work.keep("gold_messages_of_dates", SqlFile.load("gold/messages_of_dates.sql").queryWith(spark, range));
        work.keep("gold_daily_measures", SqlFile.load("gold/daily_measures.sql").queryWith(spark, range));
        Map<String, Object> params = new HashMap<>(range);
        params.put("top_n", config.text().topN());
        for (WarehouseTable table : BY_REPORT_DATE) {
            Dataset<Row> rows = SqlFile.load("gold/" + table.tableName() + ".sql").queryWith(spark, params);
            written.put(table.qualifiedName(), DeltaWrites.replace(rows, table.location(warehouseRoot), "report_date",
                    sqlDateList(dates), attempts));
        }
        // A date's topics also change the next day's day-over-day columns.
        TreeSet<LocalDate> topicDates = new TreeSet<>(dates);
        dates.forEach(d -> topicDates.add(d.plusDays(1)));
        params.put("topic_dates", sqlDates(new ArrayList<>(topicDates)));
        written.put(WarehouseTable.GOLD_TOP_TOPICS_DAILY.qualifiedName(), DeltaWrites.replace(
                SqlFile.load("gold/top_topics_daily.sql").queryWith(spark, params),
                WarehouseTable.GOLD_TOP_TOPICS_DAILY.location(warehouseRoot), "report_date",
                sqlDateList(new ArrayList<>(topicDates)), attempts));
        TreeSet<LocalDate> months = new TreeSet<>();
        dates.forEach(d -> months.add(d.withDayOfMonth(1)));
        Map<String, Object> cost = new HashMap<>();
        cost.put("months", sqlDates(new ArrayList<>(months)));
        cost.put("month_from", months.first());
        cost.put("month_to", months.last());
        cost.put("utilization", config.costModel().utilization());
        cost.put("overhead_per_contact", config.costModel().overheadPerContact());
        cost.put("currency", config.costModel().currency());
        written.put(WarehouseTable.GOLD_COST_PER_CONTACT_MONTHLY.qualifiedName(), DeltaWrites.replace(
                SqlFile.load("gold/cost_per_contact_monthly.sql").query(spark, cost),
                WarehouseTable.GOLD_COST_PER_CONTACT_MONTHLY.location(warehouseRoot), "month",
                sqlDateList(new ArrayList<>(months)), attempts));
        return written;
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
