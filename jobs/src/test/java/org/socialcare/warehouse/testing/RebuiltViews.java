package org.socialcare.warehouse.testing;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.gold.GoldQueries;
import org.socialcare.warehouse.gold.GoldSources;
import org.socialcare.warehouse.infra.catalog.WarehouseTable;
import org.socialcare.warehouse.infra.delta.DeltaWrites;
import org.socialcare.warehouse.infra.ops.PipelineState;
import org.socialcare.warehouse.infra.ops.QualityResult;
import org.socialcare.warehouse.infra.spark.WorkTables;
import org.socialcare.warehouse.ingest.BronzeIngest;
import org.socialcare.warehouse.ingest.IngestCounts;
import org.socialcare.warehouse.quality.SessionizeChecks;
import org.socialcare.warehouse.silver.Sessionizer;
import org.socialcare.warehouse.silver.SilverChanges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The first night of a new warehouse with silver and gold as views: the dump is ingested into bronze
 * and sessionized by the pipeline's own classes, then gold's SQL (GoldQueries) runs on the rebuild.
 * Nothing is written to silver or gold: the rows are temp views named &lt;schema&gt;_&lt;table&gt;
 * (silver_messages, silver_case_events, silver_conversations, gold_fact_conversation, gold_fact_reply,
 * gold_agg_channel_daily, ...), with the tables' columns and types, holding what a nightly run of the
 * dump would write into the empty tables. For the metric tests: a night on views costs a fraction of a nightly run (no MERGE, no
 * commit, no read of a written table), while the end-to-end tests cover the writes. The backlog is
 * left out (its days depend on what was published before; ReplyMetricsTest covers it across nights).
 * Close it when the test class is done: it holds the session's views and work tables.
 */
public final class RebuiltViews implements AutoCloseable {
    /** What the ingest of each dump counted, in the order of the dumps. */
    public final List<IngestCounts> ingested;
    public final SilverChanges changes;
    /** The sessionization's quality checks, as the nightly run records them. */
    public final List<QualityResult> checks;
    private final SparkSession spark;
    private final Sessionizer sessionizer;
    private final WorkTables work;

    /** The dump ingested, then sessionized. */
    public RebuiltViews(TestWarehouse wh, LocalDate dump) {
        this(wh, List.of(dump));
    }

    /**
     * The dumps ingested one after the other (their counts in {@link #ingested}), then sessionized at
     * once for the last: as the nightly runs of the dates would leave silver and gold.
     */
    public RebuiltViews(TestWarehouse wh, List<LocalDate> dumps) {
        this(wh, dumps, dumps.get(dumps.size() - 1));
    }

    /** What bronze holds (ingested by the test), sessionized for a run of the given dump date. */
    public static RebuiltViews ofBronze(TestWarehouse wh, LocalDate runDate) {
        return new RebuiltViews(wh, List.of(), runDate);
    }

    private RebuiltViews(TestWarehouse wh, List<LocalDate> dumps, LocalDate last) {
        this.spark = wh.use().spark;
        String runId = "views-" + last;
        List<IngestCounts> counts = new ArrayList<>();
        for (LocalDate dump : dumps) {
            counts.add(new BronzeIngest(spark, wh.config, wh.root).ingest(dump, runId));
        }
        this.ingested = List.copyOf(counts);
        this.sessionizer = new Sessionizer(spark, wh.config, wh.root, runId);
        this.work = new WorkTables(spark, wh.config.run().workTables(), wh.root, runId, "views");
        try {
            this.changes = sessionizer.build(last, PipelineState.read(spark));
            this.checks = SessionizeChecks.of(changes);
            SilverChanges.Rebuilt rebuilt = changes.rebuilt().orElseThrow(
                    () -> new IllegalArgumentException("bronze (dumps " + dumps + " ingested here) rebuilt nothing"));
            view(WarehouseTable.SILVER_MESSAGES, rebuilt.messages(), false);
            view(WarehouseTable.SILVER_CASE_EVENTS, rebuilt.caseEvents(), false);
            view(WarehouseTable.SILVER_CONVERSATIONS, rebuilt.conversations(), false);
            work.view(GoldQueries.REBUILT_CONVERSATIONS, rebuilt.conversations());
            work.view(GoldQueries.REBUILT_REPLIES, rebuilt.replies());
            GoldQueries gold = new GoldQueries(spark, wh.config, new GoldSources(name(WarehouseTable.SILVER_MESSAGES),
                    name(WarehouseTable.SILVER_CASE_EVENTS), name(WarehouseTable.GOLD_FACT_CONVERSATION),
                    name(WarehouseTable.GOLD_FACT_REPLY)));
            List<LocalDate> dates = rebuilt.affectedDates();
            view(WarehouseTable.GOLD_FACT_CONVERSATION, gold.facts(), true);
            view(WarehouseTable.GOLD_FACT_REPLY, gold.replies(), true);
            work.keep(GoldQueries.MESSAGES_OF_DATES, gold.messagesOfDates(dates));
            work.keep(GoldQueries.DAILY_MEASURES, gold.dailyMeasures(dates));
            // The tables no other reads: computed when a test queries them.
            for (WarehouseTable table : GoldQueries.OF_DATES) {
                view(table, gold.ofDates(table, dates), false);
            }
            view(WarehouseTable.GOLD_TOP_TOPICS_DAILY, gold.topTopics(dates), false);
            view(WarehouseTable.GOLD_COST_PER_CONTACT_MONTHLY, gold.costPerContact(dates), false);
            view(WarehouseTable.GOLD_BENCHMARKS, gold.benchmarks(), false);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Registers the rows as the view of a table, with the table's columns in its order and types, as a
     * write into it would shape them; kept (computed now, once) when other views read it.
     */
    private void view(WarehouseTable table, Dataset<Row> rows, boolean keep) {
        Dataset<Row> shaped = DeltaWrites.shapeTo(rows, spark.table(table.qualifiedName()).schema());
        if (keep) {
            work.keep(name(table), shaped);
        } else {
            work.view(name(table), shaped);
        }
    }

    /** The view of a table: &lt;schema&gt;_&lt;table&gt;. */
    public static String name(WarehouseTable table) {
        return table.schema() + "_" + table.tableName();
    }

    /** Drops the views and the work tables. */
    @Override
    public void close() {
        work.close();
        sessionizer.release();
    }
}
