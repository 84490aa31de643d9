package org.socialcare.warehouse.twcs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.warehouse.warehouse.SqlFile;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps the rows of a TWCS dump (TwcsDumpReader) to canonical message records, in the shape of
 * CanonicalRecordParser's output, so that they go through the same validation, dedupe, quarantine
 * and MERGE as canonical lines. Brand, customer and thread come from the reply chains: the SQL steps
 * in sql/bronze/twcs/, walked up by pointer jumping (about log2 of the longest chain in steps);
 * mapped_lines.sql states the rules. Call {@link #release} when the ingest is done.
 */
public final class TwcsMapper {
    private static final Logger LOG = LoggerFactory.getLogger(TwcsMapper.class);
    /** A walk still going after this many steps has covered 2^64 tweets: it can only be a loop. */
    private static final int MAX_STEPS = 64;

    private final SparkSession spark;
    private final int threadLookbackDays;
    private final List<String> views = new ArrayList<>();

    public TwcsMapper(SparkSession spark, int threadLookbackDays) {
        this.spark = spark;
        this.threadLookbackDays = threadLookbackDays;
        spark.udf().register("twcs_sign_off", (UDF1<String, String>) text -> SignOff.agentOf(text).orElse(null),
                DataTypes.StringType);
    }

    /** The dump's rows as parsed lines (dump_date, source_file, line_number, raw_line, read_error, read_error_code, j). */
    public Dataset<Row> map(Dataset<Row> twcsRows) {
        keep("twcs_rows", twcsRows);
        Dataset<Row> tweets = keep("twcs_tweets", spark.sql(SqlFile.load("bronze/twcs/tweets.sql").render()));
        Row earliest = tweets.selectExpr("min(to_date(created_at))").first();
        // A dump without readable tweets has no parents to look up: today bounds the bronze scan to nothing.
        LocalDate scanFrom = earliest.isNullAt(0) ? LocalDate.now()
                : ((Date) earliest.get(0)).toLocalDate().minusDays(threadLookbackDays);
        keep("twcs_stored_parents", spark.sql(SqlFile.load("bronze/twcs/stored_parents.sql")
                .render(Map.of("scan_from", scanFrom.toString()))));
        walkReplyChains();
        return spark.sql(SqlFile.load("bronze/twcs/mapped_lines.sql").render());
    }

    /** Repeats chain_step.sql until no walk goes on, or until only loops do (their count stops falling). */
    private void walkReplyChains() {
        Dataset<Row> chains = keep("twcs_chains", spark.sql(SqlFile.load("bronze/twcs/chain_start.sql").render()));
        long walking = walking(chains);
        int steps = 0;
        while (walking > 0 && steps < MAX_STEPS) {
            chains = keep("twcs_chains", spark.sql(SqlFile.load("bronze/twcs/chain_step.sql").render()));
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

    /** Computes a step once (memory and local disk, plan cut) and registers it under a view name. */
    private Dataset<Row> keep(String view, Dataset<Row> result) {
        Dataset<Row> kept = result.localCheckpoint(true);
        kept.createOrReplaceTempView(view);
        views.add(view);
        return kept;
    }

    /** Drops the mapping's views; Spark's cleaner then frees their blocks. */
    public void release() {
        for (String view : views) {
            spark.catalog().dropTempView(view);
        }
        views.clear();
    }
}
