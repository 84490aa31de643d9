package org.socialcare.warehouse.infra.spark;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.config.AppConfig;

import java.util.Map;
import java.util.TimeZone;

/**
 * Builds the one SparkSession of a process from config, with Delta enabled and the catalog in a Hive
 * metastore. The settings here are those the pipeline's correctness rests on, the same in local mode
 * and on a cluster; tuning lives in config (spark.conf: application.conf for every environment,
 * local.conf and cluster.conf for their own).
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * Puts the JVM in UTC. Call before anything reads the default time zone: Spark's own session zone is
     * UTC too (UTC dates in bronze; brand-local dates are explicit), and Delta 3.3 verifies every commit's
     * file list again, with a Spark job, when the JVM zone is not UTC.
     */
    public static void useUtc() {
        System.setProperty("user.timezone", "UTC");
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    public static SparkSession create(AppConfig config) {
        useUtc();
        AppConfig.SparkSettings s = config.spark();
        MetastoreSettings.checkReachable(config.catalog());
        SparkSession.Builder builder = SparkSession.builder().appName(s.appName()).enableHiveSupport();
        for (Map.Entry<String, String> e : MetastoreSettings.of(config.catalog(), config.paths().warehouse()).entrySet()) {
            builder.config(e.getKey(), e.getValue());
        }
        s.master().ifPresent(builder::master);
        builder.config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension," + ReadOnlyGuard.class.getName())
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.shuffle.partitions", s.shufflePartitions())
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.warehouse.dir", config.paths().warehouse())
                .config("spark.databricks.delta.schema.autoMerge.enabled", false)
                // Every MERGE source is cached by its stage or cheap and deterministic, and reads the target
                // at a pinned version: Delta need not write it to disk once more.
                .config("spark.databricks.delta.merge.materializeSource", "none")
                // A replaceWhere write holds only rows of the dates it replaces (the SQL filters them):
                // Delta's check of that, an extra pass over the written rows, is left out.
                .config("spark.databricks.delta.replaceWhere.constraintCheck.enabled", false)
                // Delta 3.3 answers count/min/max from file statistics, and breaks on a date column
                // (ClassCastException LocalDate -> java.sql.Date) in sessions with the Java 8 time API,
                // which the Thrift server's sessions use: "select max(report_date) ..." from a BI tool.
                .config("spark.databricks.delta.optimizeMetadataQuery.enabled", false);
        for (Map.Entry<String, String> e : s.extraConf().entrySet()) {
            builder.config(e.getKey(), e.getValue());
        }
        return builder.getOrCreate();
    }
}
