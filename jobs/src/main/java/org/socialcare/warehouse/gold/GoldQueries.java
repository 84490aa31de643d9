package org.socialcare.warehouse.gold;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.infra.catalog.WarehouseTable;
import org.socialcare.warehouse.infra.sql.SqlFile;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The rows of each gold table, from its own file in sql/gold/ with its parameters (from config and
 * the dates being rewritten), reading the facts and messages from {@link GoldSources}. Nothing here
 * writes: {@link GoldPublisher} writes these rows into the warehouse; a test can keep them as views.
 * The files also read the temp views named by the constants below, which the caller registers.
 */
public final class GoldQueries {
    /** silver.conversations rows of the rebuilt conversations, read by fact_conversation.sql. */
    public static final String REBUILT_CONVERSATIONS = "gold_rebuilt_conversations";
    /** Their waits for a reply, read by fact_reply.sql. */
    public static final String REBUILT_REPLIES = "gold_rebuilt_replies";
    /** The rows of {@link #messagesOfDates}, read by the daily measures and the message-based tables. */
    public static final String MESSAGES_OF_DATES = "gold_messages_of_dates";
    /** The rows of {@link #dailyMeasures}, read by the three daily aggregates. */
    public static final String DAILY_MEASURES = "gold_daily_measures";

    /** The daily aggregates, from {@link #DAILY_MEASURES}. */
    public static final List<WarehouseTable> DAILY_AGGREGATES = List.of(WarehouseTable.GOLD_AGG_CHANNEL_DAILY,
            WarehouseTable.GOLD_AGG_INDUSTRY_DAILY, WarehouseTable.GOLD_AGG_AGENT_DAILY);
    /** The tables of the dates' messages, from {@link #MESSAGES_OF_DATES}. */
    public static final List<WarehouseTable> MESSAGE_TABLES = List.of(WarehouseTable.GOLD_AGG_HOURLY_VOLUME,
            WarehouseTable.GOLD_TOP_QUICK_REPLIES_DAILY);
    /** Tables rewritten by report date from sql/gold/&lt;table&gt;.sql with the dates' parameters alone. */
    public static final List<WarehouseTable> OF_DATES = Stream.concat(DAILY_AGGREGATES.stream(),
            MESSAGE_TABLES.stream()).toList();

    private final SparkSession spark;
    private final AppConfig config;
    private final GoldSources sources;

    public GoldQueries(SparkSession spark, AppConfig config, GoldSources sources) {
        this.spark = spark;
        this.config = config;
        this.sources = sources;
    }

    /** gold.fact_conversation rows of the rebuilt conversations. */
    public Dataset<Row> facts() {
        return SqlFile.load("gold/fact_conversation.sql").query(spark);
    }

    /** gold.fact_reply rows of the rebuilt conversations' waits. */
    public Dataset<Row> replies() {
        return SqlFile.load("gold/fact_reply.sql").query(spark);
    }

    /** The messages counted on the dates (with the day before and after), shared by several tables. */
    public Dataset<Row> messagesOfDates(List<LocalDate> dates) {
        return SqlFile.load("gold/messages_of_dates.sql").queryWith(spark, params(dates));
    }

    /** The measures shared by the three daily aggregates (needs {@link #MESSAGES_OF_DATES}). */
    public Dataset<Row> dailyMeasures(List<LocalDate> dates) {
        return SqlFile.load("gold/daily_measures.sql").queryWith(spark, params(dates));
    }

    /** The rows of the dates of one of {@link #OF_DATES}. */
    public Dataset<Row> ofDates(WarehouseTable table, List<LocalDate> dates) {
        if (!OF_DATES.contains(table)) {
            throw new IllegalArgumentException(table.qualifiedName() + " is not rewritten by report date alone");
        }
        return SqlFile.load("gold/" + table.tableName() + ".sql").queryWith(spark, params(dates));
    }

    /** gold.top_topics_daily rows of {@link #topicDates} (needs {@link #MESSAGES_OF_DATES}). */
    public Dataset<Row> topTopics(List<LocalDate> dates) {
        Map<String, Object> params = params(dates);
        params.put("topic_dates", sqlDates(new ArrayList<>(topicDates(dates))));
        return SqlFile.load("gold/top_topics_daily.sql").queryWith(spark, params);
    }

    /** gold.cost_per_contact_monthly rows of the {@link #months} of the dates. */
    public Dataset<Row> costPerContact(List<LocalDate> dates) {
        TreeSet<LocalDate> months = months(dates);
        Map<String, Object> params = params(dates);
        params.put("months", sqlDates(new ArrayList<>(months)));
        params.put("month_from", months.first());
        params.put("month_to", months.last());
        params.put("utilization", config.costModel().utilization());
        params.put("overhead_per_contact", config.costModel().overheadPerContact());
        params.put("currency", config.costModel().currency());
        return SqlFile.load("gold/cost_per_contact_monthly.sql").queryWith(spark, params);
    }

    /** gold.agg_backlog_daily rows of the given days (those over by the as-of time). */
    public Dataset<Row> backlog(List<LocalDate> days, Instant asOf) {
        Map<String, Object> params = params(days);
        params.put("as_of", asOf);
        params.put("default_time_zone", config.reference().defaultTimeZone());
        params.put("lookback_days", config.sessionize().lookbackDays());
        return SqlFile.load("gold/agg_backlog_daily.sql").queryWith(spark, params);
    }

    /** gold.benchmarks as the config gives them. */
    public Dataset<Row> benchmarks() {
        return SqlFile.load("gold/benchmarks.sql").query(spark);
    }

    /** The first days of the months of the dates: cost per contact is monthly. */
    public static TreeSet<LocalDate> months(List<LocalDate> dates) {
        TreeSet<LocalDate> months = new TreeSet<>();
        dates.forEach(d -> months.add(d.withDayOfMonth(1)));
        return months;
    }

    /** The dates and the day after each: a date's topics are the next day's previous-day counts. */
    public static TreeSet<LocalDate> topicDates(List<LocalDate> dates) {
        TreeSet<LocalDate> topicDates = new TreeSet<>(dates);
        dates.forEach(d -> topicDates.add(d.plusDays(1)));
        return topicDates;
    }

    /**
     * The sources, the sorted dates as dates (an array), date_from and date_to (its bounds, for partition
     * pruning) and top_n; each file takes those it names.
     */
    private Map<String, Object> params(List<LocalDate> dates) {
        Map<String, Object> params = new HashMap<>(sources.parameters());
        params.put("dates", sqlDates(dates));
        params.put("date_from", dates.get(0));
        params.put("date_to", dates.get(dates.size() - 1));
        params.put("top_n", config.text().topN());
        return params;
    }

    /** Dates as a SQL parameter (an array literal). */
    private static Date[] sqlDates(List<LocalDate> dates) {
        return dates.stream().map(Date::valueOf).toArray(Date[]::new);
    }
}
