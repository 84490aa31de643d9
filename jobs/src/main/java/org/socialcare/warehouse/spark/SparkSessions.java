package org.socialcare.warehouse.spark;

import org.apache.spark.sql.SparkSession;
import org.socialcare.warehouse.config.AppConfig;

import java.util.Map;

/** Builds the one SparkSession of a process from config, with Delta enabled and the catalog in a Hive metastore. */
public final class SparkSessions {
    private SparkSessions() {
    }

    public static SparkSession create(AppConfig config) {
        AppConfig.SparkSettings s = config.spark();
        MetastoreSettings.checkReachable(config.catalog());
        SparkSession.Builder builder = SparkSession.builder().appName(s.appName()).enableHiveSupport();
        for (Map.Entry<String, String> e : MetastoreSettings.of(config.catalog(), config.paths().warehouse()).entrySet()) {
            builder.config(e.getKey(), e.getValue());
        }
        s.master().ifPresent(builder::master);
        builder.config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.shuffle.partitions", s.shufflePartitions())
                // Delta rebuilds table snapshots with this many tasks (default 50, far too many on 2 cores).
                .config("spark.databricks.delta.snapshotPartitions", s.shufflePartitions())
                .config("spark.sql.session.timeZone", "UTC") // UTC dates in bronze; brand-local dates are explicit
                .config("spark.sql.warehouse.dir", config.paths().warehouse())
                // Our reads of bronze are bounded by predicates; adaptive execution sizes the rest.
                .config("spark.sql.adaptive.enabled", true)
                .config("spark.databricks.delta.schema.autoMerge.enabled", false)
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
