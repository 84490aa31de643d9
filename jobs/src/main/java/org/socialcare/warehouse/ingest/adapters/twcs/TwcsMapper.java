package org.socialcare.warehouse.ingest.adapters.twcs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.infra.sql.SqlFile;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.to_date;

/**
 * Maps the rows of a TWCS dump (TwcsDumpReader) to parsed lines in the canonical record shape, so
 * that they go through the same validation, dedupe, quarantine and bronze writes as canonical lines.
 * Brand, customer and thread come from the reply chains: the SQL steps in sql/bronze/twcs/, walked up
 * by pointer jumping (about log2 of the longest chain in steps); mapped_lines.sql states the rules.
 * The steps' results are local checkpoints; {@link #release} lets Spark's cleaner free them once the
 * mapped lines are consumed.
 */
final class TwcsMapper {
    private static final Logger LOG = LoggerFactory.getLogger(TwcsMapper.class);
    /** A walk still going after this many steps has covered 2^64 tweets: it can only be a loop. */
    private static final int MAX_STEPS = 64;

    private final int threadLookbackDays;
    private final List<Dataset<Row>> cached = new ArrayList<>();
    private final List<String> views = new ArrayList<>();
    private SparkSession spark;

    TwcsMapper(int threadLookbackDays) {
        this.threadLookbackDays = threadLookbackDays;
    }

    /** The dump's rows as parsed lines (ParsedLines.SCHEMA). */
    Dataset<Row> map(SparkSession session, Dataset<Row> twcsRows) {
        this.spark = session;
        spark.udf().register("twcs_sign_off", (UDF1<String, String>) text -> SignOff.agentOf(text).orElse(null),
                DataTypes.StringType);
        keep("twcs_rows", twcsRows);
        Dataset<Row> tweets = keep("twcs_tweets", SqlFile.load("bronze/twcs/tweets.sql").query(spark));
        Row earliest = tweets.agg(min(to_date(col("created_at")))).first();
        // A dump without readable tweets has no parents to look up: its own date bounds the scan to nothing.
        LocalDate scanFrom = earliest.isNullAt(0) ? LocalDate.now()
                : ((Date) earliest.get(0)).toLocalDate().minusDays(threadLookbackDays);
        keep("twcs_stored_parents", SqlFile.load("bronze/twcs/stored_parents.sql")
                .query(spark, Map.of("scan_from", scanFrom)));
        walkReplyChains();
        Dataset<Row> mapped = SqlFile.load("bronze/twcs/mapped_lines.sql").query(spark);
        views.forEach(spark.catalog()::dropTempView);
        views.clear();
        return mapped;
    }

    /** Repeats chain_step.sql until no walk goes on, or until only loops do (their count stops falling). */
    private void walkReplyChains() {
        Dataset<Row> chains = keep("twcs_chains", SqlFile.load("bronze/twcs/chain_start.sql").query(spark));
        long walking = walking(chains);
        int steps = 0;
        while (walking > 0 && steps < MAX_STEPS) {
            chains = keep("twcs_chains", SqlFile.load("bronze/twcs/chain_step.sql").query(spark));
            steps++;
            long still = walking(chains);
            if (still == walking) {
                break; // every walk left is in a cycle: mapped_lines.sql quarantines those tweets
            }
            walking = still;
        }
        LOG.info("twcs: reply chains walked in {} step(s), {} tweet(s) in loops", steps, walking);
    }

    private static long walking(Dataset<Row> chains) {
        return chains.where("next_id IS NOT NULL").count();
    }

    /**
     * Computes a step's result once as a local checkpoint and registers it under a view name. A
     * checkpoint cuts the plan: with persist() each chain step kept its whole lineage, and a plan that
     * reads a step twice doubled with every step (104 tweets took 90 s to plan and match against the
     * cache).
     */
    private Dataset<Row> keep(String view, Dataset<Row> result) {
        Dataset<Row> kept = result.localCheckpoint(true);
        kept.createOrReplaceTempView(view);
        if (!views.contains(view)) {
            views.add(view);
        }
        cached.add(kept);
        return kept;
    }

    /** Drops the references to the steps' checkpoints (Spark's cleaner frees their blocks). */
    void release() {
        cached.clear();
    }
}
