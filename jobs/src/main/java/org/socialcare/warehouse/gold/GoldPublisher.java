package org.socialcare.warehouse.gold;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.config.AppConfig;
import org.socialcare.warehouse.silver.SilverChanges;
import org.socialcare.warehouse.warehouse.ChangeSets;
import org.socialcare.warehouse.warehouse.DeltaWrites;
import org.socialcare.warehouse.warehouse.SqlFile;
import org.socialcare.warehouse.warehouse.TableCatalog;
import org.socialcare.warehouse.warehouse.WarehouseTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;

/**
 * Publishes the gold tables for what the sessionization changed: MERGEs the rebuilt conversations'
 * facts, then rewrites the daily aggregates and the hourly volume of exactly the affected report dates.
 * Uses the temp views the {@link org.socialcare.warehouse.silver.Sessionizer} left.
 */
public final class GoldPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(GoldPublisher.class);

    /** Grain columns of each daily aggregate and how to derive them (see sql/gold/daily_aggregate.sql). */
    private record Grain(WarehouseTable table, String grain, String conversationGrain, String messageGrain,
                         String messageJoins, String extraSelect, String extraJoins) {
    }

    private static final List<Grain> GRAINS = List.of(
            new Grain(WarehouseTable.GOLD_AGG_CHANNEL_DAILY, "brand_id, industry", "f.brand_id, f.industry",
                    "m.brand_id, coalesce(b.industry, 'unknown') AS industry",
                    "LEFT JOIN ref_brands AS b ON b.brand_id = m.brand_id", "", ""),
            new Grain(WarehouseTable.GOLD_AGG_INDUSTRY_DAILY, "industry", "f.industry",
                    "coalesce(b.industry, 'unknown') AS industry",
                    "LEFT JOIN ref_brands AS b ON b.brand_id = m.brand_id", "", ""),
            new Grain(WarehouseTable.GOLD_AGG_AGENT_DAILY, "agent_id", "coalesce(f.agent_id, 'unassigned') AS agent_id",
                    "coalesce(CASE WHEN m.direction = 'out' THEN m.agent_id END, c.agent_id, 'unassigned') AS agent_id",
                    "LEFT JOIN silver.conversations AS c ON c.conversation_id = m.conversation_id"
                            + " AND c.started_date >= DATE'${date_from}' - INTERVAL 400 DAYS",
                    ", coalesce(t.transfers_in, 0) AS transfers_in, coalesce(t.transfers_out, 0) AS transfers_out",
                    "FULL OUTER JOIN agent_transfers AS t USING (report_date, agent_id, channel)"));

    private final SparkSession spark;
    private final AppConfig config;

    public GoldPublisher(SparkSession spark, AppConfig config) {
        this.spark = spark;
        this.config = config;
    }

    /** Returns rows written per table. */
    public Map<String, Long> publish(SilverChanges changes) {
        Map<String, Long> written = new LinkedHashMap<>();
        written.put(WarehouseTable.GOLD_BENCHMARKS.qualifiedName(), publishBenchmarks());
        if (!changes.changed()) {
            return written;
        }
        String scanFrom = changes.scanFrom().orElseThrow().toString();
        Dataset<Row> rebuilt = spark.sql(SqlFile.load("gold/fact_conversation.sql").render());
        Dataset<Row> existing = spark.sql(SqlFile.load("gold/existing_facts.sql").render(Map.of("scan_from", scanFrom)))
                .persist();
        existing.count();
        ChangeSets.of(rebuilt, existing, "conversation_id").createOrReplaceTempView("fact_changes");
        String merge = SqlFile.load("gold/merge_fact.sql").render(Map.of("scan_from", scanFrom));
        DeltaWrites.merge(spark, WarehouseTable.GOLD_FACT_CONVERSATION.qualifiedName(), merge, config.run().writeAttempts());
        written.put(WarehouseTable.GOLD_FACT_CONVERSATION.qualifiedName(), changes.conversationsRebuilt());

        TreeSet<LocalDate> dates = new TreeSet<>(changes.affectedDates());
        for (Row r : existing.select("report_date").distinct().collectAsList()) {
            dates.add(r.getDate(0).toLocalDate());
        }
        existing.unpersist();
        if (dates.isEmpty()) {
            return written;
        }
        registerDates(dates);
        Map<String, String> range = Map.of("date_from", dates.first().toString(), "date_to", dates.last().toString());
        Map<String, String> transferParams = new LinkedHashMap<>(range);
        transferParams.put("default_time_zone", config.reference().defaultTimeZone());
        spark.sql(SqlFile.load("gold/agent_transfers.sql").render(transferParams)).createOrReplaceTempView("agent_transfers");
        for (Grain g : GRAINS) {
            Map<String, String> params = new LinkedHashMap<>(range);
            params.put("grain", g.grain());
            params.put("conversation_grain", g.conversationGrain());
            params.put("message_grain", g.messageGrain());
            params.put("message_joins", g.messageJoins().replace("${date_from}", dates.first().toString()));
            params.put("extra_select", g.extraSelect());
            params.put("extra_joins", g.extraJoins());
            written.put(g.table().qualifiedName(),
                    replaceDates(g.table(), spark.sql(SqlFile.load("gold/daily_aggregate.sql").render(params)), dates));
        }
        written.put(WarehouseTable.GOLD_AGG_HOURLY_VOLUME.qualifiedName(), replaceDates(WarehouseTable.GOLD_AGG_HOURLY_VOLUME,
                spark.sql(SqlFile.load("gold/hourly_volume.sql").render(range)), dates));
        Map<String, String> topN = new LinkedHashMap<>(range);
        topN.put("top_n", String.valueOf(config.text().topN()));
        written.put(WarehouseTable.GOLD_TOP_QUICK_REPLIES_DAILY.qualifiedName(), replaceDates(
                WarehouseTable.GOLD_TOP_QUICK_REPLIES_DAILY,
                spark.sql(SqlFile.load("gold/top_quick_replies_daily.sql").render(topN)), dates));
        // A date's topics also change the next day's day-over-day columns.
        TreeSet<LocalDate> topicDates = new TreeSet<>(dates);
        dates.forEach(d -> topicDates.add(d.plusDays(1)));
        registerDates(topicDates);
        topN.put("date_to", topicDates.last().toString());
        written.put(WarehouseTable.GOLD_TOP_TOPICS_DAILY.qualifiedName(), replaceDates(
                WarehouseTable.GOLD_TOP_TOPICS_DAILY,
                spark.sql(SqlFile.load("gold/top_topics_daily.sql").render(topN)), topicDates));
        TreeSet<LocalDate> months = new TreeSet<>();
        dates.forEach(d -> months.add(d.withDayOfMonth(1)));
        registerDates("affected_months", "month", months);
        Map<String, String> cost = new LinkedHashMap<>();
        cost.put("month_from", months.first().toString());
        cost.put("month_to", months.last().toString());
        cost.put("utilization", String.valueOf(config.costModel().utilization()));
        cost.put("overhead_per_contact", String.valueOf(config.costModel().overheadPerContact()));
        cost.put("currency", config.costModel().currency());
        written.put(WarehouseTable.GOLD_COST_PER_CONTACT_MONTHLY.qualifiedName(), replace(
                WarehouseTable.GOLD_COST_PER_CONTACT_MONTHLY,
                spark.sql(SqlFile.load("gold/cost_per_contact_monthly.sql").render(cost)), "month", months));
        LOG.info("gold: {} conversations merged, {} report dates rewritten ({} .. {})",
                changes.conversationsRebuilt(), dates.size(), dates.first(), dates.last());
        return written;
    }

    private void registerDates(TreeSet<LocalDate> dates) {
        registerDates("affected_dates", "report_date", dates);
    }

    /** A temp view of one date column holding the given dates (the SQL filters on it). */
    private void registerDates(String view, String column, TreeSet<LocalDate> dates) {
        spark.createDataset(dates.stream().map(java.sql.Date::valueOf).collect(Collectors.toList()),
                org.apache.spark.sql.Encoders.DATE()).toDF(column).createOrReplaceTempView(view);
    }

    /** Replaces gold.benchmarks with the config's benchmarks (a few rows). */
    private long publishBenchmarks() {
        Dataset<Row> rows = spark.table("ref_benchmarks");
        DeltaWrites.withRetry(config.run().writeAttempts(), "rewrite of gold.benchmarks", () -> {
            rows.write().format("delta").mode("overwrite")
                    .save(TableCatalog.location(spark, WarehouseTable.GOLD_BENCHMARKS));
            return null;
        });
        return config.benchmarks().size();
    }

    private long replaceDates(WarehouseTable table, Dataset<Row> rows, TreeSet<LocalDate> dates) {
        return replace(table, rows, "report_date", dates);
    }

    /** Overwrites exactly the given dates (of a date column) of a table with the rows computed for them; returns the row count. */
    private long replace(WarehouseTable table, Dataset<Row> rows, String dateColumn, TreeSet<LocalDate> dates) {
        List<Column> columns = new ArrayList<>();
        for (StructField f : spark.table(table.qualifiedName()).schema().fields()) {
            columns.add(col(f.name()).cast(f.dataType()).as(f.name()));
        }
        Dataset<Row> shaped = rows.select(columns.toArray(new Column[0])).persist();
        long count = shaped.count();
        String where = dateColumn + " IN (" + dates.stream().map(d -> "DATE'" + d + "'").collect(Collectors.joining(", ")) + ")";
        DeltaWrites.withRetry(config.run().writeAttempts(), "rewrite of " + table.qualifiedName(), () -> {
            shaped.write().format("delta").mode("overwrite").option("replaceWhere", where)
                    .save(TableCatalog.location(spark, table));
            return null;
        });
        shaped.unpersist();
        return count;
    }
}
